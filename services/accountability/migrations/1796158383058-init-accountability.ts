import { col, tablesMigration } from '../../../shared/migration';

/** Hand-written and dialect-neutral: the same migration runs on SQLite and MySQL (never synchronize). */
export class InitAccountability1796158383058 extends tablesMigration(
  'InitAccountability1796158383058',
  {
    accountability_projects: {
      columns: [
        col.id(),
        col.varchar('grid_code', 15),
        col.varchar('label', 100),
        col.int('case_id', { isNullable: true }),
        col.datetime('recorded_at'),
      ],
      indices: ['grid_code', 'case_id'],
    },
  },
) {}
