import 'reflect-metadata';
import type { DataSource } from 'typeorm';
import { loadEnv } from '../shared/env';
import { createDataSource, dbConfigFromEnv, type DbConfig } from '../shared/data-source';
import { generateCity, type DemoCity } from '../services/demo-city';
import type { SubgraphModule } from '../shared/service';
import { SUBGRAPHS } from '../services/registry';
import { exampleGridOf } from './example-query';
import { demoPlaceOf, storeDemoPlace } from './demo-auth';
import { runAudit } from './audit/run';
import { IntegrityRun, IntegrityViolation } from '../services/grid/integrity/integrity.entity';

// The audit's stored report is derived from the data: an audit of empty databases does not make them seeded.
const DERIVED = new Set<unknown>([IntegrityRun, IntegrityViolation]);

async function isEmpty(ds: DataSource): Promise<boolean> {
  for (const meta of ds.entityMetadatas) {
    if (DERIVED.has(meta.target)) continue;
    if ((await ds.getRepository(meta.target).count()) > 0) return false;
  }
  return true;
}

/**
 * Seeds every subgraph database that is still empty; `reset` drops and rebuilds them first. Then,
 * unless `audit` is false, runs the integrity audit once and stores its report, so the graph's
 * integrityReport has one from the start. `migrateOnly` brings every schema up to date and seeds
 * nothing (the Kubernetes migration Job).
 */
export async function seedAll(
  opts: {
    reset?: boolean;
    migrateOnly?: boolean;
    log?: (msg: string) => void;
    db?: DbConfig;
    audit?: boolean;
  } = {},
): Promise<void> {
  const env = loadEnv();
  const log = opts.log ?? ((m: string) => console.log(m));
  const db = opts.db ?? dbConfigFromEnv(env);
  let city: DemoCity | undefined;
  for (const mod of SUBGRAPHS as SubgraphModule[]) {
    const { dataSource } = await createDataSource({
      service: mod.name,
      db,
      entities: mod.entities,
      migrations: mod.migrations,
    });
    try {
      if (opts.migrateOnly) {
        log(`[seed] ${mod.name}: migrations applied, nothing seeded`);
        continue;
      }
      if (opts.reset) {
        await dataSource.dropDatabase();
        await dataSource.runMigrations({ transaction: 'each' });
      }
      if (!(await isEmpty(dataSource))) {
        log(`[seed] ${mod.name}: already has data, left as it is`);
        continue;
      }
      if (!city) {
        const t = Date.now();
        city = generateCity(env.DEMO_SIZE, env.DEMO_SEED, env.DEMO_DATE);
        log(
          `[seed] generated the ${env.DEMO_SIZE} city (seed ${env.DEMO_SEED}, day ${city.now.toISOString().slice(0, 10)}) in ${Date.now() - t} ms`,
        );
      }
      const t = Date.now();
      await mod.seed(dataSource, city, (msg) => log(`[seed] ${mod.name}: ${msg}`));
      log(`[seed] ${mod.name}: done in ${Date.now() - t} ms`);
    } finally {
      await dataSource.destroy();
    }
  }
  // The example grid and the demo identities' places, kept so that `npm start` never regenerates the city.
  if (city) {
    const code = exampleGridOf(city);
    storeDemoPlace(
      env,
      demoPlaceOf(
        env,
        city.geography.regions[0].code,
        city.geography.grids.find((g) => g.code === code)!,
      ),
    );
    if (opts.audit !== false) {
      const { violations, ms } = await runAudit(db);
      log(`[seed] integrity audit: ${violations.length} violations (${ms} ms), report stored`);
    }
  }
}

if (require.main === module) {
  seedAll({
    reset: process.argv.includes('--reset'),
    migrateOnly: process.argv.includes('--migrate-only'),
  }).catch((err) => {
    console.error(`[seed] failed: ${(err as Error).message}`);
    process.exit(1);
  });
}
