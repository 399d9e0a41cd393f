import { ObjectType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { prefixRange } from '../../../shared/codes';
import { KeyCount, toKeyCounts } from '../../../shared/indicators';
import type { IndicatorClock } from '../../../shared/as-of';
import { Out } from '../../../shared/output-fields';

@ObjectType({
  description:
    '考核督办指标 who is responsible and did they deliver: the accountability indicators of a region, computed by code prefix in the accountability database. Serving first secretaries and recent visits follow asOf; the other counts are of the records on file now',
})
export class AccountabilityIndicators {
  @Out.int('书记项目 secretary projects claimed (书记项目, 领办)')
  secretaryProjects!: number;

  @Out.of(
    () => [KeyCount],
    '按层级 secretary projects per level (CITY, DISTRICT, STREET, COMMUNITY)',
  )
  projectsByLevel!: KeyCount[];

  @Out.int('已完成项目 projects completed')
  projectsCompleted!: number;

  @Out.int('项目解决问题 problems solved by secretary projects')
  problemsSolvedByProjects!: number;

  @Out.float('平均点评得分 average review score; null without reviews', { nullable: true })
  averageReviewScore!: number | null;

  @Out.int(
    '在任第一书记 first secretaries whose term includes asOf (第一书记; Baishan: 30 cadres in 10 communities)',
  )
  firstSecretaries!: number;

  @Out.int('包保责任 package responsibilities (包保)')
  packageResponsibilities!: number;

  @Out.int('包保小区 packaged old or abandoned compounds')
  packagedCompounds!: number;

  @Out.int('包保单体楼 packaged single buildings')
  packagedSingleBuildings!: number;

  @Out.int(
    '近30天走访 package visits on the 30 days ending on asOf (asOf and the 29 days before it)',
  )
  packageVisitsLast30Days!: number;

  @Out.int('共建协议 co-building agreements signed (契约化共建)')
  coBuildingAgreements!: number;

  @Out.int('已考评协议 agreements assessed at the year end')
  agreementsAssessed!: number;

  @Out.float('平均考评得分 average year-end score; null before any assessment', { nullable: true })
  averageAssessmentScore!: number | null;

  @Out.int('准入申请 task admission requests (社区事务准入)')
  taskRequests!: number;

  @Out.int('准入事项 tasks admitted')
  tasksAdmitted!: number;

  @Out.int('不予准入 tasks refused')
  tasksRefused!: number;

  @Out.int('接待次数 receptions by 两代表一委员')
  receptions!: number;

  @Out.int('收集问题 problems raised at receptions')
  receptionProblemsRaised!: number;

  @Out.int('解决问题 problems solved from receptions')
  receptionProblemsSolved!: number;
}

/** Two aggregate statements on the code indexes (one row of scalar subqueries, one per level); no row is looped over in JavaScript. */
export async function computeAccountabilityIndicators(
  ds: DataSource,
  prefix: string,
  clock: IndicatorClock,
): Promise<AccountabilityIndicators> {
  const { lo, hi } = prefixRange(prefix);
  const on = clock.day;
  const from = clock.firstDay(30);
  const under = (t: string, c: string, extra = '') =>
    `FROM ${t} WHERE ${c} >= ? AND ${c} < ?${extra}`;
  const parts: [string, unknown[]][] = [
    [`SELECT COUNT(*) ${under('secretary_projects', 'region_code')}`, []],
    [
      `SELECT COUNT(*) ${under('secretary_projects', 'region_code', " AND status = 'COMPLETED'")}`,
      [],
    ],
    [`SELECT COALESCE(SUM(problems_solved), 0) ${under('secretary_projects', 'region_code')}`, []],
    [`SELECT AVG(score) ${under('project_reviews', 'region_code')}`, []],
    [
      `SELECT COUNT(*) ${under('first_secretary_assignments', 'community_code', ' AND term_start <= ? AND term_end >= ?')}`,
      [on, on],
    ],
    [`SELECT COUNT(*) ${under('package_responsibilities', 'grid_code')}`, []],
    [
      `SELECT COUNT(*) ${under('package_responsibilities', 'grid_code', " AND target = 'COMPOUND'")}`,
      [],
    ],
    [
      `SELECT COUNT(*) ${under('package_visits', 'grid_code', ' AND visited_on >= ? AND visited_on <= ?')}`,
      [from, on],
    ],
    [`SELECT COUNT(*) ${under('co_building_agreements', 'region_code')}`, []],
    [
      `SELECT COUNT(*) ${under('co_building_agreements', 'region_code', " AND stage = 'ASSESSED'")}`,
      [],
    ],
    [`SELECT AVG(assessment_score) ${under('co_building_agreements', 'region_code')}`, []],
    [`SELECT COUNT(*) ${under('task_admissions', 'district_code')}`, []],
    [
      `SELECT COUNT(*) ${under('task_admissions', 'district_code', " AND status = 'ADMITTED'")}`,
      [],
    ],
    [`SELECT COUNT(*) ${under('task_admissions', 'district_code', " AND status = 'REFUSED'")}`, []],
    [`SELECT COUNT(*) ${under('receptions', 'community_code')}`, []],
    [`SELECT COALESCE(SUM(problems_raised), 0) ${under('receptions', 'community_code')}`, []],
    [`SELECT COALESCE(SUM(problems_solved), 0) ${under('receptions', 'community_code')}`, []],
  ];
  const sql = `SELECT ${parts.map(([q], i) => `(${q}) AS v${i}`).join(', ')}`;
  const [row] = await ds.query(
    sql,
    parts.flatMap(([, extra]) => [lo, hi, ...extra]),
  );
  const levels = await ds.query(
    `SELECT level AS k, COUNT(*) AS n ${under('secretary_projects', 'region_code')} GROUP BY level ORDER BY level`,
    [lo, hi],
  );
  const v = (i: number) => Number(row[`v${i}`] ?? 0);
  const avg = (i: number) => (row[`v${i}`] == null ? null : Number(row[`v${i}`]));
  return {
    secretaryProjects: v(0),
    projectsByLevel: toKeyCounts(levels),
    projectsCompleted: v(1),
    problemsSolvedByProjects: v(2),
    averageReviewScore: avg(3),
    firstSecretaries: v(4),
    packageResponsibilities: v(5),
    packagedCompounds: v(6),
    packagedSingleBuildings: v(5) - v(6),
    packageVisitsLast30Days: v(7),
    coBuildingAgreements: v(8),
    agreementsAssessed: v(9),
    averageAssessmentScore: avg(10),
    taskRequests: v(11),
    tasksAdmitted: v(12),
    tasksRefused: v(13),
    receptions: v(14),
    receptionProblemsRaised: v(15),
    receptionProblemsSolved: v(16),
  };
}
