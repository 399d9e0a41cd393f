import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, index } from '../../../shared/migration';

export class InitGrid1732000000000 implements MigrationInterface {
  name = 'InitGrid1732000000000';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      'regions',
      [
        col.varchar('code', 12, { isPrimary: true }),
        col.varchar('name', 100),
        col.varchar('level', 16),
        col.varchar('parent_code', 12, { isNullable: true }),
      ],
      [index('regions', ['parent_code'])],
    );
    await createTable(
      qr,
      'grids',
      [
        col.varchar('code', 15, { isPrimary: true }),
        col.varchar('name', 100),
        col.varchar('level', 16),
        col.varchar('parent_code', 15, { isNullable: true }),
        col.varchar('region_code', 12),
        col.int('households', { default: 0 }),
        col.int('population', { default: 0 }),
        col.int('buildings', { default: 0 }),
        col.text('boundary', { isNullable: true }),
      ],
      [index('grids', ['level']), index('grids', ['parent_code']), index('grids', ['region_code'])],
    );
    await createTable(
      qr,
      'grid_workers',
      [
        col.id(),
        col.varchar('name', 50),
        col.varchar('phone', 20),
        col.varchar('role', 16),
        col.varchar('grid_code', 15),
        col.varchar('building_label', 50, { isNullable: true }),
        col.date('started_on'),
        col.date('ended_on', { isNullable: true }),
      ],
      [index('grid_workers', ['role']), index('grid_workers', ['grid_code', 'ended_on', 'role'])],
    );
    await createTable(
      qr,
      'departments',
      [col.id(), col.varchar('code', 32), col.varchar('name', 100)],
      [index('departments', ['code'], true)],
    );
    await createTable(
      qr,
      'department_grids',
      [
        col.id(),
        col.int('department_id'),
        col.varchar('code', 32),
        col.varchar('name', 100),
        col.varchar('basic_grid_code', 15, { isNullable: true }),
      ],
      [
        index('department_grids', ['department_id']),
        index('department_grids', ['code'], true),
        index('department_grids', ['basic_grid_code']),
      ],
    );
    await createTable(
      qr,
      'grid_worker_assignments',
      [
        col.id(),
        col.int('worker_id'),
        col.varchar('grid_code', 15),
        col.varchar('role', 16),
        col.varchar('building_label', 50, { isNullable: true }),
        col.date('started_on'),
        col.date('ended_on', { isNullable: true }),
        col.varchar('end_reason', 16, { isNullable: true }),
      ],
      [
        index('grid_worker_assignments', ['grid_code']),
        index('grid_worker_assignments', ['worker_id', 'started_on']),
      ],
    );
    await createTable(
      qr,
      'cases',
      [
        col.id(),
        col.varchar('title', 200),
        col.text('description', { isNullable: true }),
        col.varchar('category', 16),
        col.varchar('source', 16),
        col.varchar('state', 16),
        col.varchar('grid_code', 15),
        col.varchar('reporter_name', 50, { isNullable: true }),
        col.varchar('reporter_phone', 20, { isNullable: true }),
        col.varchar('address', 200, { isNullable: true }),
        col.int('compound_id', { isNullable: true }),
        col.varchar('idempotency_key', 100, { isNullable: true }),
        col.int('department_id', { isNullable: true }),
        col.int('version', { default: 1 }),
        col.datetime('reported_at'),
        col.datetime('state_entered_at'),
        col.datetime('due_at', { isNullable: true }),
        col.datetime('closed_at', { isNullable: true }),
        col.int('closed_after_seconds', { isNullable: true }),
        col.int('satisfaction', { isNullable: true }),
      ],
      [
        index('cases', ['idempotency_key'], true),
        index('cases', ['category']),
        index('cases', ['state']),
        index('cases', ['department_id']),
        index('cases', ['reported_at']),
        index('cases', ['due_at']),
        index('cases', ['grid_code', 'state', 'due_at', 'satisfaction', 'closed_after_seconds']),
        index('cases', ['grid_code', 'closed_after_seconds']),
      ],
    );
    await createTable(
      qr,
      'case_events',
      [
        col.id(),
        col.int('case_id'),
        col.varchar('action', 24),
        col.varchar('from_state', 16, { isNullable: true }),
        col.varchar('to_state', 16),
        col.varchar('actor', 64),
        col.varchar('note', 500, { isNullable: true }),
        col.datetime('at'),
      ],
      [index('case_events', ['case_id', 'id'])],
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const t of [
      'case_events',
      'cases',
      'grid_worker_assignments',
      'department_grids',
      'departments',
      'grid_workers',
      'grids',
      'regions',
    ])
      await qr.dropTable(t, true);
  }
}
