import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { prefixRange } from '../../../shared/codes';
import { KeyCount, ratio, sumCounts, toKeyCounts } from '../../../shared/indicators';
import { OPEN_CASE_STATES } from '../case/case.entity';

@ObjectType({ description: '网格指标 the grid subgraph\'s indicators for a region, computed by code prefix' })
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

  @Field(() => Float, { nullable: true, description: '办结率 closure rate: closed or rated cases over all cases (null when none)' })
  closureRate!: number | null;
}

/** Three GROUP BY statements on the code indexes; no row is touched in JavaScript. */
export async function computeGridIndicators(ds: DataSource, prefix: string): Promise<GridIndicators> {
  const { lo, hi } = prefixRange(prefix);
  const [gridRows, workerRows, caseRows] = await Promise.all([
    ds.query('SELECT level AS k, COUNT(*) AS n FROM grids WHERE code >= ? AND code < ? GROUP BY level ORDER BY level', [lo, hi]),
    ds.query(
      'SELECT role AS k, COUNT(*) AS n FROM grid_workers WHERE grid_code >= ? AND grid_code < ? AND ended_on IS NULL GROUP BY role ORDER BY role',
      [lo, hi],
    ),
    ds.query('SELECT state AS k, COUNT(*) AS n FROM cases WHERE grid_code >= ? AND grid_code < ? GROUP BY state ORDER BY state', [lo, hi]),
  ]);
  const gridsByLevel = toKeyCounts(gridRows);
  const workersByRole = toKeyCounts(workerRows);
  const casesByState = toKeyCounts(caseRows);
  const sum = sumCounts;
  const cases = sum(casesByState);
  const closed = sum(casesByState, (k) => k === 'CLOSED' || k === 'RATED');
  return {
    grids: sum(gridsByLevel),
    gridsByLevel,
    workers: sum(workersByRole),
    workersByRole,
    cases,
    openCases: sum(casesByState, (k) => (OPEN_CASE_STATES as string[]).includes(k)),
    casesByState,
    closureRate: ratio(closed, cases),
  };
}
