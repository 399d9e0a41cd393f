import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, index } from '../../../shared/migration';

/** Hand-written and dialect-neutral: the same migration runs on SQLite and MySQL (never synchronize). */
export class InitAccountability1796158383058 implements MigrationInterface {
  name = 'InitAccountability1796158383058';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      'accountability_projects',
      [
        col.id(),
        col.varchar('grid_code', 15),
        col.varchar('label', 100),
        col.int('case_id', { isNullable: true }),
        col.datetime('recorded_at'),
      ],
      [
        index('accountability_projects', ['grid_code']),
        index('accountability_projects', ['case_id']),
      ],
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('accountability_projects', true);
  }
}
