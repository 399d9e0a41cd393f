import { col, tablesMigration, unique } from '../../../shared/migration';

/** Hand-written and dialect-neutral: the same migration runs on SQLite and MySQL (never synchronize). */
export class InitUrban1795345830723 extends tablesMigration('InitUrban1795345830723', {
  urban_components: {
    columns: [
      col.id(),
      col.varchar('grid_code', 15),
      col.varchar('kind', 16),
      col.varchar('current_condition', 16),
      col.varchar('location_label', 100),
      col.date('installed_on'),
    ],
    indices: ['grid_code'],
  },
  urban_inspections: {
    columns: [
      col.id(),
      col.varchar('grid_code', 15),
      col.varchar('inspector_name', 50),
      col.date('inspected_on'),
      col.varchar('note', 500, { isNullable: true }),
    ],
    indices: [['grid_code', 'inspected_on']],
  },
  urban_inspection_findings: {
    columns: [
      col.id(),
      col.int('inspection_id'),
      col.int('component_id'),
      col.varchar('grid_code', 15),
      col.varchar('observed_condition', 16),
      col.varchar('note', 500, { isNullable: true }),
      col.int('case_id', { isNullable: true }),
    ],
    indices: ['inspection_id', 'component_id', 'case_id'],
  },
  urban_tickets: {
    columns: [
      col.id(),
      col.int('case_id'),
      col.varchar('grid_code', 15),
      col.varchar('ticket_no', 32),
      col.datetime('opened_at'),
    ],
    indices: [unique('case_id'), unique('ticket_no')],
  },
  urban_on_site_records: {
    columns: [
      col.id(),
      col.int('case_id'),
      col.varchar('grid_code', 15),
      col.varchar('action', 16),
      col.varchar('handler_name', 50),
      col.varchar('note', 500),
      col.datetime('at'),
    ],
    indices: ['case_id'],
  },
}) {}
