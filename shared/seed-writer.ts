import type { DataSource, ObjectLiteral, EntityTarget } from 'typeorm';

/**
 * Bulk insert in chunks inside one transaction: fast on SQLite (one fsync) and within MySQL's
 * placeholder limit. Progress is reported per table so a city-scale seed shows it is alive.
 */
export async function insertAll<T extends ObjectLiteral>(
  ds: DataSource,
  target: EntityTarget<T>,
  rows: Partial<T>[],
  progress: (msg: string) => void,
  label: string,
  chunk = 500,
): Promise<void> {
  if (rows.length === 0) return;
  await ds.transaction(async (em) => {
    for (let i = 0; i < rows.length; i += chunk) {
      await em.createQueryBuilder().insert().into(target).values(rows.slice(i, i + chunk) as any).updateEntity(false).execute();
      if (rows.length > 20000 && (i / chunk) % 40 === 0) progress(`${label}: ${Math.min(i + chunk, rows.length)}/${rows.length}`);
    }
  });
  progress(`${label}: ${rows.length}`);
}
