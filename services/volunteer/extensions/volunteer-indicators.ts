import { ObjectType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { prefixRange } from '../../../shared/codes';
import { KeyCount, countByUnder, sumCounts, toKeyCounts } from '../../../shared/indicators';
import type { IndicatorClock } from '../../../shared/as-of';
import { dbDate } from '../../../shared/sql';
import { Out } from '../../../shared/output-fields';

@ObjectType({
  description:
    "志愿服务指标 the volunteer subgraph's indicators for a region, computed by code prefix. Hours and points count up to asOf and over the 30 days ending on it; teams, volunteers, wishes and needs are as on record now",
})
export class VolunteerIndicators {
  @Out.int('服务队数 volunteer teams')
  teams!: number;

  @Out.of(() => [KeyCount], '各类别服务队 teams by category')
  teamsByCategory!: KeyCount[];

  @Out.int('志愿者人数 registered volunteers')
  volunteers!: number;

  @Out.int('党员志愿者 volunteers who are party members (党员帮客)')
  partyMemberVolunteers!: number;

  @Out.float(
    '已核实服务时长 service hours verified by asOf; unverified hours never count (the unnamed city: 45,000 hours)',
  )
  verifiedHours!: number;

  @Out.float('近30天核实时长 service hours verified on the 30 days ending on asOf')
  verifiedHoursLast30Days!: number;

  @Out.int('微心愿总数 micro-wishes posted')
  wishes!: number;

  @Out.of(() => [KeyCount], '各状态微心愿 micro-wishes by state')
  wishesByState!: KeyCount[];

  @Out.int('已认领微心愿 wishes claimed (claimed, fulfilled or confirmed)')
  wishesClaimed!: number;

  @Out.int('已实现微心愿 wishes fulfilled (fulfilled or confirmed)')
  wishesFulfilled!: number;

  @Out.int('已对接需求 resident needs matched by a service project')
  needsMatched!: number;

  @Out.int('待对接需求 resident needs still unmatched')
  needsUnmatched!: number;

  @Out.int('发放积分 points issued for verified hours, up to asOf')
  pointsIssued!: number;

  @Out.int('兑换积分 points redeemed at the points shop, up to asOf')
  pointsRedeemed!: number;

  @Out.int('近30天发放积分 points issued on the 30 days ending on asOf')
  pointsIssuedLast30Days!: number;

  @Out.int('近30天兑换积分 points redeemed on the 30 days ending on asOf')
  pointsRedeemedLast30Days!: number;

  @Out.int('冲正积分 net points of reversing corrections (negative when earnings were taken back)')
  pointsCorrected!: number;

  @Out.int('积分结余 points outstanding on asOf: the sum of the ledger up to then')
  pointsOutstanding!: number;
}

/** Six GROUP BY / SUM statements on the region and grid code indexes; no row is touched in JavaScript. */
export async function computeVolunteerIndicators(
  ds: DataSource,
  prefix: string,
  clock: IndicatorClock,
): Promise<VolunteerIndicators> {
  const { lo, hi } = prefixRange(prefix);
  const p = [lo, hi];
  const at = dbDate(ds, clock.at);
  const from = dbDate(ds, clock.windowStart(30));
  const [teamsByCategory, volunteerRows, hourRows, wishesByState, needs, pointRows] =
    await Promise.all([
      countByUnder(ds, 'volunteer_teams', 'region_code', 'category', prefix),
      ds.query(
        'SELECT COUNT(*) AS n, COUNT(party_member_id) AS m FROM volunteers WHERE region_code >= ? AND region_code < ?',
        p,
      ),
      ds.query(
        `SELECT COALESCE(SUM(minutes), 0) AS n, COALESCE(SUM(CASE WHEN verified_at >= ? THEN minutes END), 0) AS recent
           FROM participations WHERE region_code >= ? AND region_code < ? AND state = 'VERIFIED' AND verified_at < ?`,
        [from, ...p, at],
      ),
      countByUnder(ds, 'micro_wishes', 'grid_code', 'state', prefix),
      countByUnder(ds, 'resident_needs', 'region_code', 'state', prefix),
      ds.query(
        `SELECT kind AS k, SUM(points) AS n, COALESCE(SUM(CASE WHEN created_at >= ? THEN points END), 0) AS recent
           FROM points_entries WHERE region_code >= ? AND region_code < ? AND created_at < ? GROUP BY kind ORDER BY kind`,
        [from, ...p, at],
      ),
    ]);
  const points = toKeyCounts(pointRows);
  const recent = (kind: string) =>
    Number(
      (pointRows as { k: string; recent: number | string }[]).find((r) => r.k === kind)?.recent ??
        0,
    );
  const is =
    (...keys: string[]) =>
    (k: string) =>
      keys.includes(k);
  return {
    teams: sumCounts(teamsByCategory),
    teamsByCategory,
    volunteers: Number(volunteerRows[0]?.n ?? 0),
    partyMemberVolunteers: Number(volunteerRows[0]?.m ?? 0),
    verifiedHours: Number(hourRows[0]?.n ?? 0) / 60,
    verifiedHoursLast30Days: Number(hourRows[0]?.recent ?? 0) / 60,
    wishes: sumCounts(wishesByState),
    wishesByState,
    wishesClaimed: sumCounts(wishesByState, is('CLAIMED', 'FULFILLED', 'CONFIRMED')),
    wishesFulfilled: sumCounts(wishesByState, is('FULFILLED', 'CONFIRMED')),
    needsMatched: sumCounts(needs, is('MATCHED')),
    needsUnmatched: sumCounts(needs, is('OPEN')),
    pointsIssued: sumCounts(points, is('EARN')),
    pointsRedeemed: 0 - sumCounts(points, is('REDEEM')),
    pointsIssuedLast30Days: recent('EARN'),
    pointsRedeemedLast30Days: 0 - recent('REDEEM'),
    pointsCorrected: sumCounts(points, is('REVERSAL')),
    pointsOutstanding: sumCounts(points),
  };
}
