import type { DataSource } from 'typeorm';
import { generateCity } from '../../services/demo-city';
import { gridService } from '../../services/grid/service';
import { sweepOverdue } from '../../services/grid/webhook/overdue';
import { createDataSource } from '../../shared/data-source';
import { createTestDb, type TestDb } from '../helpers/db';

// Two grid replicas each run the webhook sender, so two deadline sweeps meet on the same late cases.
// That takes a database two processes share: MySQL. SQLite's file belongs to one process.
const leg = process.env.MYSQL_URL ? describe : describe.skip;

let db: TestDb;
let replicaA: DataSource;
let replicaB: DataSource;

leg(
  `deadline sweeps of two grid replicas on one database (MySQL leg${process.env.MYSQL_URL ? '' : ': skipped, MYSQL_URL is not set'})`,
  () => {
    beforeAll(async () => {
      db = createTestDb();
      const open = async () =>
        (
          await createDataSource({
            service: 'grid',
            db: db.config,
            entities: gridService.entities,
            migrations: gridService.migrations,
          })
        ).dataSource;
      replicaA = await open();
      await gridService.seed(replicaA, generateCity('demo', 31), () => {});
      replicaB = await open();
    }, 120000);
    afterAll(async () => {
      await replicaA?.destroy();
      await replicaB?.destroy();
      await db?.drop(['grid']);
    });

    test('racing over the same late cases, they write one overdue event per case and stage, not one each', async () => {
      // Forty cases a department holds, whose deadline passed a moment ago in a stage entered a minute ago.
      const [dept] = await replicaA.query('SELECT id FROM departments ORDER BY id LIMIT 1');
      const ids: number[] = (await replicaA.query('SELECT id FROM cases ORDER BY id LIMIT 40')).map(
        (r: { id: number }) => Number(r.id),
      );
      expect(ids).toHaveLength(40);
      await replicaA.query(
        `UPDATE cases SET state = 'DISPATCHED', department_id = ?, state_entered_at = ?, due_at = ?
          WHERE id IN (${ids.map(() => '?').join(',')})`,
        [dept.id, new Date(Date.now() - 60_000), new Date(Date.now() - 1000), ...ids],
      );
      // Each replica's sender ticks on its own; two ticks each, all at once, is what two replicas do at worst.
      await Promise.all([
        sweepOverdue(replicaA, 1000),
        sweepOverdue(replicaB, 1000),
        sweepOverdue(replicaA, 1000),
        sweepOverdue(replicaB, 1000),
      ]);
      const rows: { id: number; n: number }[] = await replicaA.query(
        `SELECT c.id, COUNT(*) AS n FROM cases c JOIN case_events e ON e.case_id = c.id AND e.action = 'overdue' AND e.at >= c.state_entered_at
          WHERE c.id IN (${ids.map(() => '?').join(',')}) GROUP BY c.id ORDER BY c.id`,
        ids,
      );
      expect(rows.map((r) => [Number(r.id), Number(r.n)])).toEqual(ids.map((id) => [id, 1]));
    });
  },
);
