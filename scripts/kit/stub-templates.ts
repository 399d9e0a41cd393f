import type { KitNames } from './names';

/** Grid, Region and Case, owned by the grid subgraph, extended here with one field each (stubs from shared/foreign-entities.ts). */
export function stubFiles(n: KitNames): Record<string, string> {
  const d = `services/${n.name}`;
  return {
    [`${d}/place.stub.ts`]: `import { foreignEntities } from '../../shared/foreign-entities';

/** Grid, Region and Case (grid subgraph), extended here by ${n.cn} (${n.name}); described once in shared/foreign-entities.ts. */
const stubs = foreignEntities();
export const { Grid, Region, Case, gridRef, regionRef, caseRef } = stubs;
export type Grid = InstanceType<typeof Grid>;
export type Region = InstanceType<typeof Region>;
export type Case = InstanceType<typeof Case>;
export const references = stubs.referencesFor('Grid', 'Region', 'Case');
`,
    [`${d}/extensions/place.resolver.ts`]: `import { Ctx, Resolver, Root } from 'type-graphql';
import { Case, Grid, Region } from '../place.stub';
import { ${n.Cls} } from '../${n.entity}/${n.entity}.entity';
import { ${n.Pascal}Indicators, compute${n.Pascal}Indicators } from './${n.name}-indicators';
import { assertPrefix } from '../../../shared/codes';
import { idOrNull } from '../../../shared/ids';
import { FieldOrNull } from '../../../shared/field-resolvers';
import type { ${n.Pascal}Context } from '../context';

// Fields added to another subgraph's entity are nullable, so a slow ${n.name} costs only its own fields (gateway/partial-rule.ts).
@Resolver(() => Grid)
export class Grid${n.Pascal}Resolver {
  @FieldOrNull(() => [${n.Cls}], '${n.cn}${n.entityCn} the ${n.Cls} rows on this grid')
  ${n.clsPlural}(@Root() grid: Grid, @Ctx() ctx: ${n.Pascal}Context) {
    return ctx.loaders.${n.clsPlural}ByGridCode.load(grid.code);
  }
}

@Resolver(() => Region)
export class Region${n.Pascal}Resolver {
  @FieldOrNull(() => ${n.Pascal}Indicators, '${n.cn}指标 ${n.name} indicators under this region, computed by code prefix')
  ${n.name}Indicators(@Root() region: Region, @Ctx() ctx: ${n.Pascal}Context) {
    return compute${n.Pascal}Indicators(ctx.dataSource, assertPrefix(region.code, 'code'));
  }
}

@Resolver(() => Case)
export class Case${n.Pascal}Resolver {
  @FieldOrNull(() => [${n.Cls}], '${n.cn}${n.entityCn} the ${n.Cls} rows linked to this case')
  ${n.clsPlural}(@Root() c: Case, @Ctx() ctx: ${n.Pascal}Context) {
    const id = idOrNull(c.id);
    return id ? ctx.loaders.${n.clsPlural}ByCaseId.load(id) : [];
  }
}
`,
    [`${d}/extensions/${n.name}-indicators.ts`]: `import { ObjectType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { prefixRange } from '../../../shared/codes';
import { Out } from '../../../shared/output-fields';

@ObjectType({ description: '${n.cn}指标 the ${n.name} subgraph\\'s indicators for a region, computed by code prefix' })
export class ${n.Pascal}Indicators {
  @Out.int('${n.entityCn}数 ${n.Cls} rows under the region')
  ${n.entityPlural}!: number;

  @Out.int('覆盖网格数 grids with at least one row')
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
