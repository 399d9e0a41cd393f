import type { KitNames } from './names';

/** Grid, Region and Case, owned by the grid subgraph, extended here with one field each. */
export function stubFiles(n: KitNames): Record<string, string> {
  const d = `services/${n.name}`;
  return {
    [`${d}/place.stub.ts`]: `import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Place } from '../../shared/auth/policy';

@ObjectType({ description: '网格 Grid, owned by the grid subgraph; extended here by ${n.cn} (${n.name})' })
@Directive('@key(fields: "code")')
@Place('code')
export class Grid {
  @Field({ description: '网格编码 15-digit grid code' })
  code!: string;
}

@ObjectType({ description: '行政区划 Region, owned by the grid subgraph; extended here with ${n.cn} indicators' })
@Directive('@key(fields: "code")')
@Place('code')
export class Region {
  @Field({ description: '区划代码 division code: 6, 9 or 12 digits' })
  code!: string;
}

@ObjectType({ description: '网格事项 Case, owned by the grid subgraph; extended here by ${n.cn} (${n.name})' })
@Directive('@key(fields: "id")')
export class Case {
  @Field(() => ID, { description: '事项编号 the grid subgraph\\'s case id' })
  id!: string;
}

export const gridRef = (code: string) => Object.assign(new Grid(), { code });
export const regionRef = (code: string) => Object.assign(new Region(), { code });
export const caseRef = (id: number | string) => Object.assign(new Case(), { id: String(id) });
`,
    [`${d}/extensions/place.reference.ts`]: `import { caseRef, gridRef, regionRef } from '../place.stub';

/** Stubs resolve without a query: every field this subgraph adds goes through a batched loader. */
export const gridReference = { __resolveReference: (ref: { code: string }) => gridRef(ref.code) };
export const regionReference = { __resolveReference: (ref: { code: string }) => regionRef(ref.code) };
export const caseReference = { __resolveReference: (ref: { id: string }) => caseRef(ref.id) };
`,
    [`${d}/extensions/place.resolver.ts`]: `import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { Case, Grid, Region } from '../place.stub';
import { ${n.Cls} } from '../${n.entity}/${n.entity}.entity';
import { ${n.Pascal}Indicators, compute${n.Pascal}Indicators } from './${n.name}-indicators';
import { assertPrefix } from '../../../shared/codes';
import { idOrNull } from '../../../shared/ids';
import type { ${n.Pascal}Context } from '../context';

// Fields added to another subgraph's entity are nullable, so a slow ${n.name} costs only its own fields (gateway/partial-rule.ts).
@Resolver(() => Grid)
export class Grid${n.Pascal}Resolver {
  @FieldResolver(() => [${n.Cls}], { nullable: true, description: '${n.cn}${n.entityCn} the ${n.Cls} rows on this grid' })
  ${n.clsPlural}(@Root() grid: Grid, @Ctx() ctx: ${n.Pascal}Context) {
    return ctx.loaders.${n.clsPlural}ByGridCode.load(grid.code);
  }
}

@Resolver(() => Region)
export class Region${n.Pascal}Resolver {
  @FieldResolver(() => ${n.Pascal}Indicators, { nullable: true, description: '${n.cn}指标 ${n.name} indicators under this region, computed by code prefix' })
  ${n.name}Indicators(@Root() region: Region, @Ctx() ctx: ${n.Pascal}Context) {
    return compute${n.Pascal}Indicators(ctx.dataSource, assertPrefix(region.code, 'code'));
  }
}

@Resolver(() => Case)
export class Case${n.Pascal}Resolver {
  @FieldResolver(() => [${n.Cls}], { nullable: true, description: '${n.cn}${n.entityCn} the ${n.Cls} rows linked to this case' })
  ${n.clsPlural}(@Root() c: Case, @Ctx() ctx: ${n.Pascal}Context) {
    const id = idOrNull(c.id);
    return id ? ctx.loaders.${n.clsPlural}ByCaseId.load(id) : [];
  }
}
`,
    [`${d}/extensions/${n.name}-indicators.ts`]: `import { Field, Int, ObjectType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { prefixRange } from '../../../shared/codes';

@ObjectType({ description: '${n.cn}指标 the ${n.name} subgraph\\'s indicators for a region, computed by code prefix' })
export class ${n.Pascal}Indicators {
  @Field(() => Int, { description: '${n.entityCn}数 ${n.Cls} rows under the region' })
  ${n.entityPlural}!: number;

  @Field(() => Int, { description: '覆盖网格数 grids with at least one row' })
  gridsCovered!: number;
}

/** One aggregate statement on the grid code index; no row is looped over in JavaScript. */
export async function compute${n.Pascal}Indicators(ds: DataSource, prefix: string): Promise<${n.Pascal}Indicators> {
  const { lo, hi } = prefixRange(prefix);
  const [row] = await ds.query('SELECT COUNT(*) AS n, COUNT(DISTINCT grid_code) AS g FROM ${n.table} WHERE grid_code >= ? AND grid_code < ?', [lo, hi]);
  return { ${n.entityPlural}: Number(row?.n ?? 0), gridsCovered: Number(row?.g ?? 0) };
}
`,
  };
}
