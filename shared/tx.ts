import type { DataSource, EntityManager } from 'typeorm';
import { runPendingWriteCheck } from './auth/write-rule';

/**
 * A write transaction that is really isolated on both databases. TypeORM drives SQLite through a
 * single connection, so two concurrent `transaction()` calls would interleave on it; here SQLite
 * writers queue behind one another (SQLite allows one writer anyway), while MySQL transactions run
 * concurrently and rely on row locks and conditional updates.
 */
const queues = new WeakMap<DataSource, Promise<unknown>>();

export interface WriteOptions<P> {
  /**
   * Reads and questions to a peer subgraph (shared/peer.ts) the write depends on: run after the
   * mutation's place check and before the transaction opens, so a refusal stores nothing and no
   * lock (nor SQLite's writer queue) waits on the network. What it returns is passed to `body`.
   */
  before?: (em: EntityManager) => Promise<P>;
}

export async function writeTransaction<T, P = unknown>(
  ds: DataSource,
  body: (em: EntityManager, prepared: P) => Promise<T>,
  opts: WriteOptions<P> = {},
): Promise<T> {
  let prepared = undefined as P;
  if (opts.before) {
    await runPendingWriteCheck(ds.manager);
    prepared = await opts.before(ds.manager);
  }
  // The running mutation's place check (shared/auth/write-rule) comes before the first statement of its work.
  const work = async (em: EntityManager) => {
    await runPendingWriteCheck(em);
    return body(em, prepared);
  };
  if (ds.options.type !== 'better-sqlite3') return ds.transaction(work);
  const previous = queues.get(ds) ?? Promise.resolve();
  const run = previous.then(
    () => ds.transaction(work),
    () => ds.transaction(work),
  );
  // The queue continues whether this transaction commits or rolls back.
  queues.set(
    ds,
    run.catch(() => undefined),
  );
  return run;
}

/** Rows changed by an UPDATE/DELETE, whatever the driver reports it as. */
export function affectedRows(result: { affected?: number | null; raw?: unknown }): number {
  if (typeof result.affected === 'number') return result.affected;
  const raw = result.raw as { affectedRows?: number; changes?: number } | undefined;
  return raw?.affectedRows ?? raw?.changes ?? 0;
}
