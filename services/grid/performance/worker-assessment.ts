import { Field, ObjectType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { jurisdictionRange } from '../../../shared/codes';
import { dbDate } from '../../../shared/sql';
import { Place } from '../../../shared/auth/policy';
import { PersonalData } from '../../../shared/personal-data';
import { type PageArgs, type Page, PageOf } from '../../../shared/pagination';
import { Out } from '../../../shared/output-fields';

/** 量化+闭环: a full-time grid worker answers for the cases of their grid (一格一员). */
@Place('gridCode')
@ObjectType({
  description:
    "网格员量化考核（量化+闭环） a full-time grid worker's score for a period, from the cases collected on their grid by patrol and closed off on time (the unnamed city's 1122 method)",
})
export class GridWorkerAssessment {
  @Out.id('网格员编号 the grid worker')
  workerId!: string;

  @PersonalData('name')
  @Field({ description: '姓名 name' })
  name!: string;

  @Out.text("网格编码 the worker's grid")
  gridCode!: string;

  @Out.int('巡查收集 cases collected on patrol (巡查) in the period')
  collected!: number;

  @Out.int('销号 cases closed off (销号) in the period')
  closed!: number;

  @Out.int('按时销号 of those, closed within the deadlines of the local loop')
  closedOnTime!: number;

  @Out.int("超期未办结 cases of the grid open past their stage's deadline now")
  overdueOpen!: number;

  @Out.float('群众满意度 average satisfaction of the cases closed in the period', {
    nullable: true,
  })
  averageSatisfaction!: number | null;

  @Out.int('量化积分 score = collected + 2 × closed on time − 2 × overdue open')
  score!: number;

  @Out.int('排名 rank in the region by score')
  rank!: number;
}

export const GridWorkerAssessmentPage = PageOf(
  GridWorkerAssessment,
  '网格员考核分页 a page of grid worker assessments, best first',
);

/** One statement: per serving full-time worker, scalar counts over their grid's cases on the grid code index, scored and ranked by window functions. */
export async function assessGridWorkers(
  ds: DataSource,
  prefix: string,
  from: Date,
  to: Date,
  now: Date,
  onTimeSeconds: number,
  page: PageArgs,
): Promise<Page<GridWorkerAssessment>> {
  // cut to the caller's jurisdiction, and empty for a role whose scope does not open GridWorkerAssessment rows (shared/auth/role-scope)
  const { lo, hi } = jurisdictionRange(prefix, 'GridWorkerAssessment');
  const [f, t, n] = [dbDate(ds, from), dbDate(ds, to), dbDate(ds, now)];
  const closedIn = 'c.grid_code = w.grid_code AND c.closed_at >= ? AND c.closed_at < ?';
  const sql = `SELECT s.*, s.collected + 2 * s.closed_on_time - 2 * s.overdue_open AS score,
      RANK() OVER (ORDER BY s.collected + 2 * s.closed_on_time - 2 * s.overdue_open DESC) AS rnk, COUNT(*) OVER () AS total
    FROM (SELECT w.id AS id, w.name AS name, w.grid_code AS grid_code,
      (SELECT COUNT(*) FROM cases c WHERE c.grid_code = w.grid_code AND c.source = 'PATROL' AND c.reported_at >= ? AND c.reported_at < ?) AS collected,
      (SELECT COUNT(*) FROM cases c WHERE ${closedIn}) AS closed,
      (SELECT COUNT(*) FROM cases c WHERE ${closedIn} AND c.closed_after_seconds <= ?) AS closed_on_time,
      (SELECT COUNT(*) FROM cases c WHERE c.grid_code = w.grid_code AND c.state NOT IN ('CLOSED', 'RATED') AND c.due_at < ?) AS overdue_open,
      (SELECT AVG(c.satisfaction) FROM cases c WHERE ${closedIn}) AS satisfaction
      FROM grid_workers w WHERE w.grid_code >= ? AND w.grid_code < ? AND w.ended_on IS NULL AND w.role = 'FULL_TIME') s
    ORDER BY rnk, s.id LIMIT ? OFFSET ?`;
  const rows = await ds.query(sql, [
    f,
    t,
    f,
    t,
    f,
    t,
    onTimeSeconds,
    n,
    f,
    t,
    lo,
    hi,
    page.limit,
    page.offset,
  ]);
  const items = rows.map((r: Record<string, unknown>) =>
    Object.assign(new GridWorkerAssessment(), {
      workerId: String(r.id),
      name: String(r.name),
      gridCode: String(r.grid_code),
      collected: Number(r.collected),
      closed: Number(r.closed),
      closedOnTime: Number(r.closed_on_time),
      overdueOpen: Number(r.overdue_open),
      averageSatisfaction: r.satisfaction == null ? null : Number(r.satisfaction),
      score: Number(r.score),
      rank: Number(r.rnk),
    }),
  );
  const total = rows.length ? Number(rows[0].total) : 0;
  return {
    items,
    totalCount: total,
    limit: page.limit,
    offset: page.offset,
    hasMore: page.offset + items.length < total,
  };
}
