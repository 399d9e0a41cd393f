import { AsyncLocalStorage } from 'node:async_hooks';
import type { Viewer } from '../viewer';

/**
 * The caller of the request being served, reachable from shared code that has no context argument
 * (SQL prefix filters, the row guard on writes). Each HTTP request runs in its own store.
 */
export interface RequestScope {
  viewer: Viewer | null;
  /** Set while a mutation runs: every row it loads or inserts must lie in the caller's jurisdiction. */
  mutating: boolean;
}

const storage = new AsyncLocalStorage<RequestScope>();

export function runInRequestScope<T>(fn: () => T): T {
  return storage.run({ viewer: null, mutating: false }, fn);
}

export function currentScope(): RequestScope | undefined {
  return storage.getStore();
}
