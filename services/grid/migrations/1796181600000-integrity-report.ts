import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, index } from '../../../shared/migration';

/**
 * The federated integrity report, stored by each audit run (`npm run audit`) in the grid
 * subgraph's database, which holds the regions it is counted by, and served to CITY_ADMIN.
 */
export class IntegrityReport1796181600000 implements MigrationInterface {
  name = 'IntegrityReport1796181600000';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(qr, 'integrity_runs', [
      col.id(),
      col.datetime('computed_at'),
      col.int('total'),
      col.int('duration_ms'),
    ]);
    await createTable(
      qr,
      'integrity_violations',
      [
        col.id(),
        col.int('run_id'),
        col.varchar('kind', 40),
        col.varchar('code', 32),
        col.varchar('region_code', 12),
        col.varchar('subject', 200),
        col.varchar('detail', 500),
      ],
      [
        index('integrity_violations', ['run_id', 'code']),
        index('integrity_violations', ['region_code']),
      ],
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('integrity_violations', true);
    await qr.dropTable('integrity_runs', true);
  }
}
