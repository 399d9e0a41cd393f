import Flatbush from 'flatbush';
import booleanPointInPolygon from '@turf/boolean-point-in-polygon';
import type { Polygon, MultiPolygon } from 'geojson';
import type { DataSource } from 'typeorm';
import { Not, IsNull } from 'typeorm';
import { Grid } from './grid.entity';

/** Smaller grids win: a point in a micro grid is also in its basic grid and its community grid. */
const PRECEDENCE: Record<string, number> = { MICRO: 0, DEDICATED: 1, BASIC: 2, COMMUNITY_GRID: 3 };

interface Indexed {
  tree: Flatbush;
  grids: { code: string; level: string; shape: Polygon | MultiPolygon }[];
  builtAt: number;
}

const cache = new WeakMap<DataSource, Promise<Indexed>>();
/** Boundaries change rarely (a re-survey); the R-tree is rebuilt at most this often. */
const TTL_MS = 30_000;

const bbox = (shape: Polygon | MultiPolygon): [number, number, number, number] => {
  const points = (shape.type === 'Polygon' ? [shape.coordinates] : shape.coordinates).flat(
    2,
  ) as unknown as number[][];
  const xs = points.map((p) => p[0]);
  const ys = points.map((p) => p[1]);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
};

const parse = (raw: unknown): Polygon | MultiPolygon | null => {
  const g = (typeof raw === 'string' ? JSON.parse(raw) : raw) as { type?: string } | null;
  return g && (g.type === 'Polygon' || g.type === 'MultiPolygon')
    ? (g as Polygon | MultiPolygon)
    : null;
};

async function build(ds: DataSource): Promise<Indexed> {
  const rows = await ds.getRepository(Grid).find({
    where: { boundary: Not(IsNull()) },
    select: { code: true, level: true, boundary: true },
  });
  const grids = rows.flatMap((g) => {
    const shape = parse(g.boundary);
    return shape ? [{ code: g.code, level: String(g.level), shape }] : [];
  });
  const tree = new Flatbush(Math.max(1, grids.length));
  for (const g of grids) tree.add(...bbox(g.shape));
  if (!grids.length) tree.add(0, 0, 0, 0);
  tree.finish();
  return { tree, grids, builtAt: Date.now() };
}

/** The most precise grid whose GeoJSON boundary contains the point (lon/lat, WGS-84), or null. */
export async function gridCodeAt(
  ds: DataSource,
  longitude: number,
  latitude: number,
): Promise<string | null> {
  let pending = cache.get(ds);
  if (!pending || (await pending).builtAt < Date.now() - TTL_MS) {
    pending = build(ds);
    cache.set(ds, pending);
    pending.catch(() => cache.delete(ds));
  }
  const { tree, grids } = await pending;
  const hits = tree
    .search(longitude, latitude, longitude, latitude)
    .map((i) => grids[i])
    .filter(Boolean)
    .filter((g) => booleanPointInPolygon([longitude, latitude], g.shape));
  hits.sort(
    (a, b) =>
      (PRECEDENCE[a.level] ?? 9) - (PRECEDENCE[b.level] ?? 9) || b.code.localeCompare(a.code),
  );
  return hits[0]?.code ?? null;
}
