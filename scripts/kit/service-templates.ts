import type { KitNames } from './names';

/** The subgraph's frame: the files every subgraph folder has (conventions.md, Layout). */
export function serviceFiles(n: KitNames): Record<string, string> {
  const d = `services/${n.name}`;
  return {
    [`${d}/main.ts`]: `import 'reflect-metadata';
import { runSubgraph } from '../../shared/main';
import { ${n.name}Service } from './service';

void runSubgraph(${n.name}Service);
`,
    [`${d}/context.ts`]: `import type { DataSource } from 'typeorm';
import type { BaseContext } from '../../shared/context';
import type { LoaderOptions } from '../../shared/loaders';
import { create${n.Cls}Loaders } from './${n.entity}/${n.entity}.loaders';

/** Fresh loaders per request (a process-wide loader would serve stale rows). */
export function createLoaders(ds: DataSource, options: LoaderOptions) {
  return { ...create${n.Cls}Loaders(ds, options) };
}

export type ${n.Pascal}Loaders = ReturnType<typeof createLoaders>;
export type ${n.Pascal}Context = BaseContext<${n.Pascal}Loaders>;
`,
    [`${d}/service.ts`]: `import { defineSubgraph } from '../../shared/service';
import { ${n.Cls} } from './${n.entity}/${n.entity}.entity';
import { Init${n.Pascal}${n.stamp} } from './migrations/${n.stamp}-init-${n.name}';
import { ${n.Cls}Resolver } from './${n.entity}/${n.entity}.resolver';
import { ${n.Cls}Mutations } from './${n.entity}/${n.entity}.mutations';
import { ${n.cls}Reference } from './${n.entity}/${n.entity}.reference';
import { Case${n.Pascal}Resolver, Grid${n.Pascal}Resolver, Region${n.Pascal}Resolver } from './extensions/place.resolver';
import { Case, Grid, Region, references as stubReferences } from './place.stub';
import { createLoaders } from './context';
import { seed${n.Pascal} } from './seed';

/** The ${n.name} subgraph's manifest (${n.cn}): everything the launcher, composition, the seeder and the tests need. */
export const ${n.name}Service = defineSubgraph({
  name: '${n.name}',
  entities: [${n.Cls}],
  migrations: [Init${n.Pascal}${n.stamp}],
  resolvers: [${n.Cls}Resolver, ${n.Cls}Mutations, Grid${n.Pascal}Resolver, Region${n.Pascal}Resolver, Case${n.Pascal}Resolver],
  // Reachable only through _entities, so listed explicitly or the schema would drop them.
  orphanedTypes: [Grid, Region, Case],
  references: { ${n.Cls}: ${n.cls}Reference, ...stubReferences },
  loaders: createLoaders,
  seed: seed${n.Pascal},
});
`,
    [`${d}/migrations/${n.stamp}-init-${n.name}.ts`]: `import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, index } from '../../../shared/migration';

/** Hand-written and dialect-neutral: the same migration runs on SQLite and MySQL (never synchronize). */
export class Init${n.Pascal}${n.stamp} implements MigrationInterface {
  name = 'Init${n.Pascal}${n.stamp}';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(qr, '${n.table}', [
      col.id(),
      col.varchar('grid_code', 15),
      col.varchar('label', 100),
      col.int('case_id', { isNullable: true }),
      col.datetime('recorded_at'),
    ], [index('${n.table}', ['grid_code']), index('${n.table}', ['case_id'])]);
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('${n.table}', true);
  }
}
`,
    [`${d}/seed.ts`]: `import type { DataSource } from 'typeorm';
import type { DemoCity } from '../../services/demo-city';
import { Rng } from '../../shared/demo/random';
import { insertAll } from '../../shared/seed-writer';
import { ${n.Cls} } from './${n.entity}/${n.entity}.entity';

const DAY = 86400000;

/** This subgraph's part of the demo city: one to three rows per basic grid, from its own random stream. */
export function demo${n.Pascal}Rows(city: DemoCity): ${n.Cls}[] {
  const rng = new Rng(city.seed).fork('${n.name}');
  const rows: ${n.Cls}[] = [];
  for (const g of city.geography.grids) {
    if (g.level !== 'BASIC') continue;
    for (let i = rng.int(1, 3); i > 0; i--) {
      const id = rows.length + 1;
      rows.push(Object.assign(new ${n.Cls}(), {
        id, gridCode: g.code, label: \`\${g.name}${n.entityCn}\${id}\`, caseId: null, recordedAt: new Date(city.now.getTime() - rng.int(1, 365) * DAY),
      }));
    }
  }
  return rows;
}

export async function seed${n.Pascal}(ds: DataSource, city: DemoCity, progress: (msg: string) => void): Promise<void> {
  await insertAll(ds, ${n.Cls}, demo${n.Pascal}Rows(city), progress, '${n.table}');
}
`,
  };
}
