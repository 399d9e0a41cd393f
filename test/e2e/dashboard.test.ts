import { generateCity } from '../../services/demo-city';
import { prefixRange } from '../../shared/codes';
import { startStack } from '../helpers/stack';
import { bearer } from '../helpers/auth';
import { DASHBOARD_QUERY } from '../../scripts/dashboard-query';
import { forThisFile } from '../helpers/for-this-file';

const city = generateCity('demo', 20210104);
const stack = forThisFile(() => startStack(city), 60000);

/** Counts asked of each subgraph's own database, independently of the subgraphs' indicator code. */
async function fromDatabases(code: string) {
  const { lo, hi } = prefixRange(code);
  const one = async (service: string, sql: string) =>
    Number((await stack.subgraphs[service].dataSource.query(sql, [lo, hi]))[0].n);
  return {
    // grids: basic grids (基础网格); the other levels are their own fields.
    grids: await one(
      'grid',
      "SELECT COUNT(*) AS n FROM grids WHERE code >= ? AND code < ? AND level = 'BASIC'",
    ),
    // workers: full-time grid workers (网格员, 一格一员) serving now.
    workers: await one(
      'grid',
      "SELECT COUNT(*) AS n FROM grid_workers WHERE grid_code >= ? AND grid_code < ? AND role = 'FULL_TIME' AND ended_on IS NULL",
    ),
    openCases: await one(
      'grid',
      "SELECT COUNT(*) AS n FROM cases WHERE grid_code >= ? AND grid_code < ? AND state NOT IN ('CLOSED', 'RATED')",
    ),
    // The region's own members on its grids (in-service members of city committees count where they dual-report).
    membersUnderGridManagement: Number(
      (
        await stack.subgraphs.party.dataSource.query(
          'SELECT COUNT(*) AS n FROM party_members WHERE grid_code >= ? AND grid_code < ? AND region_code >= ? AND region_code < ?',
          [lo, hi, lo, hi],
        )
      )[0].n,
    ),
    compounds: await one(
      'property',
      'SELECT COUNT(*) AS n FROM residential_compounds WHERE grid_code >= ? AND grid_code < ?',
    ),
    volunteers: await one(
      'volunteer',
      'SELECT COUNT(*) AS n FROM volunteers WHERE region_code >= ? AND region_code < ?',
    ),
  };
}

describe('the dashboard query', () => {
  test("one request gives a city's indicators from every subgraph, and each district's beside them, matching each database", async () => {
    const r = await stack.query(DASHBOARD_QUERY, { code: '220600' }, await bearer('ANALYST', ''));
    expect(r.errors).toBeUndefined();
    const region = r.data.region;
    const districts = city.geography.regions
      .filter((x) => x.parentCode === '220600')
      .map((x) => x.code);
    expect(region.children.map((c: { code: string }) => c.code)).toEqual(districts);
    for (const row of [region, ...region.children]) {
      const db = await fromDatabases(row.code);
      expect({
        grids: row.gridIndicators.grids,
        workers: row.gridIndicators.workers,
        openCases: row.gridIndicators.openCases,
        membersUnderGridManagement: row.partyIndicators.membersUnderGridManagement,
        compounds: row.propertyIndicators.compounds,
        volunteers: row.volunteerIndicators.volunteers,
      }).toEqual(db);
      expect(row.partyIndicators.branchCoverage).toBeGreaterThan(0);
      expect(row.propertyIndicators.serviceCoverage).toBeGreaterThan(0);
    }
    const sum = (k: 'grids' | 'cases') =>
      region.children.reduce((a: number, c: any) => a + c.gridIndicators[k], 0);
    expect(sum('grids')).toBe(region.gridIndicators.grids);
    expect(sum('cases')).toBe(region.gridIndicators.cases);
  });

  test('a street staff member gets the dashboard of their own street, and FORBIDDEN for the city', async () => {
    const street = city.geography.regions.find((x) => x.level === 'STREET')!;
    const auth = await bearer('STREET_STAFF', street.code);
    const own = await stack.query(DASHBOARD_QUERY, { code: street.code }, auth);
    expect(own.errors).toBeUndefined();
    expect(own.data.region.children).toHaveLength(
      city.geography.regions.filter((x) => x.parentCode === street.code).length,
    );
    const city_ = await stack.query(DASHBOARD_QUERY, { code: '220600' }, auth);
    expect(city_.data.region).toBeNull();
    expect(city_.errors[0].extensions.code).toBe('FORBIDDEN');
  });
});
