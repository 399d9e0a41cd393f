import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';
import { col, createTable, index } from '../../../shared/migration';

/**
 * Dispute mediation (三治融合: 家庭矛盾, 邻里纠纷, 小区治理) and the department on each case event, so that
 * 吹哨报到 performance counts returns against the department that returned the case. Existing
 * events take the department their case holds now (a returned case holds none: those stay null).
 */
export class DisputeMediationPerformance1796161000000 implements MigrationInterface {
  name = 'DisputeMediationPerformance1796161000000';

  async up(qr: QueryRunner): Promise<void> {
    // SQLite spells int as integer (as createTable does for new tables).
    const int = qr.connection.driver.options.type === 'better-sqlite3' ? 'integer' : 'int';
    await qr.addColumn(
      'case_events',
      new TableColumn({ name: 'department_id', type: int, isNullable: true }),
    );
    await qr.createIndex('case_events', index('case_events', ['action', 'at']));
    await qr.query(`UPDATE case_events SET department_id = (SELECT c.department_id FROM cases c WHERE c.id = case_events.case_id)
      WHERE action IN ('dispatch', 'checkIn', 'resolve')`);
    await createTable(
      qr,
      'case_mediations',
      [
        col.id(),
        col.int('case_id'),
        col.varchar('grid_code', 15),
        col.varchar('dispute_class', 24),
        col.varchar('mediator', 64),
        col.varchar('method', 24),
        col.varchar('outcome', 500),
        col.bool('agreement_reached'),
        col.date('mediated_on'),
        col.varchar('recorded_by', 64),
      ],
      [index('case_mediations', ['case_id'], true), index('case_mediations', ['grid_code'])],
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    await qr.dropTable('case_mediations', true);
    await qr.dropIndex('case_events', index('case_events', ['action', 'at']).name!);
    await qr.dropColumn('case_events', 'department_id');
  }
}
