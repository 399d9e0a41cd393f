import DataLoader from 'dataloader';
import {
  In,
  type FindOptionsOrder,
  type FindOptionsWhere,
  type ObjectLiteral,
  type Repository,
} from 'typeorm';

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

/** A column of `V` whose values can key a loader (a nullable one keys by its non-null values). */
type KeyColumn<V> = {
  [C in keyof V]: NonNullable<V[C]> extends string | number ? C : never;
}[keyof V] &
  string;
type KeyOf<V, C extends keyof V> = NonNullable<V[C]> & (string | number);

/** The row whose `column` is the key (or null), from one `WHERE column IN (...)`: `rowBy(repo, 'id', options)`. */
export function rowBy<V extends ObjectLiteral, C extends KeyColumn<V>>(
  repo: Repository<V>,
  column: C,
  options?: LoaderOptions,
): DataLoader<KeyOf<V, C>, V | null> {
  return keyedLoader<KeyOf<V, C>, V>(
    (keys) => repo.findBy({ [column]: In([...keys]) } as FindOptionsWhere<V>),
    (row) => row[column] as KeyOf<V, C>,
    options,
  );
}

/** The rows whose `column` is the key, in `order`, from one `WHERE column IN (...)`. */
export function rowsBy<V extends ObjectLiteral, C extends KeyColumn<V>>(
  repo: Repository<V>,
  column: C,
  options?: LoaderOptions,
  order?: FindOptionsOrder<V>,
): DataLoader<KeyOf<V, C>, V[]> {
  return groupedLoader<KeyOf<V, C>, V>(
    (keys) => repo.find({ where: { [column]: In([...keys]) } as FindOptionsWhere<V>, order }),
    (row) => row[column] as KeyOf<V, C>,
    options,
  );
}

/** The chain of parents of a row in a code tree (grids, regions), nearest first, one load per level. */
export async function ancestorsOf<T extends { parentCode: string | null }>(
  parentCode: string | null,
  load: (code: string) => Promise<T | null>,
): Promise<T[]> {
  const chain: T[] = [];
  for (let code = parentCode; code;) {
    const parent = await load(code);
    if (!parent) break;
    chain.push(parent);
    code = parent.parentCode;
  }
  return chain;
}
