import { volunteerService } from '../../services/volunteer/service';
import { createDataSource } from '../../shared/data-source';
import { createTestDb } from '../helpers/db';

// Kubernetes runs migrations once, in a Job; the Deployments' replicas start with MIGRATE_ON_START=false
// and must take no traffic on a schema older than their code: /ready says so until the Job is done.
describe('a subgraph that does not migrate at start (MIGRATE_ON_START=false)', () => {
  test('is not ready while its migrations are pending, and ready once another process has applied them', async () => {
    const db = createTestDb();
    const open = (migrate: boolean) =>
      createDataSource({
        service: 'volunteer',
        db: db.config,
        entities: volunteerService.entities,
        migrations: volunteerService.migrations,
        migrate,
      });
    const { dataSource } = await open(false);
    const server = await volunteerService.createServer(dataSource, undefined, {
      MIGRATE_ON_START: false,
    });
    const listening = await server.listen(0);
    const ready = async () => {
      const res = await fetch(new URL('/ready', listening.url));
      return { status: res.status, body: (await res.json()) as Record<string, unknown> };
    };
    try {
      expect(await ready()).toEqual({
        status: 503,
        body: { service: 'volunteer', ready: false, database: 'up', migrations: 'pending' },
      });
      // The migration Job: another process, the same database.
      const job = await open(true);
      await job.dataSource.destroy();
      expect(await ready()).toEqual({
        status: 200,
        body: { service: 'volunteer', ready: true, database: 'up', migrations: 'applied' },
      });
    } finally {
      await listening.close();
      await dataSource.destroy();
      await db.drop(['volunteer']);
    }
  });

  test('the default still migrates at start: npm start and docker compose need no Job', async () => {
    const db = createTestDb();
    const { dataSource } = await createDataSource({
      service: 'volunteer',
      db: db.config,
      entities: volunteerService.entities,
      migrations: volunteerService.migrations,
    });
    try {
      expect(await dataSource.showMigrations()).toBe(false);
    } finally {
      await dataSource.destroy();
      await db.drop(['volunteer']);
    }
  });
});
