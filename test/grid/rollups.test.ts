import { startGridHarness, type GridHarness } from '../helpers/grid-subgraph';
import { regionPrefix } from '../../shared/codes';
import { forThisFile } from '../helpers/for-this-file';

const h = forThisFile(() => startGridHarness());

const Q = `query($c: String!, $since: LocalDate) { region(code: $c) { gridIndicators {
  grids communityGrids microGrids dedicatedGrids gridsOfAllLevels gridsByLevel { key count }
  workers gridHeads microGridWorkers buildingHeads unitHeads workersOfAllRoles workersByRole { key count }
  cases openCases casesByState { key count }
  closureRate averageSatisfaction overdueCases medianHoursToClose recent: closureRate(since: $since) } } }`;
// A period: the last 90 days of the demo city's clock.
const since = () => new Date(h.city.now.getTime() - 90 * 86400000).toISOString().slice(0, 10);

/** Counts computed in the test from the generated city, not from SQL, to check the roll-ups against. */
function expected(h: GridHarness, code: string, now: number) {
  const prefix = regionPrefix(code);
  const by = <T>(xs: T[], key: (x: T) => string) =>
    Object.entries(
      xs.reduce<Record<string, number>>((a, x) => ({ ...a, [key(x)]: (a[key(x)] ?? 0) + 1 }), {}),
    )
      .map(([k, count]) => ({ key: k, count }))
      .sort((a, b) => a.key.localeCompare(b.key));
  const grids = h.city.geography.grids.filter((g) => g.code.startsWith(prefix));
  const workers = h.city.grid.workers.filter((w) => w.gridCode.startsWith(prefix) && !w.endedOn);
  const cases = h.city.grid.cases.filter((c) => c.gridCode.startsWith(prefix));
  const closed = cases.filter((c) => c.closedAt);
  const rated = cases.filter((c) => c.satisfaction != null);
  const hours = closed
    .map((c) => Math.round((c.closedAt!.getTime() - c.reportedAt.getTime()) / 1000) / 3600)
    .sort((a, b) => a - b);
  const mid = Math.floor((hours.length - 1) / 2);
  const level = (l: string) => grids.filter((g) => g.level === l).length;
  const role = (r: string) => workers.filter((w) => w.role === r).length;
  const recent = cases.filter((c) => c.reportedAt >= new Date(`${since()}T00:00:00Z`));
  return {
    // 基础网格: the basic grids; the other levels apart, and all four added up.
    grids: level('BASIC'),
    communityGrids: level('COMMUNITY_GRID'),
    microGrids: level('MICRO'),
    dedicatedGrids: level('DEDICATED'),
    gridsOfAllLevels: grids.length,
    gridsByLevel: by(grids, (g) => g.level),
    // 网格员 (一格一员): full-time grid workers; the heads apart, and everyone added up.
    workers: role('FULL_TIME'),
    gridHeads: role('GRID_HEAD'),
    microGridWorkers: role('MICRO_GRID'),
    buildingHeads: role('BUILDING_HEAD'),
    unitHeads: role('UNIT_HEAD'),
    workersOfAllRoles: workers.length,
    workersByRole: by(workers, (w) => w.role),
    recent: recent.length ? recent.filter((c) => c.closedAt).length / recent.length : null,
    cases: cases.length,
    openCases: cases.filter((c) => !['CLOSED', 'RATED'].includes(c.state)).length,
    casesByState: by(cases, (c) => c.state),
    closureRate: cases.length ? closed.length / cases.length : null,
    averageSatisfaction: rated.length
      ? rated.reduce((a, c) => a + c.satisfaction!, 0) / rated.length
      : null,
    overdueCases: cases.filter(
      (c) => c.dueAt && c.dueAt.getTime() < now && !['CLOSED', 'RATED'].includes(c.state),
    ).length,
    medianHoursToClose: hours.length
      ? hours.length % 2
        ? hours[mid]
        : (hours[mid] + hours[mid + 1]) / 2
      : null,
  };
}

describe('region roll-ups from the grid subgraph', () => {
  const levels = ['CITY', 'DISTRICT', 'STREET', 'COMMUNITY'] as const;
  test.each(levels)(
    "a %s region's indicators equal counts computed independently from the demo data",
    async (level) => {
      const region = h.city.geography.regions.find((r) => r.level === level)!;
      const r = await h.gql(Q, { c: region.code, since: since() });
      expect(r.errors).toBeUndefined();
      const got = r.data.region.gridIndicators;
      const want = expected(h, region.code, Date.now());
      const { averageSatisfaction, medianHoursToClose, closureRate, recent, ...exact } = want;
      expect(got).toMatchObject(exact);
      expect(got.cases).toBeGreaterThan(0);
      expect(got.workers).toBeGreaterThan(0);
      expect(got.buildingHeads).toBeGreaterThan(0);
      expect(got.closureRate).toBeCloseTo(closureRate!, 10);
      // closureRate(since:): only the cases reported from that day on.
      expect(recent).not.toBeNull();
      expect(recent).not.toBeCloseTo(closureRate!, 10);
      expect(got.recent).toBeCloseTo(recent!, 10);
      expect(got.averageSatisfaction).toBeCloseTo(averageSatisfaction!, 6);
      expect(got.medianHoursToClose).toBeCloseTo(medianHoursToClose!, 2);
    },
  );

  test('a region with no cases has null rates rather than NaN', async () => {
    const r = await h.gql(Q, { c: '220699' });
    expect(r.data.region).toBeNull();
    const empty = await h.gql('query($c: String!) { cases(under: $c) { totalCount } }', {
      c: '220699',
    });
    expect(empty.data.cases.totalCount).toBe(0);
  });

  test('cases are filtered by place, state, category, department, overdue and date, with the total across pages', async () => {
    const street = h.city.geography.regions.find((r) => r.level === 'STREET')!;
    const now = Date.now();
    const all = h.city.grid.cases.filter((c) => c.gridCode.startsWith(street.code));
    const q = `query($u: String!, $s: [CaseState!], $cat: CaseCategory, $d: String, $o: Boolean, $from: DateTimeISO) {
      cases(under: $u, states: $s, category: $cat, departmentCode: $d, overdue: $o, reportedFrom: $from, limit: 5) { totalCount items { id } } }`;
    const total = async (v: Record<string, unknown>) =>
      (await h.gql(q, { u: street.code, ...v })).data.cases.totalCount;
    expect(await total({})).toBe(all.length);
    expect(await total({ s: ['CLOSED', 'RATED'] })).toBe(
      all.filter((c) => ['CLOSED', 'RATED'].includes(c.state)).length,
    );
    expect(await total({ cat: 'DISPUTE' })).toBe(
      all.filter((c) => c.category === 'DISPUTE').length,
    );
    expect(await total({ d: 'CG' })).toBe(all.filter((c) => c.departmentId === 1).length);
    expect(await total({ o: true })).toBe(
      all.filter((c) => c.dueAt && c.dueAt.getTime() < now).length,
    );
    const from = new Date('2026-10-01T00:00:00Z');
    expect(await total({ from: from.toISOString() })).toBe(
      all.filter((c) => c.reportedAt >= from).length,
    );
  });
});
