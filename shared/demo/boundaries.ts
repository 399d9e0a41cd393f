/**
 * Deterministic demo boundaries (边界) in WGS84 lon/lat: each city gets a box near its real
 * centre; districts tile the city, streets the district, communities the street, basic grids
 * their community (the community grid is the community's area) and micro grids their basic
 * grid, all by recursive proportional cuts, so siblings never overlap and a point inside a
 * community lies in exactly one basic grid. Dedicated (unit) grids overlay the residential
 * grids, as 专属网格 do: a small box inside one basic grid of their community.
 * Pure: same geography gives deep-equal output.
 */
import type { Geography } from './geography';
import { hash32 } from './random';
import type { PolygonGeometry } from '../geojson';

interface Box {
  w: number;
  s: number;
  e: number;
  n: number;
}

/** Approximate centres (lon, lat) of the demo cities, so the map sits where the city is. */
const CENTRES: Record<string, [number, number]> = {
  220100: [125.32, 43.82],
  220200: [126.55, 43.84],
  220300: [124.35, 43.17],
  220400: [125.14, 42.9],
  220500: [125.94, 41.73],
  220600: [126.42, 41.94],
  220700: [124.82, 45.14],
  220800: [122.84, 45.62],
  222400: [129.5, 42.9],
  371600: [117.97, 37.38],
};
const HALF = { lon: 0.2, lat: 0.15 };

const round = (x: number): number => Math.round(x * 1e6) / 1e6;

/** One counter-clockwise exterior ring (RFC 7946), rounded to 6 decimals (about 0.1 m). */
export function polygonOf(b: Box): PolygonGeometry {
  const [w, s, e, n] = [round(b.w), round(b.s), round(b.e), round(b.n)];
  return {
    type: 'Polygon',
    coordinates: [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ],
  };
}

/** Cut a box among weighted children, halving the list along the box's longer side (near-square cells). */
function split(box: Box, weights: number[]): Box[] {
  if (weights.length === 0) return [];
  if (weights.length === 1) return [box];
  const total = weights.reduce((a, b) => a + b, 0);
  let k = 1;
  let acc = weights[0];
  while (k < weights.length - 1 && acc + weights[k] <= total / 2) acc += weights[k++];
  const f = acc / total;
  // Longitude degrees are shorter than latitude degrees this far north.
  const wide = (box.e - box.w) * Math.cos((((box.s + box.n) / 2) * Math.PI) / 180) >= box.n - box.s;
  const [a, b]: [Box, Box] = wide
    ? [
        { ...box, e: box.w + (box.e - box.w) * f },
        { ...box, w: box.w + (box.e - box.w) * f },
      ]
    : [
        { ...box, n: box.s + (box.n - box.s) * f },
        { ...box, s: box.s + (box.n - box.s) * f },
      ];
  return [...split(a, weights.slice(0, k)), ...split(b, weights.slice(k))];
}

/** A stable per-code factor in [0.75, 1.25), so sibling areas differ without a random stream. */
const jitter = (code: string): number => 0.75 + (hash32(`boundary:${code}`) % 1000) / 2000;

/** Boundaries of every region and every grid of a geography, keyed by code (region and grid codes never collide). */
export function generateBoundaries(geo: Geography): Map<string, PolygonGeometry> {
  const out = new Map<string, PolygonGeometry>();
  const childRegions = new Map<string, string[]>();
  for (const r of geo.regions)
    if (r.parentCode)
      childRegions.set(r.parentCode, [...(childRegions.get(r.parentCode) ?? []), r.code]);
  const childGrids = new Map<string, typeof geo.grids>();
  const topGrid = new Map<string, (typeof geo.grids)[number]>();
  for (const g of geo.grids) {
    if (g.level === 'COMMUNITY_GRID') topGrid.set(g.regionCode, g);
    else if (g.parentCode)
      childGrids.set(g.parentCode, [...(childGrids.get(g.parentCode) ?? []), g]);
  }
  // A region's weight is its basic-grid count, so basic grids come out of similar size city-wide.
  const weight = new Map<string, number>();
  const weigh = (code: string): number => {
    const kids = childRegions.get(code);
    const own = kids
      ? kids.reduce((a, c) => a + weigh(c), 0)
      : (childGrids.get(topGrid.get(code)?.code ?? '') ?? []).filter((g) => g.level === 'BASIC')
          .length || 1;
    const w = own * jitter(code);
    weight.set(code, w);
    return w;
  };
  const placeGrids = (community: string, box: Box): void => {
    const top = topGrid.get(community);
    if (!top) return;
    out.set(top.code, polygonOf(box));
    const kids = childGrids.get(top.code) ?? [];
    const basics = kids.filter((g) => g.level === 'BASIC');
    const basicBoxes = split(
      box,
      basics.map((g) => Math.max(1, g.households) * jitter(g.code)),
    );
    basics.forEach((b, i) => {
      out.set(b.code, polygonOf(basicBoxes[i]));
      const micros = childGrids.get(b.code) ?? [];
      split(
        basicBoxes[i],
        micros.map((m) => Math.max(1, m.households) * jitter(m.code)),
      ).forEach((mb, j) => out.set(micros[j].code, polygonOf(mb)));
    });
    kids
      .filter((g) => g.level === 'DEDICATED')
      .forEach((d, i) => {
        const host = basicBoxes[i % Math.max(1, basicBoxes.length)] ?? box;
        const [cx, cy, rx, ry] = [
          (host.w + host.e) / 2,
          (host.s + host.n) / 2,
          (host.e - host.w) / 6,
          (host.n - host.s) / 6,
        ];
        out.set(d.code, polygonOf({ w: cx - rx, e: cx + rx, s: cy - ry, n: cy + ry }));
      });
  };
  const place = (code: string, box: Box): void => {
    out.set(code, polygonOf(box));
    const kids = childRegions.get(code);
    if (!kids) return placeGrids(code, box);
    split(
      box,
      kids.map((k) => weight.get(k)!),
    ).forEach((b, i) => place(kids[i], b));
  };
  for (const city of geo.cityCodes) {
    weigh(city);
    const [lon, lat] = CENTRES[city] ?? [126.42, 41.94];
    place(city, { w: lon - HALF.lon, e: lon + HALF.lon, s: lat - HALF.lat, n: lat + HALF.lat });
  }
  return out;
}
