import type { MigrationInterface, QueryRunner } from 'typeorm';
import { col, createTable, index } from '../../../shared/migration';

/** Hand-written and dialect-neutral: the same migration runs on SQLite and MySQL (never synchronize). */
export class InitUrban1795345830723 implements MigrationInterface {
  name = 'InitUrban1795345830723';

  async up(qr: QueryRunner): Promise<void> {
    await createTable(
      qr,
      'urban_components',
      [
        col.id(),
        col.varchar('grid_code', 15),
        col.varchar('kind', 16),
        col.varchar('current_condition', 16),
        col.varchar('location_label', 100),
        col.date('installed_on'),
      ],
      [index('urban_components', ['grid_code'])],
    );
    await createTable(
      qr,
      'urban_inspections',
      [
        col.id(),
        col.varchar('grid_code', 15),
        col.varchar('inspector_name', 50),
        col.date('inspected_on'),
        col.varchar('note', 500, { isNullable: true }),
      ],
      [index('urban_inspections', ['grid_code', 'inspected_on'])],
    );
    await createTable(
      qr,
      'urban_inspection_findings',
      [
        col.id(),
        col.int('inspection_id'),
        col.int('component_id'),
        col.varchar('grid_code', 15),
        col.varchar('observed_condition', 16),
        col.varchar('note', 500, { isNullable: true }),
        col.int('case_id', { isNullable: true }),
      ],
      [
        index('urban_inspection_findings', ['inspection_id']),
        index('urban_inspection_findings', ['component_id']),
        index('urban_inspection_findings', ['case_id']),
      ],
    );
    await createTable(
      qr,
      'urban_tickets',
      [
        col.id(),
        col.int('case_id'),
        col.varchar('grid_code', 15),
        col.varchar('ticket_no', 32),
        col.datetime('opened_at'),
      ],
      [index('urban_tickets', ['case_id'], true), index('urban_tickets', ['ticket_no'], true)],
    );
    await createTable(
      qr,
      'urban_on_site_records',
      [
        col.id(),
        col.int('case_id'),
        col.varchar('grid_code', 15),
        col.varchar('action', 16),
        col.varchar('handler_name', 50),
        col.varchar('note', 500),
        col.datetime('at'),
      ],
      [index('urban_on_site_records', ['case_id'])],
    );
  }

  async down(qr: QueryRunner): Promise<void> {
    for (const t of [
      'urban_on_site_records',
      'urban_tickets',
      'urban_inspection_findings',
      'urban_inspections',
      'urban_components',
    ])
      await qr.dropTable(t, true);
  }
}
