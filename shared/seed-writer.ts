import type { DataSource, ObjectLiteral, EntityTarget } from 'typeorm';

/** An enum-typed column accepts its values as plain string literals ('RATED' for CaseState.RATED). */
type Loose<V> = V extends string ? `${V}` : V;

/**
 * A demo row for entity T: exactly the columns K, each typed as the entity declares it, so a
 * generator that drifts from its entity fails to compile instead of being cast into place.
 */
export type SeedRow<T, K extends keyof T> = { [P in K]: Loose<T[P]> };

/**
 * Bulk insert in chunks inside one transaction: fast on SQLite (one fsync) and within MySQL's
 * placeholder limit. Progress is reported per table so a city-scale seed shows it is alive.
 */
export async function insertAll<T extends ObjectLiteral, K extends keyof T>(
  ds: DataSource,
  target: EntityTarget<T>,
  rows: readonly SeedRow<T, K>[],
  progress: (msg: string) => void,
  label: string,
  chunk = 500,
): Promise<void> {
  if (rows.length === 0) return;
  await ds.transaction(async (em) => {
    for (let i = 0; i < rows.length; i += chunk) {
      // The rows are typed against T above; typeorm's own parameter type knows nothing of SeedRow.
      await em
        .createQueryBuilder()
        .insert()
        .into(target)
        .values(rows.slice(i, i + chunk) as never)
        .updateEntity(false)
        .execute();
      if (rows.length > 20000 && (i / chunk) % 40 === 0)
        progress(`${label}: ${Math.min(i + chunk, rows.length)}/${rows.length}`);
    }
  });
  progress(`${label}: ${rows.length}`);
}
