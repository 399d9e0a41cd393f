import { generateCity } from '../../services/demo-city';
import { prefixRange } from '../../shared/codes';
import { dbDate } from '../../shared/sql';
import { DEFAULT_DEADLINE_HOURS } from '../../services/grid/case/case-machine';
import { previousQuarter, quarterOf, redWindowStart } from '../../services/property/calendar';
import { startStack } from '../helpers/stack';
import { bearer } from '../helpers/auth';
import { forThisFile } from '../helpers/for-this-file';

/** Issue 14, item 3: every region indicator block takes asOf the same way, and moves with it. */
const DAY = '2026-10-15';
const city = generateCity('demo', 20210104, DAY);
const EARLIER = '2026-08-31';
const CODE = '220600';
const stack = forThisFile(() => startStack(city), 180000);

const QUERY = `query($c: String!, $d: LocalDate) { region(code: $c) {
  gridIndicators(asOf: $d) { asOf cases openCases overdueCases workersOfAllRoles closureRate }
  partyIndicators(asOf: $d) { dualReports dualReportingMembers }
  propertyIndicators(asOf: $d) { asOf servedCompounds redProperties evaluationQuarter evaluations }
  urbanIndicators(asOf: $d) { inspectionsLast30Days }
  volunteerIndicators(asOf: $d) { verifiedHours verifiedHoursLast30Days pointsIssuedLast30Days }
  accountabilityIndicators(asOf: $d) { firstSecretaries packageVisitsLast30Days } } }`;

const DAY_MS = 86400000;
const dayBefore = (day: string, n: number) =>
  new Date(Date.parse(`${day}T00:00:00Z`) - n * DAY_MS).toISOString().slice(0, 10);
const dayOf = (v: unknown) =>
  v instanceof Date ? v.toISOString().slice(0, 10) : String(v).slice(0, 10);
const ms = (v: Date | string) =>
  v instanceof Date ? v.getTime() : Date.parse(`${String(v).replace(' ', 'T')}Z`);

/** The same figures for `day`, from each subgraph's own database: plain SQL, and the stages of cases replayed from their events. */
async function fromDatabases(day: string) {
  const { lo, hi } = prefixRange(CODE);
  const ds = (name: string) => stack.subgraphs[name].dataSource;
  const n = async (name: string, sql: string, params: unknown[] = []) =>
    Number((await ds(name).query(sql, [lo, hi, ...params]))[0].n);
  const end = new Date(Date.parse(`${day}T00:00:00Z`) + DAY_MS);
  const first = dayBefore(day, 29);
  const cases: { id: number; reported: string; closed: string | null }[] = await ds('grid').query(
    'SELECT id, reported_at AS reported, closed_at AS closed FROM cases WHERE grid_code >= ? AND grid_code < ?',
    [lo, hi],
  );
  const events: { caseId: number; from: string | null; to: string; at: string }[] = await ds(
    'grid',
  ).query(
    'SELECT case_id AS caseId, from_state AS "from", to_state AS "to", at FROM case_events ORDER BY id',
  );
  const reported = cases.filter((c) => ms(c.reported) < end.getTime());
  const open = reported.filter((c) => c.closed == null || ms(c.closed) >= end.getTime());
  // The stage each open case was in at the end of the day: its last stage entry before then.
  const stage = new Map<number, { to: string; at: number }>();
  for (const e of events)
    if ((e.from == null || e.from !== e.to) && ms(e.at) < end.getTime())
      stage.set(e.caseId, { to: e.to, at: ms(e.at) });
  const overdue = open.filter((c) => {
    const s = stage.get(c.id)!;
    const hours = DEFAULT_DEADLINE_HOURS[s.to as keyof typeof DEFAULT_DEADLINE_HOURS];
    return hours != null && s.at + hours * 3600_000 < end.getTime();
  });
  const inWindow = (col: string) => `${col} >= ? AND ${col} <= ?`;
  // Each compound's mode and company on the day (its latest change by then), its company's party organisation, its meetings.
  const changes: { compound: number; mode: string; company: number | null; on: unknown }[] =
    await ds('property').query(
      'SELECT compound_id AS compound, management_mode AS mode, company_id AS company, effective_on AS "on" FROM compound_management_changes WHERE grid_code >= ? AND grid_code < ? ORDER BY effective_on, id',
      [lo, hi],
    );
  const state = new Map<number, { mode: string; company: number | null }>();
  for (const c of changes) if (dayOf(c.on) <= day) state.set(c.compound, c);
  const partyCompanies = new Set(
    (
      (await ds('property').query(
        'SELECT id FROM property_companies WHERE party_organization_id IS NOT NULL',
      )) as { id: number }[]
    ).map((c) => c.id),
  );
  const met = new Set(
    (
      (await ds('property').query(
        'SELECT compound_id AS compound, held_on AS "on" FROM linkage_meetings WHERE grid_code >= ? AND grid_code < ?',
        [lo, hi],
      )) as { compound: number; on: unknown }[]
    )
      .filter((m) => dayOf(m.on) > redWindowStart(day) && dayOf(m.on) <= day)
      .map((m) => m.compound),
  );
  const quarter = previousQuarter(quarterOf(day));
  const volunteerAt = dbDate(ds('volunteer'), end);
  const volunteerFrom = dbDate(ds('volunteer'), new Date(`${first}T00:00:00Z`));
  return {
    gridIndicators: {
      asOf: day,
      cases: reported.length,
      openCases: open.length,
      overdueCases: overdue.length,
      workersOfAllRoles: await n(
        'grid',
        'SELECT COUNT(*) AS n FROM grid_workers WHERE grid_code >= ? AND grid_code < ? AND started_on <= ? AND (ended_on IS NULL OR ended_on > ?)',
        [day, day],
      ),
      closureRate:
        reported.filter((c) => c.closed != null && ms(c.closed) < end.getTime()).length /
        reported.length,
    },
    partyIndicators: {
      dualReports: await n(
        'party',
        'SELECT COUNT(*) AS n FROM party_dual_reports WHERE region_code >= ? AND region_code < ? AND reported_on <= ? AND (ended_on IS NULL OR ended_on > ?)',
        [day, day],
      ),
    },
    propertyIndicators: {
      asOf: day,
      servedCompounds: [...state.values()].filter((x) => x.mode === 'PROFESSIONAL').length,
      redProperties: [...state].filter(
        ([id, x]) => x.company != null && partyCompanies.has(x.company) && met.has(id),
      ).length,
      evaluationQuarter: quarter,
      evaluations: await n(
        'property',
        'SELECT COUNT(*) AS n FROM service_evaluations WHERE grid_code >= ? AND grid_code < ? AND quarter = ?',
        [quarter],
      ),
    },
    urbanIndicators: {
      inspectionsLast30Days: await n(
        'urban',
        `SELECT COUNT(*) AS n FROM urban_inspections WHERE grid_code >= ? AND grid_code < ? AND ${inWindow('inspected_on')}`,
        [first, day],
      ),
    },
    volunteerIndicators: {
      verifiedHours:
        (await n(
          'volunteer',
          "SELECT COALESCE(SUM(minutes), 0) AS n FROM participations WHERE region_code >= ? AND region_code < ? AND state = 'VERIFIED' AND verified_at < ?",
          [volunteerAt],
        )) / 60,
      verifiedHoursLast30Days:
        (await n(
          'volunteer',
          "SELECT COALESCE(SUM(minutes), 0) AS n FROM participations WHERE region_code >= ? AND region_code < ? AND state = 'VERIFIED' AND verified_at >= ? AND verified_at < ?",
          [volunteerFrom, volunteerAt],
        )) / 60,
      pointsIssuedLast30Days: await n(
        'volunteer',
        "SELECT COALESCE(SUM(points), 0) AS n FROM points_entries WHERE region_code >= ? AND region_code < ? AND kind = 'EARN' AND created_at >= ? AND created_at < ?",
        [volunteerFrom, volunteerAt],
      ),
    },
    accountabilityIndicators: {
      firstSecretaries: await n(
        'accountability',
        'SELECT COUNT(*) AS n FROM first_secretary_assignments WHERE community_code >= ? AND community_code < ? AND term_start <= ? AND term_end >= ?',
        [day, day],
      ),
      packageVisitsLast30Days: await n(
        'accountability',
        `SELECT COUNT(*) AS n FROM package_visits WHERE grid_code >= ? AND grid_code < ? AND ${inWindow('visited_on')}`,
        [first, day],
      ),
    },
  };
}

describe('asOf: one argument on every region indicator block, one meaning', () => {
  test('the same indicators asked for two days give, for each day, what the databases hold for that day', async () => {
    const answers: Record<string, any> = {};
    for (const day of [DAY, EARLIER]) {
      const r = await stack.query(QUERY, { c: CODE, d: day }, await bearer('ANALYST', ''));
      expect(r.errors).toBeUndefined();
      const got = r.data.region;
      const want = await fromDatabases(day);
      const { closureRate, ...grid } = want.gridIndicators;
      expect(got.gridIndicators).toMatchObject(grid);
      expect(got.gridIndicators.closureRate).toBeCloseTo(closureRate, 10);
      expect(got.partyIndicators).toMatchObject(want.partyIndicators);
      expect(got.propertyIndicators).toEqual(want.propertyIndicators);
      expect(got.urbanIndicators).toEqual(want.urbanIndicators);
      expect(got.volunteerIndicators.verifiedHours).toBeCloseTo(
        want.volunteerIndicators.verifiedHours,
        6,
      );
      expect(got.volunteerIndicators.verifiedHoursLast30Days).toBeCloseTo(
        want.volunteerIndicators.verifiedHoursLast30Days,
        6,
      );
      expect(got.volunteerIndicators.pointsIssuedLast30Days).toBe(
        want.volunteerIndicators.pointsIssuedLast30Days,
      );
      expect(got.accountabilityIndicators).toEqual(want.accountabilityIndicators);
      answers[day] = got;
    }
    // The two days differ, so the comparison says something: the city moved between them.
    const [now, then] = [answers[DAY], answers[EARLIER]];
    expect(now.gridIndicators.cases).toBeGreaterThan(then.gridIndicators.cases);
    expect(now.propertyIndicators.evaluationQuarter).not.toBe(
      then.propertyIndicators.evaluationQuarter,
    );
    expect(now.volunteerIndicators.verifiedHours).toBeGreaterThan(
      then.volunteerIndicators.verifiedHours,
    );
    expect(then.gridIndicators.openCases).toBeGreaterThan(0);
    expect(then.gridIndicators.overdueCases).toBeGreaterThan(0);
  });

  test('every block takes asOf as a LocalDate: a day that is not one is refused with BAD_USER_INPUT', async () => {
    for (const block of [
      'gridIndicators',
      'partyIndicators',
      'propertyIndicators',
      'urbanIndicators',
      'volunteerIndicators',
      'accountabilityIndicators',
    ]) {
      const r = await stack.query(
        `query($d: LocalDate) { region(code: "${CODE}") { ${block}(asOf: $d) { __typename } } }`,
        { d: '2026-02-30' },
      );
      expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    }
  });
});
