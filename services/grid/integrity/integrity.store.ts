import type { DataSource } from 'typeorm';
import { IntegrityRun, IntegrityViolation } from './integrity.entity';

/** A violation as the audit reports it (scripts/audit/violation.ts): the grid subgraph stores it as it is. */
export interface IntegrityFinding {
  kind: string;
  code: string;
  subject: string;
  detail: string;
}

/** The street a violation is counted in: a grid's or community's first 9 digits; a district or city code itself. */
export const countedIn = (code: string): string => (code.length >= 9 ? code.slice(0, 9) : code);

const CHUNK = 500;

/**
 * Stores one audit run's report in the grid subgraph's own database, in one transaction, and keeps
 * the run before it too, so that a reader that has just picked that run still finds its rows.
 * Returns the run's id. The audit writes here; the graph only reads (integrity.resolver).
 */
export async function storeIntegrityReport(
  ds: DataSource,
  findings: readonly IntegrityFinding[],
  computedAt: Date,
  durationMs = 0,
): Promise<number> {
  return ds.transaction(async (em) => {
    const run = await em.save(
      em.create(IntegrityRun, { computedAt, total: findings.length, durationMs }),
    );
    const rows = findings.map((f) => ({
      runId: run.id,
      kind: f.kind.slice(0, 40),
      code: f.code.slice(0, 32),
      regionCode: countedIn(f.code).slice(0, 12),
      subject: f.subject.slice(0, 200),
      detail: f.detail.slice(0, 500),
    }));
    for (let i = 0; i < rows.length; i += CHUNK)
      await em.insert(IntegrityViolation, rows.slice(i, i + CHUNK));
    const previous = await em
      .getRepository(IntegrityRun)
      .createQueryBuilder('r')
      .where('r.id < :id', { id: run.id })
      .orderBy('r.id', 'DESC')
      .getOne();
    if (previous) {
      await em
        .createQueryBuilder()
        .delete()
        .from(IntegrityViolation)
        .where('run_id < :id', { id: previous.id })
        .execute();
      await em
        .createQueryBuilder()
        .delete()
        .from(IntegrityRun)
        .where('id < :id', { id: previous.id })
        .execute();
    }
    return run.id;
  });
}

/** The last stored run, or null when no audit has stored a report yet. */
export function latestIntegrityRun(ds: DataSource): Promise<IntegrityRun | null> {
  return ds.getRepository(IntegrityRun).createQueryBuilder('r').orderBy('r.id', 'DESC').getOne();
}
