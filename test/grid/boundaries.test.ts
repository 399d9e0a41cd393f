import { generateCity } from '../../services/demo-city';
import { generateBoundaries } from '../../shared/demo/boundaries';
import { generateGeography } from '../../shared/demo/geography';
import type { Position } from '../../shared/geojson';
import { gridService } from '../../services/grid/service';
import { subgraphForThisFile } from '../helpers/harness';
import { postGraphQL } from '../helpers/subgraph';

const city = generateCity('demo', 11);
const grid = subgraphForThisFile(gridService, { city });

interface Geometry {
  type: string;
  coordinates: Position[][];
}

/** Ray casting on the exterior ring: independent of how the boundaries were cut. */
function contains(g: Geometry, [x, y]: Position): boolean {
  let inside = false;
  const ring = g.coordinates[0];
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** A lattice of points inside a polygon's bounding box, offset so no point sits on a cut line. */
function lattice(g: Geometry, n: number): Position[] {
  const xs = g.coordinates[0].map((p) => p[0]);
  const ys = g.coordinates[0].map((p) => p[1]);
  const [w, e, s, north] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  const pts: Position[] = [];
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) {
      pts.push([
        w + ((e - w) * (i + 0.5 + Math.SQRT2 / 100)) / n,
        s + ((north - s) * (j + 0.5 + Math.PI / 100)) / n,
      ]);
    }
  return pts.filter((p) => contains(g, p));
}

async function gridsUnder(
  code: string,
  level: string,
): Promise<{ code: string; boundary: Geometry | null }[]> {
  const { body } = await postGraphQL(
    grid.url,
    `query($u: String!, $l: GridLevel) { grids(under: $u, level: $l, limit: 100) { items { code boundary } } }`,
    { u: code, l: level },
  );
  expect(body.errors).toBeUndefined();
  return body.data.grids.items;
}

describe('grid boundaries (边界)', () => {
  test('every basic grid of a street has a polygon, and a point of the street lies in exactly one of them', async () => {
    const street = city.geography.regions.find((r) => r.level === 'STREET')!;
    const { body } = await postGraphQL(
      grid.url,
      'query($c: String!) { region(code: $c) { boundary } }',
      { c: street.code },
    );
    expect(body.errors).toBeUndefined();
    const outline: Geometry = body.data.region.boundary;
    expect(outline.type).toBe('Polygon');
    const basics = await gridsUnder(street.code, 'BASIC');
    expect(basics.length).toBe(
      city.geography.grids.filter((g) => g.level === 'BASIC' && g.code.startsWith(street.code))
        .length,
    );
    for (const b of basics) expect(b.boundary?.type).toBe('Polygon');
    const points = lattice(outline, 60);
    expect(points.length).toBeGreaterThan(1000);
    for (const p of points)
      expect(basics.filter((b) => contains(b.boundary!, p)).map((b) => b.code)).toHaveLength(1);
  });

  test('communities tile their street and streets their district: every point of a parent is in exactly one child', () => {
    const shapes = generateBoundaries(city.geography);
    for (const parent of city.geography.regions.filter((r) => r.level !== 'COMMUNITY')) {
      const kids = city.geography.regions.filter((r) => r.parentCode === parent.code);
      for (const p of lattice(shapes.get(parent.code)!, 12)) {
        expect(kids.filter((k) => contains(shapes.get(k.code)!, p))).toHaveLength(1);
      }
    }
  });

  test('micro grids lie inside their basic grid and never overlap each other', () => {
    const shapes = generateBoundaries(city.geography);
    const basics = city.geography.grids.filter((g) => g.level === 'BASIC');
    for (const b of basics) {
      const micros = city.geography.grids.filter((g) => g.parentCode === b.code);
      for (const p of lattice(shapes.get(b.code)!, 8)) {
        expect(micros.filter((m) => contains(shapes.get(m.code)!, p))).toHaveLength(1);
      }
    }
  });

  test('the same geography gives the same boundaries, and a city-scale geography has one for every grid', () => {
    expect(generateBoundaries(generateGeography('demo', 11))).toEqual(
      generateBoundaries(city.geography),
    );
    const geo = generateGeography('city');
    const shapes = generateBoundaries(geo);
    expect(geo.grids.filter((g) => !shapes.has(g.code))).toEqual([]);
    expect(geo.regions.filter((r) => !shapes.has(r.code))).toEqual([]);
  });
});
