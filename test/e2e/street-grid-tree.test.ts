import { generateCity } from '../../services/demo-city';
import { startStack } from '../helpers/stack';
import { bearer } from '../helpers/auth';
import { forThisFile } from '../helpers/for-this-file';

const city = generateCity('demo', 20210104);
const stack = forThisFile(() => startStack(city), 60000);

describe("a street's grid tree through the gateway", () => {
  test("one query returns the street's communities, their grid trees with workers and department grids, and case roll-ups", async () => {
    const street = city.geography.regions.find((r) => r.level === 'STREET')!;
    // A community has one community grid: the page asks for 2, so the gateway's cost estimate (each unbounded
    // list counted as 20 rows, nested five deep here) stays under its limit; totalCount shows nothing was cut.
    const r = await stack.query(
      `query($c: String!) { region(code: $c) {
      name gridIndicators { grids openCases closureRate }
      children { code name gridIndicators { cases openCases }
        grids(level: COMMUNITY_GRID, limit: 2) { totalCount items { code children { code level workers { role } departmentGrids { code department { code } } caseCounts { key count }
          children { code level workers { role } } } } } } } }`,
      { c: street.code },
      await bearer('STREET_STAFF', street.code),
    );
    expect(r.errors).toBeUndefined();
    const communities = city.geography.regions.filter((x) => x.parentCode === street.code);
    expect(r.data.region.children.map((c: { code: string }) => c.code)).toEqual(
      communities.map((c) => c.code),
    );
    for (const c of r.data.region.children) expect(c.grids.items.length).toBe(c.grids.totalCount);
    const basics = r.data.region.children.flatMap((c: any) =>
      c.grids.items.flatMap((g: any) => g.children),
    );
    const expected = city.geography.grids.filter(
      (g) => g.code.startsWith(street.code) && (g.level === 'BASIC' || g.level === 'DEDICATED'),
    );
    expect(basics.map((g: { code: string }) => g.code).sort()).toEqual(
      expected.map((g) => g.code).sort(),
    );
    const withDeptGrids = basics.filter((g: any) => g.departmentGrids.length > 0);
    expect(withDeptGrids.length).toBeGreaterThan(0);
    const one = withDeptGrids[0];
    expect(one.departmentGrids.length).toBe(
      city.grid.departmentGrids.filter((d) => d.basicGridCode === one.code).length,
    );
    const cases = city.grid.cases.filter((c) => c.gridCode === one.code).length;
    expect(one.caseCounts.reduce((a: number, k: { count: number }) => a + k.count, 0)).toBe(cases);
    expect(basics.flatMap((g: any) => g.workers).length).toBeGreaterThan(0);
    const micro = basics.flatMap((g: any) => g.children);
    expect(micro.every((m: { level: string }) => m.level === 'MICRO')).toBe(true);
    expect(
      micro.flatMap((m: any) => m.workers).some((w: { role: string }) => w.role === 'UNIT_HEAD'),
    ).toBe(true);
    const sum = r.data.region.children.reduce((a: number, c: any) => a + c.gridIndicators.cases, 0);
    expect(sum).toBe(city.grid.cases.filter((c) => c.gridCode.startsWith(street.code)).length);
  });
});
