import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../viewer';

/**
 * The caller of the request being served, reachable from shared code that has no context argument
 * (SQL prefix filters, the row guard on writes). Each HTTP request runs in its own store.
 */
export interface RequestScope {
  viewer: Viewer | null;
  /** Set while a mutation runs: every row it loads or inserts must lie in the caller's jurisdiction. */
  mutating: boolean;
  /** The running mutation's place check (shared/auth/write-rule), run by writeTransaction before its first statement. */
  pendingWrite?: (em: EntityManager) => Promise<void>;
  /** Objects a mutation of this request returned: the caller reads them back once, even where it could not read them otherwise. */
  written: WeakSet<object>;
  /** The places the mutations of this request were checked against (their write rules), '' for everywhere. */
  writtenPlaces: string[];
}

const storage = new AsyncLocalStorage<RequestScope>();

export function runInRequestScope<T>(fn: () => T): T {
  return storage.run(
    { viewer: null, mutating: false, written: new WeakSet(), writtenPlaces: [] },
    fn,
  );
}

export function currentScope(): RequestScope | undefined {
  return storage.getStore();
}
