import DataLoader from 'dataloader';

/** Per-request loader options; `batch: false` exists only to show the N+1 that batching prevents. */
export interface LoaderOptions {
  batch: boolean;
}

export const DEFAULT_LOADER_OPTIONS: LoaderOptions = { batch: true };

/** One row per key (or null), in key order, from one batched query. */
export function keyedLoader<K extends string | number, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
  options: LoaderOptions = DEFAULT_LOADER_OPTIONS,
): DataLoader<K, V | null> {
  return new DataLoader<K, V | null>(
    async (keys) => {
      const byKey = new Map<K, V>();
      for (const row of await fetch(keys)) byKey.set(keyOf(row), row);
      return keys.map((k) => byKey.get(k) ?? null);
    },
    { batch: options.batch, maxBatchSize: 1000 },
  );
}

/** Every row per key (possibly none), in key order, from one batched query. */
export function groupedLoader<K extends string | number, V>(
  fetch: (keys: readonly K[]) => Promise<V[]>,
  keyOf: (row: V) => K,
  options: LoaderOptions = DEFAULT_LOADER_OPTIONS,
): DataLoader<K, V[]> {
  return new DataLoader<K, V[]>(
    async (keys) => {
      const byKey = new Map<K, V[]>();
      for (const row of await fetch(keys)) {
        const k = keyOf(row);
        const list = byKey.get(k);
        if (list) list.push(row);
        else byKey.set(k, [row]);
      }
      return keys.map((k) => byKey.get(k) ?? []);
    },
    { batch: options.batch, maxBatchSize: 1000 },
  );
}
