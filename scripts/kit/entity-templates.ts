import type { KitNames } from './names';

/** The subgraph's first entity: table and GraphQL type in one class, loaders, queries, a mutation, its reference resolver. */
export function entityFiles(n: KitNames): Record<string, string> {
  const d = `services/${n.name}/${n.entity}`;
  return {
    [`${d}/${n.entity}.entity.ts`]: `import { Column, Entity, Index } from 'typeorm';
import { Directive, ObjectType } from 'type-graphql';
import { Place } from '../../../shared/auth/policy';
import { Col, WithId } from '../../../shared/columns';

/** Stores its grid code, so a street or a city is a range scan on an index (shared/codes). */
@Entity('${n.table}')
@Place('gridCode')
@ObjectType({ description: '${n.cn}${n.entityCn} ${n.Cls}: a ${n.name} record on a grid' })
@Directive('@key(fields: "id")')
export class ${n.Cls} extends WithId {
  @Col.text(15, '网格编码 the 15-digit grid it belongs to', { index: true })
  gridCode!: string;

  @Col.text(100, '名称 label')
  label!: string;

  // Not in the schema: a plain column.
  @Index()
  @Column({ type: 'int', nullable: true })
  caseId!: number | null;

  @Col.datetime('登记时间 recorded at')
  recordedAt!: Date;
}
`,
    [`${d}/${n.entity}.loaders.ts`]: `import type { DataSource } from 'typeorm';
import { rowBy, rowsBy, type LoaderOptions } from '../../../shared/loaders';
import { ${n.Cls} } from './${n.entity}.entity';

export function create${n.Cls}Loaders(ds: DataSource, options: LoaderOptions) {
  const repo = ds.getRepository(${n.Cls});
  return {
    ${n.cls}ById: rowBy(repo, 'id', options),
    ${n.clsPlural}ByGridCode: rowsBy(repo, 'gridCode', options, { id: 'ASC' }),
    ${n.clsPlural}ByCaseId: rowsBy(repo, 'caseId', options, { id: 'ASC' }),
  };
}
`,
    [`${d}/${n.entity}.reference.ts`]: `import type { ${n.Pascal}Context } from '../context';
import { idOrNull } from '../../../shared/ids';

export const ${n.cls}Reference = {
  __resolveReference: (ref: { id: string | number }, ctx: ${n.Pascal}Context) => {
    const id = idOrNull(ref.id);
    return id ? ctx.loaders.${n.cls}ById.load(id) : null;
  },
};
`,
    [`${d}/${n.entity}.inputs.ts`]: `import { InputType } from 'type-graphql';
import { GridCode } from '../../../shared/scalars';
import { Input } from '../../../shared/input-fields';

@InputType({ description: '新建${n.entityCn} a new ${n.Cls} on a grid' })
export class Create${n.Cls}Input {
  @Input.of(() => GridCode, '网格编码 the 15-digit grid')
  gridCode!: string;

  @Input.text('名称 label', { length: [1, 100] })
  label!: string;
}
`,
    [`${d}/${n.entity}.mutations.ts`]: `import { Arg, Ctx, Resolver } from 'type-graphql';
import { ${n.Cls} } from './${n.entity}.entity';
import { Create${n.Cls}Input } from './${n.entity}.inputs';
import { writeTransaction } from '../../../shared/tx';
import { PLACE_STAFF, WriteMutation, argPlace } from '../../../shared/auth/write-rule';
import type { ${n.Pascal}Context } from '../context';

@Resolver(() => ${n.Cls})
export class ${n.Cls}Mutations {
  // Who may call it and where it writes (shared/auth/write-rule.ts): a subgraph with an unruled mutation does not build.
  // The place is checked inside the write's transaction, before its first statement; a refusal writes nothing.
  @WriteMutation(() => ${n.Cls}, '登记${n.entityCn} record a ${n.Cls} on a grid of the caller\\'s jurisdiction. Who: CITY_ADMIN, STREET_STAFF, COMMUNITY_STAFF and GRID_WORKER for a grid of their own region. Writes: ${n.table}', { roles: PLACE_STAFF, place: argPlace('input.gridCode') })
  create${n.Cls}(@Arg('input') input: Create${n.Cls}Input, @Ctx() ctx: ${n.Pascal}Context): Promise<${n.Cls}> {
    return writeTransaction(ctx.dataSource, async (em) => {
      const { identifiers } = await em.insert(${n.Cls}, { gridCode: input.gridCode, label: input.label, caseId: null, recordedAt: new Date() });
      return (await em.findOneBy(${n.Cls}, { id: Number(identifiers[0].id) }))!;
    });
  }
}
`,
    [`${d}/${n.entity}.resolver.ts`]: `import { ArgsType, Resolver } from 'type-graphql';
import { ${n.Cls} } from './${n.entity}.entity';
import { Grid, gridRef } from '../place.stub';
import { PageOf, PageUnderArgs } from '../../../shared/pagination';
import { byValidId, field, listUnder, Resolving } from '../../../shared/queries';
import type { ${n.Pascal}Context } from '../context';

export const ${n.Cls}Page = PageOf(${n.Cls}, '${n.entityCn}分页 a page of ${n.Cls}');

@ArgsType()
export class ${n.Cls}FilterArgs extends PageUnderArgs('区划或网格编码前缀 every row under this region or grid code') {}

// The by-id and page-under queries and the plain fields are declared (shared/queries.ts); write
// other queries, mutations and fields as methods in the class body.
@Resolver(() => ${n.Cls})
export class ${n.Cls}Resolver extends Resolving<${n.Cls}, ${n.Pascal}Context>(${n.Cls}, {
  queries: {
    ${n.cls}: byValidId('按编号查${n.entityCn} one ${n.Cls} by id', '编号 id', (ctx, id) => ctx.loaders.${n.cls}ById.load(id)),
    ${n.clsPlural}: listUnder(${n.Cls}Page, ${n.Cls}FilterArgs, {
      description: '${n.entityCn}查询 rows under a region or grid code, cut to the caller\\'s jurisdiction',
      under: 'r.grid_code',
    }),
  },
  fields: {
    grid: field(Grid, '所在网格 the grid (grid subgraph)', (r) => gridRef(r.gridCode)),
  },
}) {}
`,
  };
}
