import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { dropMysqlDatabase, databaseName, type DbConfig } from '../../shared/data-source';

/** Which database the suite runs on: MySQL when MYSQL_URL is set, otherwise a throwaway SQLite folder. */
export const dialect: 'mysql' | 'sqlite' = process.env.MYSQL_URL ? 'mysql' : 'sqlite';

export interface TestDb {
  config: DbConfig;
  drop(services: string[]): Promise<void>;
}

/** A fresh, isolated database namespace per test file, so jest workers never share rows. */
export function createTestDb(): TestDb {
  if (process.env.MYSQL_URL) {
    const url = process.env.MYSQL_URL;
    const config: DbConfig = { kind: 'mysql', url, prefix: `t_${randomBytes(4).toString('hex')}_` };
    return {
      config,
      drop: async (services) => {
        for (const s of services) await dropMysqlDatabase(url, databaseName(config, s));
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'grids-test-'));
  return {
    config: { kind: 'sqlite', dir },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}
