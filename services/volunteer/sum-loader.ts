import DataLoader from 'dataloader';
import type { LoaderOptions } from '../../shared/loaders';

/** One number per key (0 when the key has no rows) from one GROUP BY statement returning k and n. */
export function sumLoader<K extends string | number>(
  fetch: (keys: readonly K[]) => Promise<{ k: string | number; n: string | number | null }[]>,
  options: LoaderOptions,
): DataLoader<K, number> {
  return new DataLoader<K, number>(
    async (keys) => {
      const byKey = new Map<string, number>();
      for (const row of await fetch(keys)) byKey.set(String(row.k), Number(row.n ?? 0));
      return keys.map((k) => byKey.get(String(k)) ?? 0);
    },
    { batch: options.batch, maxBatchSize: 1000 },
  );
}
