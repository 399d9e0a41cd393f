import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDataSource, databaseName, type DbConfig } from '../../shared/data-source';
import { PROJECT_ROOT } from '../../shared/paths';
import { SUBGRAPHS } from '../../services/registry';

/** Issue 22, findings 7 (mint CLI) and 9: what the project leaves on the local disk. */
const root = mkdtempSync(join(tmpdir(), 'grids-files-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const mode = (path: string) => statSync(path).mode & 0o777;

describe('local files', () => {
  test("finding 9: a subgraph's SQLite files are 0600 in a 0700 folder, even when the folder existed before", async () => {
    const db: DbConfig = { kind: 'sqlite', dir: join(root, 'data') };
    mkdirSync(db.dir);
    chmodSync(db.dir, 0o755);
    const mod = SUBGRAPHS.find((m) => m.name === 'grid')!;
    const { dataSource } = await createDataSource({
      service: mod.name,
      db,
      entities: mod.entities,
      migrations: mod.migrations,
    });
    await dataSource.destroy();
    const file = databaseName(db, mod.name);
    expect(mode(join(root, 'data'))).toBe(0o700);
    for (const f of [file, `${file}-wal`, `${file}-shm`].filter(existsSync))
      expect([f, mode(f)]).toEqual([f, 0o600]);
  });

  test('finding 7: the mint CLI under NODE_ENV=production without JWT_SECRET refuses, and writes no demo secrets', () => {
    const dir = join(root, 'prod');
    const run = () =>
      execFileSync(
        process.execPath,
        [
          join(PROJECT_ROOT, 'dist', 'scripts', 'mint-token.js'),
          '--role',
          'CITY_ADMIN',
          '--region',
          '220600',
        ],
        {
          env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', SQLITE_DIR: dir },
          stdio: 'pipe',
        },
      );
    expect(run).toThrow(/production needs JWT_SECRET/);
    expect(existsSync(join(dir, 'demo-secrets.json'))).toBe(false);
  });

  test('finding 7: the mint CLI refuses a region that does not fit the role', () => {
    const run = () =>
      execFileSync(
        process.execPath,
        [
          join(PROJECT_ROOT, 'dist', 'scripts', 'mint-token.js'),
          '--role',
          'GRID_WORKER',
          '--region',
          '2',
        ],
        {
          env: {
            PATH: process.env.PATH ?? '',
            JWT_SECRET: 'j'.repeat(40),
            SQLITE_DIR: join(root, 'x'),
          },
          stdio: 'pipe',
        },
      );
    expect(run).toThrow(/must have 15 digits/);
  });
});
