import type { DbConfig } from '../../shared/data-source';
import { storeIntegrityReport } from '../../services/grid/integrity/integrity.store';
import { loadAuditData, withSubgraph } from './load';
import { audit } from './report';
import type { AuditData } from './data';
import type { Violation } from './violation';

export interface AuditRun {
  data: AuditData;
  violations: Violation[];
  /** Reading the six databases and checking them. */
  ms: number;
}

/**
 * One audit run: reads every subgraph's database through its own data source, checks them, and
 * (unless `store` is false) stores the report in the grid subgraph's database, where the graph
 * serves it to CITY_ADMIN (integrityReport, integrityViolations). `now` is the data's now.
 */
export async function runAudit(
  db: DbConfig,
  opts: { store?: boolean; now?: Date } = {},
): Promise<AuditRun> {
  const now = opts.now ?? new Date();
  const t = Date.now();
  const data = await loadAuditData(db, now);
  const violations = audit(data);
  const ms = Date.now() - t;
  if (opts.store !== false)
    await withSubgraph('grid', db, (ds) => storeIntegrityReport(ds, violations, now, ms));
  return { data, violations, ms };
}
