import { ObjectType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { prefixRange } from '../../../shared/codes';
import { KeyCount, countByUnder, ratio, sumCounts, toKeyCounts } from '../../../shared/indicators';
import type { IndicatorClock } from '../../../shared/as-of';
import { dbDate } from '../../../shared/sql';
import { CaseState, OPEN_CASE_STATES } from '../case/case.entity';
import { DEFAULT_DEADLINE_HOURS, type DeadlineHours } from '../case/case-machine';
import { Out } from '../../../shared/output-fields';

@ObjectType({
  description:
    "网格指标 the grid subgraph's indicators for a region, computed by code prefix. Workers serve and cases are open or closed as of asOf; grids and the states of cases are as on record now",
})
export class GridIndicators {
  @Out.text('截至日期 the day these indicators are read on (YYYY-MM-DD)')
  asOf!: string;

  @Out.int(
    '基础网格 basic grids (基础网格), the unit every other grid maps onto; other levels are counted apart (the unnamed city: 738 basic grids; Binzhou 1,321)',
  )
  grids!: number;

  @Out.int('社区总网格 community grids, one per community (the unnamed city: 122)')
  communityGrids!: number;

  @Out.int('微网格 micro grids under the basic grids (the unnamed city: 2,316 for 738 basic grids)')
  microGrids!: number;

  @Out.int(
    '专属网格 dedicated grids of schools, hospitals, markets and business districts (the unnamed city: 122)',
  )
  dedicatedGrids!: number;

  @Out.int('各级网格合计 grids of all four levels added up (community, basic, micro, dedicated)')
  gridsOfAllLevels!: number;

  @Out.of(() => [KeyCount], '各层级网格数 grids by level')
  gridsByLevel!: KeyCount[];

  @Out.int(
    '网格员 full-time grid workers (专职网格员) serving on asOf: the 一格一员 figure (the unnamed city: 902 网格员 for 738 basic grids). Grid heads, micro-grid workers and the building and unit heads are counted apart',
  )
  workers!: number;

  @Out.int('专职网格员 full-time grid workers serving on asOf: the same as workers', {
    deprecationReason: 'the same as workers, which now counts full-time grid workers only',
  })
  gridWorkers!: number;

  @Out.float(
    '一格一员 full-time grid workers per basic grid: workers / grids (the seeds: at least 1; the unnamed city 902 / 738 = 1.22)',
    { nullable: true },
  )
  gridWorkersPerBasicGrid!: number | null;

  @Out.int('网格长 grid heads serving on asOf')
  gridHeads!: number;

  @Out.int(
    '微网格员 micro-grid workers serving on asOf (the unnamed city: 2,316, one per micro grid)',
  )
  microGridWorkers!: number;

  @Out.int(
    '楼栋长 building heads serving on asOf, one per building; with grid and unit heads the seeds\' "three heads" (Baishan: 20,921 grid, building and unit heads together)',
  )
  buildingHeads!: number;

  @Out.int('单元长 unit heads serving on asOf, counted apart from grid workers')
  unitHeads!: number;

  @Out.int(
    '网格力量合计 everyone serving on the grids on asOf, of every role: grid heads, full-time and micro-grid workers, building and unit heads',
  )
  workersOfAllRoles!: number;

  @Out.of(() => [KeyCount], '各角色人数 people serving on asOf, by role')
  workersByRole!: KeyCount[];

  @Out.int('事项总数 cases collected (reported) by asOf')
  cases!: number;

  @Out.int('未销号事项 cases reported by asOf and not yet closed off then')
  openCases!: number;

  @Out.of(() => [KeyCount], '各状态事项 cases reported by asOf, by the state they are in now')
  casesByState!: KeyCount[];

  /** Resolved with its `since` argument by GridIndicatorsResolver; the all-time value is kept here. */
  closureRate!: number | null;

  @Out.float(
    '平均满意度 average resident satisfaction (1–5) over the rated cases among those closed off by asOf',
    { nullable: true },
  )
  averageSatisfaction!: number | null;

  @Out.int(
    '超期事项 cases open on asOf whose stage deadline had passed by then: for the stage a case is still in, its dueAt; for a stage it has left since, the stage entry plus its configured deadline (CASE_DEADLINES)',
  )
  overdueCases!: number;

  @Out.float(
    '办结用时中位数(小时) median hours from collection to closing off, over cases closed off by asOf',
    { nullable: true },
  )
  medianHoursToClose!: number | null;

  /** Where and when these were computed, for closureRate(since:). Not a field. */
  scope!: { prefix: string; at: Date };
}

const LEVELS = {
  communityGrids: 'COMMUNITY_GRID',
  microGrids: 'MICRO',
  dedicatedGrids: 'DEDICATED',
};

/** [stage, moment before which an entry into that stage was overdue by `at`]: a deadline of h hours means entered before at − h. */
const thresholds = (ds: DataSource, at: Date, deadlines: DeadlineHours) =>
  (Object.entries(deadlines) as [CaseState, number][]).map(
    ([state, hours]) => [state, dbDate(ds, new Date(at.getTime() - hours * 3600_000))] as const,
  );

type CaseRow = {
  k: string;
  n: number | string;
  open: number | string | null;
  closed: number | string | null;
  satSum: number | string | null;
  satN: number | string;
  overdue: number | string | null;
};

/** Read at a past moment, a case that has moved on since was in another stage then: its entry event says which and when. */
async function overdueInPastStages(
  ds: DataSource,
  lo: string,
  hi: string,
  at: unknown,
  when: Date,
  deadlines: DeadlineHours,
): Promise<number> {
  const t = thresholds(ds, when, deadlines);
  const [row] = await ds.query(
    `SELECT COUNT(*) AS n FROM cases c JOIN case_events e ON e.case_id = c.id
      WHERE c.grid_code >= ? AND c.grid_code < ? AND c.reported_at < ?
        AND (c.closed_at >= ? OR (c.closed_at IS NULL AND c.state_entered_at >= ?))
        AND e.id = (SELECT MAX(f.id) FROM case_events f WHERE f.case_id = c.id AND f.at < ?
                      AND (f.from_state IS NULL OR f.from_state <> f.to_state))
        AND e.at < CASE e.to_state ${t.map(() => 'WHEN ? THEN ?').join(' ')} ELSE NULL END`,
    [lo, hi, at, at, at, at, ...t.flat()],
  );
  return Number(row?.n ?? 0);
}

/**
 * Statements on the code indexes, no row looped over in JavaScript: grids by level, workers serving
 * by role (index-only), one pass over cases by state carrying the sums the rates need, the median
 * read from the index on (grid_code, closed_after_seconds, closed_at), and, for a day in the past,
 * the stage each case that has moved on since was in then (its entry event).
 */
export async function computeGridIndicators(
  ds: DataSource,
  prefix: string,
  clock: IndicatorClock,
  deadlines: DeadlineHours = DEFAULT_DEADLINE_HOURS,
): Promise<GridIndicators> {
  const { lo, hi } = prefixRange(prefix);
  const at = dbDate(ds, clock.at);
  // Independent statements go out together: on MySQL each takes its own pooled connection, so the
  // slowest one, not their sum, is what a roll-up waits for (SQLite runs them one by one either way).
  const [gridsByLevel, workersByRole, caseRows, overdueThen] = await Promise.all([
    countByUnder(ds, 'grids', 'code', 'level', prefix),
    countByUnder(
      ds,
      'grid_workers',
      'grid_code',
      'role',
      prefix,
      'started_on <= ? AND (ended_on IS NULL OR ended_on > ?)',
      [clock.day, clock.day],
    ),
    ds.query(
      `SELECT state AS k, COUNT(*) AS n,
            SUM(CASE WHEN closed_at IS NULL OR closed_at >= ? THEN 1 ELSE 0 END) AS open,
            SUM(CASE WHEN closed_at < ? THEN 1 ELSE 0 END) AS closed,
            SUM(CASE WHEN closed_at < ? THEN satisfaction END) AS satSum,
            COUNT(CASE WHEN closed_at < ? THEN satisfaction END) AS satN,
            SUM(CASE WHEN closed_at IS NULL AND state_entered_at < ? AND due_at < ? THEN 1 ELSE 0 END) AS overdue
       FROM cases WHERE grid_code >= ? AND grid_code < ? AND reported_at < ? GROUP BY state ORDER BY state`,
      [at, at, at, at, at, at, lo, hi, at],
    ) as Promise<CaseRow[]>,
    clock.isNow ? 0 : overdueInPastStages(ds, lo, hi, at, clock.at, deadlines),
  ]);
  const total = (f: (r: CaseRow) => unknown, keep: (k: string) => boolean = () => true) =>
    caseRows.filter((r) => keep(r.k)).reduce((a, r) => a + Number(f(r) ?? 0), 0);
  const open = (k: string) => (OPEN_CASE_STATES as string[]).includes(k);
  const overdueCases = total((r) => r.overdue, open) + overdueThen;
  const closedN = total((r) => r.closed);
  let median: number | null = null;
  if (closedN > 0) {
    const mid = await ds.query(
      `SELECT closed_after_seconds AS s FROM cases WHERE grid_code >= ? AND grid_code < ? AND closed_after_seconds IS NOT NULL AND closed_at < ?
        ORDER BY closed_after_seconds LIMIT ? OFFSET ?`,
      [lo, hi, at, closedN % 2 ? 1 : 2, Math.floor((closedN - 1) / 2)],
    );
    median =
      mid.reduce((a: number, r: { s: number | string }) => a + Number(r.s), 0) / mid.length / 3600;
  }
  const casesByState = toKeyCounts(caseRows);
  const cases = sumCounts(casesByState);
  const role = (k: string) => sumCounts(workersByRole, (r) => r === k);
  const level = (k: string) => sumCounts(gridsByLevel, (l) => l === k);
  const basic = level('BASIC');
  const fullTime = role('FULL_TIME');
  return {
    asOf: clock.day,
    grids: basic,
    communityGrids: level(LEVELS.communityGrids),
    microGrids: level(LEVELS.microGrids),
    dedicatedGrids: level(LEVELS.dedicatedGrids),
    gridsOfAllLevels: sumCounts(gridsByLevel),
    gridsByLevel,
    workers: fullTime,
    gridWorkers: fullTime,
    gridWorkersPerBasicGrid: ratio(fullTime, basic),
    gridHeads: role('GRID_HEAD'),
    microGridWorkers: role('MICRO_GRID'),
    buildingHeads: role('BUILDING_HEAD'),
    unitHeads: role('UNIT_HEAD'),
    workersOfAllRoles: sumCounts(workersByRole),
    workersByRole,
    cases,
    openCases: total((r) => r.open),
    casesByState,
    closureRate: ratio(closedN, cases),
    // Sum and count, not AVG: MySQL rounds AVG of integers to four decimals.
    averageSatisfaction: ratio(
      total((r) => r.satSum),
      total((r) => r.satN),
    ),
    overdueCases,
    medianHoursToClose: median,
    scope: { prefix, at: clock.at },
  };
}

/** 办结率 over the cases reported in [since, asOf]: those closed off by asOf over those reported. */
export async function closureRateSince(
  ds: DataSource,
  scope: { prefix: string; at: Date },
  since: string,
): Promise<number | null> {
  const { lo, hi } = prefixRange(scope.prefix);
  const at = dbDate(ds, scope.at);
  const [row] = await ds.query(
    `SELECT COUNT(*) AS n, SUM(CASE WHEN closed_at < ? THEN 1 ELSE 0 END) AS closed FROM cases
      WHERE grid_code >= ? AND grid_code < ? AND reported_at >= ? AND reported_at < ?`,
    [at, lo, hi, dbDate(ds, new Date(`${since}T00:00:00Z`)), at],
  );
  return ratio(Number(row?.closed ?? 0), Number(row?.n ?? 0));
}
