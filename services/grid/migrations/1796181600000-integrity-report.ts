import { col, tablesMigration } from '../../../shared/migration';

/**
 * The federated integrity report, stored by each audit run (`npm run audit`) in the grid
 * subgraph's database, which holds the regions it is counted by, and served to CITY_ADMIN.
 */
export class IntegrityReport1796181600000 extends tablesMigration('IntegrityReport1796181600000', {
  integrity_runs: {
    columns: [col.id(), col.datetime('computed_at'), col.int('total'), col.int('duration_ms')],
  },
  integrity_violations: {
    columns: [
      col.id(),
      col.int('run_id'),
      col.varchar('kind', 40),
      col.varchar('code', 32),
      col.varchar('region_code', 12),
      col.varchar('subject', 200),
      col.varchar('detail', 500),
    ],
    indices: [['run_id', 'code'], 'region_code'],
  },
}) {}
