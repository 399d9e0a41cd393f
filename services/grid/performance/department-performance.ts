import { ObjectType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { jurisdictionRange } from '../../../shared/codes';
import { dbDate } from '../../../shared/sql';
import { hoursBetween } from './hours-sql';
import { Out } from '../../../shared/output-fields';

@ObjectType({
  description:
    "吹哨报到考核 how one department answered the whistle in a region and period (Changchun's streets assess the departments' staff posted to them)",
})
export class DepartmentPerformance {
  @Out.text('部门代码 department code')
  departmentCode!: string;

  @Out.text('部门 department name')
  departmentName!: string;

  @Out.int('吹哨派单 cases dispatched to it (吹哨)')
  dispatched!: number;

  @Out.int('按时报到 dispatches it checked in to (报到) within the deadline')
  checkedInOnTime!: number;

  @Out.int('超时报到 dispatches checked in late, or not yet checked in past the deadline')
  overdue!: number;

  @Out.int('退回 cases it returned to the command centre as not its own')
  returned!: number;

  @Out.int('办结 cases it resolved')
  resolved!: number;

  @Out.float(
    '报到用时中位数(小时) median hours from dispatch to check-in; null without check-ins',
    { nullable: true },
  )
  medianHoursToCheckIn!: number | null;

  @Out.float('群众满意度 average satisfaction (1–5) of its dispatched cases that were rated', {
    nullable: true,
  })
  averageSatisfaction!: number | null;

  @Out.int(
    '排名 rank: on-time check-in rate, then cases resolved; departments without dispatches come last',
  )
  rank!: number;
}

/**
 * One statement: each dispatch paired with the first check-in after it (before any re-dispatch),
 * counted, timed against the DISPATCHED deadline, its median taken with window functions, and
 * ranked; every department appears, with zeros when nothing was dispatched to it.
 */
export async function computeDepartmentPerformance(
  ds: DataSource,
  prefix: string,
  from: Date,
  to: Date,
  asOf: Date,
  deadlineHours: number,
): Promise<DepartmentPerformance[]> {
  // cut to the caller's jurisdiction, and empty for a role whose scope does not open DepartmentPerformance rows (shared/auth/role-scope)
  const { lo, hi } = jurisdictionRange(prefix, 'DepartmentPerformance');
  const window = [lo, hi, dbDate(ds, from), dbDate(ds, to)];
  const inWindow =
    'e.department_id IS NOT NULL AND c.grid_code >= ? AND c.grid_code < ? AND e.at >= ? AND e.at < ?';
  const sql = `WITH d AS (
      SELECT e.department_id AS dept, e.case_id AS case_id, e.at AS sent,
        (SELECT MIN(x.at) FROM case_events x WHERE x.case_id = e.case_id AND x.action = 'checkIn' AND x.at >= e.at
          AND NOT EXISTS (SELECT 1 FROM case_events n WHERE n.case_id = e.case_id AND n.action = 'dispatch' AND n.at > e.at AND n.at <= x.at)) AS came
      FROM case_events e JOIN cases c ON c.id = e.case_id WHERE e.action = 'dispatch' AND ${inWindow}),
    h AS (SELECT dept, case_id, ${hoursBetween(ds, 'sent', 'came')} AS hours, ${hoursBetween(ds, 'sent', '?')} AS waited FROM d),
    agg AS (SELECT dept, COUNT(*) AS dispatched,
        SUM(CASE WHEN hours IS NOT NULL AND hours <= ? THEN 1 ELSE 0 END) AS on_time,
        SUM(CASE WHEN (hours IS NOT NULL AND hours > ?) OR (hours IS NULL AND waited > ?) THEN 1 ELSE 0 END) AS overdue
      FROM h GROUP BY dept),
    r AS (SELECT dept, hours, ROW_NUMBER() OVER (PARTITION BY dept ORDER BY hours) AS rn, COUNT(*) OVER (PARTITION BY dept) AS n FROM h WHERE hours IS NOT NULL),
    med AS (SELECT dept, AVG(hours) AS median FROM r WHERE 2 * rn IN (n, n + 1, n + 2) GROUP BY dept),
    ret AS (SELECT e.department_id AS dept, SUM(CASE WHEN e.action = 'returnToCentre' THEN 1 ELSE 0 END) AS returned,
        SUM(CASE WHEN e.action = 'resolve' THEN 1 ELSE 0 END) AS resolved
      FROM case_events e JOIN cases c ON c.id = e.case_id WHERE e.action IN ('returnToCentre', 'resolve') AND ${inWindow} GROUP BY e.department_id),
    sat AS (SELECT x.dept, AVG(c.satisfaction) AS satisfaction FROM (SELECT DISTINCT dept, case_id FROM d) x JOIN cases c ON c.id = x.case_id
      WHERE c.satisfaction IS NOT NULL GROUP BY x.dept),
    t AS (SELECT dp.code AS code, dp.name AS name, COALESCE(agg.dispatched, 0) AS dispatched, COALESCE(agg.on_time, 0) AS on_time,
        COALESCE(agg.overdue, 0) AS overdue, COALESCE(ret.returned, 0) AS returned, COALESCE(ret.resolved, 0) AS resolved, med.median AS median, sat.satisfaction AS satisfaction
      FROM departments dp LEFT JOIN agg ON agg.dept = dp.id LEFT JOIN med ON med.dept = dp.id LEFT JOIN ret ON ret.dept = dp.id LEFT JOIN sat ON sat.dept = dp.id)
    SELECT t.*, RANK() OVER (ORDER BY CASE WHEN dispatched = 0 THEN 1 ELSE 0 END, on_time * 1.0 / NULLIF(dispatched, 0) DESC, resolved DESC) AS rnk
    FROM t ORDER BY rnk, code`;
  const rows = await ds.query(sql, [
    ...window,
    dbDate(ds, asOf),
    deadlineHours,
    deadlineHours,
    deadlineHours,
    ...window,
  ]);
  return rows.map((r: Record<string, unknown>) => ({
    departmentCode: String(r.code),
    departmentName: String(r.name),
    dispatched: Number(r.dispatched),
    checkedInOnTime: Number(r.on_time),
    overdue: Number(r.overdue),
    returned: Number(r.returned),
    resolved: Number(r.resolved),
    medianHoursToCheckIn: r.median == null ? null : Number(r.median),
    averageSatisfaction: r.satisfaction == null ? null : Number(r.satisfaction),
    rank: Number(r.rnk),
  }));
}
