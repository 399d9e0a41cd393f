import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { prefixRange } from '../../../shared/codes';
import { KeyCount, countByUnder, ratio, sumCounts, toKeyCounts } from '../../../shared/indicators';
import { dbDate } from '../../../shared/sql';
import { OPEN_CASE_STATES } from '../case/case.entity';

@ObjectType({
  description: "网格指标 the grid subgraph's indicators for a region, computed by code prefix",
})
export class GridIndicators {
  @Field(() => Int, { description: '网格总数 grids of every level' })
  grids!: number;

  @Field(() => [KeyCount], { description: '各层级网格数 grids by level' })
  gridsByLevel!: KeyCount[];

  @Field(() => Int, { description: '在岗网格员与三长 workers serving now' })
  workers!: number;

  @Field(() => [KeyCount], { description: '各角色人数 workers serving now, by role' })
  workersByRole!: KeyCount[];

  @Field(() => Int, { description: '事项总数 cases ever collected' })
  cases!: number;

  @Field(() => Int, { description: '未销号事项 cases not yet closed off' })
  openCases!: number;

  @Field(() => [KeyCount], { description: '各状态事项 cases by state' })
  casesByState!: KeyCount[];

  @Field(() => Float, {
    nullable: true,
    description: '办结率 closure rate: closed or rated cases over all cases (null when none)',
  })
  closureRate!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: '平均满意度 average resident satisfaction (1–5) over rated cases',
  })
  averageSatisfaction!: number | null;

  @Field(() => Int, { description: '超期事项 open cases past the deadline of their current stage' })
  overdueCases!: number;

  @Field(() => Float, {
    nullable: true,
    description: '办结用时中位数(小时) median hours from collection to closing off',
  })
  medianHoursToClose!: number | null;

  @Field(() => Int, {
    description:
      '专职网格员 full-time grid workers (网格员) serving now; 一格一员 is one per basic grid',
  })
  gridWorkers!: number;

  @Field(() => Float, {
    nullable: true,
    description: '一格一员 full-time grid workers per basic grid (the seeds: at least 1)',
  })
  gridWorkersPerBasicGrid!: number | null;

  @Field(() => Int, {
    description:
      '楼栋长 building heads serving now, counted apart from grid workers (Changchun: 160,000 building and unit heads)',
  })
  buildingHeads!: number;

  @Field(() => Int, {
    description: '单元长 unit heads serving now, counted apart from grid workers',
  })
  unitHeads!: number;
}

/**
 * Four statements on the code indexes, no row looped over in JavaScript: grids by level, workers
 * by role (index-only), one pass over cases by state carrying the sums the rates need, and the
 * median read from the index on (grid_code, closed_after_seconds).
 */
export async function computeGridIndicators(
  ds: DataSource,
  prefix: string,
  now = new Date(),
): Promise<GridIndicators> {
  const { lo, hi } = prefixRange(prefix);
  const gridsByLevel = await countByUnder(ds, 'grids', 'code', 'level', prefix);
  const workersByRole = await countByUnder(
    ds,
    'grid_workers',
    'grid_code',
    'role',
    prefix,
    'ended_on IS NULL',
  );
  const caseRows: {
    k: string;
    n: number | string;
    satSum: number | string | null;
    satN: number | string;
    overdue: number | string;
    closed: number | string;
  }[] = await ds.query(
    `SELECT state AS k, COUNT(*) AS n, SUM(satisfaction) AS satSum, COUNT(satisfaction) AS satN,
              SUM(CASE WHEN due_at < ? THEN 1 ELSE 0 END) AS overdue, COUNT(closed_after_seconds) AS closed
         FROM cases WHERE grid_code >= ? AND grid_code < ? GROUP BY state ORDER BY state`,
    [dbDate(ds, now), lo, hi],
  );
  const total = (
    f: (r: (typeof caseRows)[number]) => unknown,
    keep: (k: string) => boolean = () => true,
  ) => caseRows.filter((r) => keep(r.k)).reduce((a, r) => a + Number(f(r) ?? 0), 0);
  const open = (k: string) => (OPEN_CASE_STATES as string[]).includes(k);
  const closedN = total((r) => r.closed);
  let median: number | null = null;
  if (closedN > 0) {
    const mid = await ds.query(
      `SELECT closed_after_seconds AS s FROM cases WHERE grid_code >= ? AND grid_code < ? AND closed_after_seconds IS NOT NULL
        ORDER BY closed_after_seconds LIMIT ? OFFSET ?`,
      [lo, hi, closedN % 2 ? 1 : 2, Math.floor((closedN - 1) / 2)],
    );
    median =
      mid.reduce((a: number, r: { s: number | string }) => a + Number(r.s), 0) / mid.length / 3600;
  }
  const casesByState = toKeyCounts(caseRows);
  const cases = sumCounts(casesByState);
  return {
    grids: sumCounts(gridsByLevel),
    gridsByLevel,
    workers: sumCounts(workersByRole),
    workersByRole,
    cases,
    openCases: sumCounts(casesByState, (k) => (OPEN_CASE_STATES as string[]).includes(k)),
    casesByState,
    closureRate: ratio(
      sumCounts(casesByState, (k) => k === 'CLOSED' || k === 'RATED'),
      cases,
    ),
    // Sum and count, not AVG: MySQL rounds AVG of integers to four decimals.
    averageSatisfaction: ratio(
      total((r) => r.satSum),
      total((r) => r.satN),
    ),
    overdueCases: total((r) => r.overdue, open),
    medianHoursToClose: median,
    gridWorkers: sumCounts(workersByRole, (k) => k === 'FULL_TIME'),
    gridWorkersPerBasicGrid: ratio(
      sumCounts(workersByRole, (k) => k === 'FULL_TIME'),
      sumCounts(gridsByLevel, (k) => k === 'BASIC'),
    ),
    buildingHeads: sumCounts(workersByRole, (k) => k === 'BUILDING_HEAD'),
    unitHeads: sumCounts(workersByRole, (k) => k === 'UNIT_HEAD'),
  };
}
