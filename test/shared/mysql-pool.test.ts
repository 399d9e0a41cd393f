import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { parseEnv } from '../../shared/env';
import {
  createDataSource,
  databaseName,
  dbConfigFromEnv,
  dropMysqlDatabase,
} from '../../shared/data-source';

const MYSQL_URL = process.env.MYSQL_URL;
const leg = MYSQL_URL ? describe : describe.skip;

test('MYSQL_POOL_SIZE reaches the MySQL config, 10 unless given, and a wrong value names the variable', () => {
  const url = 'mysql://root@127.0.0.1:3306';
  expect(dbConfigFromEnv(parseEnv({ MYSQL_URL: url }))).toMatchObject({ kind: 'mysql', pool: 10 });
  expect(dbConfigFromEnv(parseEnv({ MYSQL_URL: url, MYSQL_POOL_SIZE: '3' }))).toMatchObject({
    pool: 3,
  });
  expect(() => parseEnv({ MYSQL_POOL_SIZE: '0' })).toThrow(/MYSQL_POOL_SIZE/);
});

leg('the MySQL pool of one subgraph process (MySQL leg)', () => {
  const prefix = `pool_${randomBytes(3).toString('hex')}_`;
  let ds: DataSource;
  const db = () => ({ kind: 'mysql' as const, url: MYSQL_URL!, prefix, pool: 2 });

  beforeAll(async () => {
    ({ dataSource: ds } = await createDataSource({
      service: 'probe',
      db: db(),
      entities: [],
      migrations: [],
    }));
  });
  afterAll(async () => {
    await ds?.destroy();
    await dropMysqlDatabase(MYSQL_URL!, databaseName(db(), 'probe'));
  });

  test('eight queries at once share at most MYSQL_POOL_SIZE connections: the rest wait for one', async () => {
    const ids = await Promise.all(
      Array.from({ length: 8 }, async () => {
        const rows = await ds.query('SELECT CONNECTION_ID() AS id, SLEEP(0.1) AS s');
        return String(rows[0].id);
      }),
    );
    expect(new Set(ids).size).toBe(2);
  });
});
