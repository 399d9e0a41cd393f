import { ObjectType } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { prefixRange } from '../../../shared/codes';
import {
  KeyCount,
  countByUnder,
  countUnder,
  ratio,
  sumCounts,
  toKeyCounts,
} from '../../../shared/indicators';
import type { IndicatorClock } from '../../../shared/as-of';
import { Out } from '../../../shared/output-fields';

@ObjectType({
  description:
    "党建指标 the party subgraph's indicators for a region, computed by code prefix. Dual reports stand or not as of asOf; organisations, members and stations are as on record now",
})
export class PartyIndicators {
  @Out.int('党组织总数 organisations of every level')
  organizations!: number;

  @Out.of(() => [KeyCount], '各层级党组织 organisations by level')
  organizationsByLevel!: KeyCount[];

  @Out.int(
    '党员数 members whose organisation lies in the region (its own members); in-service members of organisations elsewhere who dual-report here are not in it but in dualReportingMembers',
  )
  members!: number;

  @Out.int(
    '服务本区域党员 members serving here: members plus dualReportingMembers, each person once; the total partyMembers(under:) lists for a region',
  )
  membersServing!: number;

  @Out.of(() => [KeyCount], '各状态党员 members by status')
  membersByStatus!: KeyCount[];

  @Out.int(
    "纳入网格管理党员 members of the region's organisations who are managed in one of its grids; never more than members (Binzhou: 61,000)",
  )
  membersUnderGridManagement!: number;

  @Out.int(
    "党员中心户 party-member centre households among the region's own members on its grids (the unnamed city: 1,444 for 319 grid branches; Baishan 6,704)",
  )
  centerHouseholds!: number;

  @Out.int('建有党支部的基础网格 basic grids with a grid branch')
  basicGridsWithBranch!: number;

  @Out.int(
    '基础网格数 basic grids (from the grid subgraph; null when not asked through the gateway)',
    { nullable: true },
  )
  basicGrids!: number | null;

  @Out.float('网格党支部覆盖率 basic grids with a branch over all basic grids', { nullable: true })
  branchCoverage!: number | null;

  @Out.int('党群服务中心/站 service centres and stations')
  serviceStations!: number;

  @Out.of(() => [KeyCount], '各类阵地 centres and stations by kind')
  serviceStationsByKind!: KeyCount[];

  @Out.int('阵地总面积 total floor area, m²')
  serviceFloorArea!: number;

  @Out.int('建有服务站的基础网格 basic grids with a service station')
  basicGridsWithStation!: number;

  @Out.float('服务站覆盖率 basic grids with a station over all basic grids (Binzhou 67.8%)', {
    nullable: true,
  })
  stationCoverage!: number | null;

  @Out.int(
    "双报到 dual reports standing on asOf (reported by then, not ended) to the region's communities, grids and buildings",
  )
  dualReports!: number;

  @Out.int(
    '在职党员双报到 in-service members of organisations elsewhere (industry committees, units) with a dual report (双报到) here standing on asOf: they serve here and are listed by partyMembers(under:) as DUAL_REPORTED; not in members (Yangquan: 36,000)',
  )
  dualReportingMembers!: number;

  @Out.of(
    () => [KeyCount],
    '各层级双报到 standing dual reports by target (COMMUNITY, GRID, BUILDING)',
  )
  dualReportsByTarget!: KeyCount[];

  @Out.of(() => [KeyCount], '各主体双报到 standing dual reports by reporter (MEMBER, UNIT)')
  dualReportsByReporter!: KeyCount[];

  @Out.int('党建联盟 alliances')
  alliances!: number;

  @Out.int('联盟成员单位 alliance memberships of units')
  allianceMemberUnits!: number;
}

/** GROUP BY / COUNT / SUM on the code indexes; `basicGrids` comes from the grid subgraph when the gateway passes it. */
export async function computePartyIndicators(
  ds: DataSource,
  code: string,
  basicGrids: number | null,
  clock: IndicatorClock,
): Promise<PartyIndicators> {
  const { lo, hi } = prefixRange(code);
  const p = [lo, hi];
  // A dual report stands on a day when it was made by then and had not ended (ended on that day: no longer).
  const standing = 'reported_on <= ? AND (ended_on IS NULL OR ended_on > ?)';
  const on = [clock.day, clock.day];
  const n = (rows: Record<string, unknown>[], key = 'n') => Number(rows[0]?.[key] ?? 0);
  const [
    organizationsByLevel,
    membersByStatus,
    gridMemberRows,
    branchRows,
    stationRows,
    stationGridRows,
    reportRows,
    alliances,
    allianceMemberUnits,
  ] = await Promise.all([
    countByUnder(ds, 'party_organizations', 'region_code', 'level', code),
    countByUnder(ds, 'party_members', 'region_code', 'status', code),
    // Only the region's own members: an in-service member of a city-level committee living here is counted under dualReportingMembers.
    ds.query(
      `SELECT COUNT(*) AS n, SUM(CASE WHEN center_household = 1 THEN 1 ELSE 0 END) AS c FROM party_members
       WHERE grid_code >= ? AND grid_code < ? AND region_code >= ? AND region_code < ?`,
      [...p, ...p],
    ),
    ds.query(
      "SELECT COUNT(DISTINCT grid_code) AS n FROM party_organizations WHERE grid_code >= ? AND grid_code < ? AND level = 'GRID_BRANCH' AND grid_kind = 'RESIDENTIAL'",
      p,
    ),
    ds.query(
      'SELECT kind AS k, COUNT(*) AS n, SUM(floor_area) AS a FROM party_service_stations WHERE region_code >= ? AND region_code < ? GROUP BY kind ORDER BY kind',
      p,
    ),
    ds.query(
      "SELECT COUNT(DISTINCT grid_code) AS n FROM party_service_stations WHERE grid_code >= ? AND grid_code < ? AND grid_kind = 'RESIDENTIAL'",
      p,
    ),
    ds.query(
      `SELECT target AS t, reporter_kind AS r, COUNT(*) AS n FROM party_dual_reports WHERE region_code >= ? AND region_code < ? AND ${standing} GROUP BY target, reporter_kind`,
      [...p, ...on],
    ),
    countUnder(ds, 'party_alliances', 'region_code', code),
    countUnder(ds, 'party_alliance_members', 'region_code', code),
  ]);
  const [reporting] = await ds.query(
    `SELECT COUNT(DISTINCT r.member_id) AS n FROM party_dual_reports r JOIN party_members m ON m.id = r.member_id
      WHERE r.region_code >= ? AND r.region_code < ? AND r.reported_on <= ? AND (r.ended_on IS NULL OR r.ended_on > ?)
        AND r.member_id IS NOT NULL AND NOT (m.region_code >= ? AND m.region_code < ?)`,
    [...p, ...on, ...p],
  );
  const serviceStationsByKind = toKeyCounts(stationRows);
  const regroup = (key: 't' | 'r') => {
    const m = new Map<string, number>();
    for (const row of reportRows)
      m.set(String(row[key]), (m.get(String(row[key])) ?? 0) + Number(row.n));
    return [...m].sort(([a], [b]) => a.localeCompare(b)).map(([k, c]) => ({ key: k, count: c }));
  };
  const dualReportsByTarget = regroup('t');
  const basicGridsWithBranch = n(branchRows);
  const basicGridsWithStation = n(stationGridRows);
  return {
    organizations: sumCounts(organizationsByLevel),
    organizationsByLevel,
    members: sumCounts(membersByStatus),
    membersServing: sumCounts(membersByStatus) + Number(reporting?.n ?? 0),
    membersByStatus,
    membersUnderGridManagement: n(gridMemberRows),
    centerHouseholds: n(gridMemberRows, 'c'),
    basicGridsWithBranch,
    basicGrids,
    branchCoverage: basicGrids == null ? null : ratio(basicGridsWithBranch, basicGrids),
    serviceStations: sumCounts(serviceStationsByKind),
    serviceStationsByKind,
    serviceFloorArea: stationRows.reduce((a: number, r: { a: unknown }) => a + Number(r.a ?? 0), 0),
    basicGridsWithStation,
    stationCoverage: basicGrids == null ? null : ratio(basicGridsWithStation, basicGrids),
    dualReports: sumCounts(dualReportsByTarget),
    dualReportsByTarget,
    dualReportsByReporter: regroup('r'),
    dualReportingMembers: Number(reporting?.n ?? 0),
    alliances,
    allianceMemberUnits,
  };
}
