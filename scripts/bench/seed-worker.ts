import 'reflect-metadata';
import { createDataSource } from '../../shared/data-source';
import { generateCity } from '../../services/demo-city';
import type { DemoSize } from '../../shared/demo/geography';
import { SUBGRAPHS } from '../../services/registry';

/**
 * Seeds the SQLite files of some subgraphs with one demo city, in its own process, so that the
 * benchmark can seed several subgraphs at once: `node seed-worker.js <dir> <size> <seed> <name>...`.
 * Progress lines go to stdout; the parent prefixes and prints them.
 */
async function main() {
  const [dir, size, seedArg, ...names] = process.argv.slice(2);
  const started = Date.now();
  const city = generateCity(size as DemoSize, Number(seedArg));
  console.log(`generated the ${size} city in ${Date.now() - started} ms`);
  for (const name of names) {
    const mod = SUBGRAPHS.find((m) => m.name === name);
    if (!mod) throw new Error(`no subgraph named ${name}`);
    const { dataSource } = await createDataSource({
      service: mod.name,
      db: { kind: 'sqlite', dir },
      entities: mod.entities,
      migrations: mod.migrations,
    });
    try {
      const t = Date.now();
      await mod.seed(dataSource, city, (msg) => console.log(`${name}: ${msg}`));
      console.log(`${name}: done in ${Date.now() - t} ms`);
    } finally {
      await dataSource.destroy();
    }
  }
}

main().catch((err) => {
  console.error(`seed worker failed: ${(err as Error).stack ?? err}`);
  process.exit(1);
});
