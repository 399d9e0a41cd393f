/**
 * The party organisation laid over the demo geography, in the seeds' proportions:
 * Binzhou (1,423 grid branches, 3,407 building groups, 61,000 members under grid management,
 * 895 stations = 67.8% coverage), the unnamed city (1,444 centre households for 319 branches,
 * about 4.5 a branch; 16 大工委 + 122 联合党委 with 498 part-time members), Yangquan (600 units, 36,000 in-service
 * members reporting) and Baishan (158 alliances, 1,337 member units). Ids are 1..N in order.
 */
import type { DemoCityBase } from '../../shared/demo/base';
import type { GridRow, RegionRow } from '../../shared/demo/geography';
import type { Rng } from '../../shared/demo/random';
import { isoDay, laterDay } from '../../shared/demo/clock';
import type { Person, PersonRegistry } from '../../shared/demo/people';
import type { PartyDemoRefs, PartyMemberRef } from '../../shared/demo/contracts';
import { companyName, unitName } from '../../shared/demo/names';
import type { SeedRow } from '../../shared/seed-writer';
import type { PartyOrganization } from './organization/organization.entity';
import type { PartyMember } from './member/member.entity';
import type { PartyMemberTransfer } from './member/member-transfer.entity';
import type { PartyUnit } from './dual-report/unit.entity';
import type { DualReport } from './dual-report/dual-report.entity';
import type {
  JointCommitteeMember,
  PartyAlliance,
  PartyAllianceMember,
} from './alliance/alliance.entity';
import type { ServiceStation } from './station/station.entity';

export type PartyOrganizationSeed = SeedRow<
  PartyOrganization,
  | 'id'
  | 'name'
  | 'level'
  | 'parentId'
  | 'path'
  | 'regionCode'
  | 'gridCode'
  | 'gridKind'
  | 'buildingLabel'
  | 'secretary'
>;
export type PartyMemberSeed = SeedRow<
  PartyMember,
  | 'id'
  | 'name'
  | 'phone'
  | 'address'
  | 'organizationId'
  | 'status'
  | 'centerHousehold'
  | 'gridCode'
  | 'regionCode'
  | 'joinedOn'
> & { personId: number };
export type PartyUnitSeed = SeedRow<PartyUnit, 'id' | 'name' | 'kind' | 'regionCode'>;
export type PartyTransferSeed = SeedRow<
  PartyMemberTransfer,
  | 'id'
  | 'memberId'
  | 'fromOrganizationId'
  | 'toOrganizationId'
  | 'fromRegionCode'
  | 'toRegionCode'
  | 'reason'
  | 'transferredOn'
  | 'note'
>;
export type DualReportSeed = SeedRow<
  DualReport,
  | 'id'
  | 'reporterKind'
  | 'memberId'
  | 'unitId'
  | 'target'
  | 'regionCode'
  | 'gridCode'
  | 'buildingLabel'
  | 'reportedOn'
  | 'endedOn'
  | 'offers'
>;
export type AllianceSeed = SeedRow<
  PartyAlliance,
  'id' | 'name' | 'regionCode' | 'leadOrganizationId' | 'foundedOn'
>;
export type AllianceMemberSeed = SeedRow<
  PartyAllianceMember,
  | 'id'
  | 'allianceId'
  | 'unitId'
  | 'regionCode'
  | 'joinedOn'
  | 'coBuilding'
  | 'resourceSharing'
  | 'affairsConsultation'
  | 'talentDevelopment'
>;
export type JointMemberSeed = SeedRow<
  JointCommitteeMember,
  'id' | 'organizationId' | 'unitId' | 'name' | 'position' | 'regionCode'
>;
export type StationSeed = SeedRow<
  ServiceStation,
  'id' | 'name' | 'kind' | 'regionCode' | 'gridCode' | 'gridKind' | 'floorArea' | 'openedOn'
>;
export interface PartyDemo extends PartyDemoRefs {
  organizations: PartyOrganizationSeed[];
  members: PartyMemberSeed[];
  units: PartyUnitSeed[];
  transfers: PartyTransferSeed[];
  dualReports: DualReportSeed[];
  alliances: AllianceSeed[];
  allianceMembers: AllianceMemberSeed[];
  jointCommitteeMembers: JointMemberSeed[];
  stations: StationSeed[];
  /** Grids whose head (网格长) is their branch's secretary: the same person in both domains. */
  gridHeads: Map<string, Person>;
}

/** Seed ratios; `demo` keeps the shape with a few hundred members. */
const RATIO = {
  branchCoverage: 0.975,
  dedicatedBranches: 0.8,
  buildingsPerGroup: 5.4,
  stationCoverage: 0.678,
  // The unnamed city: 1,444 centre households for 319 grid branches.
  centerHouseholdsPerBranch: 1444 / 319,
  statuses: [
    ['RESIDENT', 48],
    ['RETIRED', 44],
    ['IN_SERVICE', 8],
  ] as const,
  inGroup: 0.6,
  streetJoint: 0.5,
  communityJoint: 0.15,
  streetAlliance: 0.8,
  communityAlliance: 0.55,
  relocated: 0.01,
};
const SIZE = {
  demo: {
    perHousehold: 0.04,
    inService: 60,
    units: 12,
    enterprises: 6,
    retirees: 20,
    communityStaff: 2,
    allianceUnits: [2, 5],
  },
  city: {
    perHousehold: 0.095,
    inService: 11000,
    units: 300,
    enterprises: 60,
    retirees: 600,
    communityStaff: 6,
    allianceUnits: [4, 12],
  },
} as const;

const INDUSTRIES = [
  ['ORGAN', '直属机关工作委员会'],
  ['STATE_OWNED', '国资委委员会'],
  ['INSTITUTION', '教育和卫生健康系统委员会'],
  ['NON_PUBLIC', '非公有制经济组织和社会组织工作委员会'],
  ['PROPERTY', '物业服务行业委员会'],
] as const;
const MEMBER_OFFERS =
  '政策宣讲 法律咨询 义诊 家电维修 课业辅导 心理疏导 文艺演出 垃圾分类督导 治安巡逻 助老陪护 义务理发 摄影摄像'.split(
    ' ',
  );
const UNIT_OFFERS =
  '活动场地 会议室 资金支持 志愿服务队 物资捐赠 公务车辆 医疗资源 法律服务 就业岗位 图书捐赠 技能培训'.split(
    ' ',
  );
const LISTS = {
  coBuilding: '联合主题党日 结对共建支部 共上党课 联合组织生活会'.split(' '),
  resourceSharing: '活动场地 会议室 食堂 停车位 图书室 车辆'.split(' '),
  affairsConsultation: '老旧小区改造 停车难 物业纠纷 垃圾分类 文明创建 疫情防控'.split(' '),
  talentDevelopment: '党务培训 青年干部挂职 志愿者培训 社工实训'.split(' '),
};
const POSITIONS = '党委书记 党委副书记 党支部书记 党组成员 机关党委专职副书记'.split(' ');

const seg = (id: number) => String(id).padStart(8, '0');
const DAY = 86400000;
/** A day between two yyyy-mm-dd days, both inclusive. */
const dayIn = (rng: Rng, from: string, to: string): string =>
  isoDay(
    new Date(
      Date.parse(from) +
        rng.int(0, Math.max(0, Math.round((Date.parse(to) - Date.parse(from)) / DAY))) * DAY,
    ),
  );
/** min..max distinct items: a partial Fisher–Yates, so small picks from a pool cost only what they take. */
function some<T>(rng: Rng, pool: readonly T[], min: number, max: number): T[] {
  const xs = [...pool];
  const k = Math.min(xs.length, rng.int(min, max));
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rng.next() * (xs.length - i));
    [xs[i], xs[j]] = [xs[j], xs[i]];
  }
  return xs.slice(0, k);
}
/** Exactly round(share × n) items, chosen at random: proportions hold exactly at every size. */
const share = <T>(rng: Rng, items: T[], p: number): Set<T> =>
  new Set(rng.shuffle([...items]).slice(0, Math.round(items.length * p)));

function unitKind(name: string): PartyUnitSeed['kind'] {
  if (/局|委员会|法院|检察院|档案馆|图书馆|支队/.test(name)) return 'ORGAN';
  if (/中学|小学|医院|中心|保健院/.test(name)) return 'INSTITUTION';
  return 'STATE_OWNED';
}

export function generateParty(city: DemoCityBase, people: PersonRegistry, rng: Rng): PartyDemo {
  const geo = city.geography;
  const today = isoDay(city.now);
  const size = SIZE[geo.size === 'demo' ? 'demo' : 'city'];
  const out: PartyDemo = {
    organizations: [],
    members: [],
    units: [],
    enterpriseOrganizationIds: [],
    transfers: [],
    dualReports: [],
    alliances: [],
    allianceMembers: [],
    jointCommitteeMembers: [],
    stations: [],
    gridHeads: new Map(),
  };
  const names = rng.fork('names');
  /** A day in [from, to] that is never after the city's now. */
  const date = (r: Rng, from: number | string, to: number | string) =>
    dayIn(
      r,
      typeof from === 'number' ? `${from}-01-01` : from,
      [typeof to === 'number' ? `${to}-12-28` : to, today].sort()[0],
    );
  type Level = PartyOrganizationSeed['level'];
  const org = (
    name: string,
    level: Level,
    parent: PartyOrganizationSeed | null,
    regionCode: string,
    grid?: GridRow,
    buildingLabel: string | null = null,
  ) => {
    const id = out.organizations.length + 1;
    const row: PartyOrganizationSeed = {
      id,
      name,
      level,
      parentId: parent?.id ?? null,
      path: (parent?.path ?? '') + seg(id),
      regionCode,
      gridCode: grid?.code ?? null,
      gridKind: grid ? (grid.level === 'DEDICATED' ? 'DEDICATED' : 'RESIDENTIAL') : null,
      buildingLabel,
      secretary: null,
    };
    out.organizations.push(row);
    return row;
  };
  const member = (
    o: PartyOrganizationSeed,
    status: PartyMemberRef['status'],
    gridCode: string | null,
    address: string | null,
  ) => {
    const joinedOn =
      status === 'RETIRED'
        ? date(rng, 1965, 2000)
        : status === 'RESIDENT'
          ? date(rng, 1975, 2022)
          : date(rng, 1995, 2024);
    const p = people.create();
    const row: PartyMemberSeed = {
      id: out.members.length + 1,
      personId: p.id,
      name: p.name,
      phone: p.phone,
      address,
      organizationId: o.id,
      status,
      centerHousehold: false,
      gridCode,
      regionCode: o.regionCode,
      joinedOn,
    };
    out.members.push(row);
    return row;
  };
  // A secretary is one of the organisation's own members (or, for committees without members here, a new person).
  const secretaryOf = (o: PartyOrganizationSeed, own: PartyMemberSeed[]): Person => {
    const m = own.length ? own[0] : null;
    const p = m ? people.byId(m.personId) : people.create();
    o.secretary = p.name;
    return p;
  };
  const childrenOf = new Map<string, RegionRow[]>();
  for (const r of geo.regions)
    if (r.parentCode) childrenOf.set(r.parentCode, [...(childrenOf.get(r.parentCode) ?? []), r]);
  const gridsOf = new Map<string, GridRow[]>();
  for (const g of geo.grids) gridsOf.set(g.regionCode, [...(gridsOf.get(g.regionCode) ?? []), g]);
  const basics = geo.grids.filter((g) => g.level === 'BASIC');
  const branchGrids = new Set([
    ...share(rng, basics, RATIO.branchCoverage),
    ...share(
      rng,
      geo.grids.filter((g) => g.level === 'DEDICATED'),
      RATIO.dedicatedBranches,
    ),
  ]);
  const stationGrids = share(rng, basics, RATIO.stationCoverage);
  const communityCommittee = new Map<string, PartyOrganizationSeed>();
  const grassroots: PartyMemberSeed[] = [];

  for (const cityCode of geo.cityCodes) {
    const city = geo.regions.find((r) => r.code === cityCode)!;
    const cityOrg = org(`中共${city.name}委员会`, 'CITY_COMMITTEE', null, city.code);
    secretaryOf(cityOrg, []);
    const industry = new Map(
      INDUSTRIES.map(([k, n]) => [k, org(`中共${city.name}${n}`, 'INDUSTRY', cityOrg, city.code)]),
    );
    for (const o of industry.values()) secretaryOf(o, []);
    const districts = childrenOf.get(city.code) ?? [];
    for (const d of districts) {
      const dOrg = org(`中共${d.name}委员会`, 'DISTRICT_COMMITTEE', cityOrg, d.code);
      secretaryOf(dOrg, []);
      for (const s of childrenOf.get(d.code) ?? []) {
        const sOrg = org(`中共${s.name}工作委员会`, 'STREET_WORKING_COMMITTEE', dOrg, s.code);
        secretaryOf(sOrg, []);
        if (rng.chance(RATIO.streetJoint))
          secretaryOf(org(`${s.name}"大工委"`, 'JOINT_COMMITTEE', sOrg, s.code), []);
        for (const c of childrenOf.get(s.code) ?? []) {
          const cOrg = org(`中共${c.name}委员会`, 'COMMUNITY_COMMITTEE', sOrg, c.code);
          communityCommittee.set(c.code, cOrg);
          if (rng.chance(RATIO.communityJoint))
            secretaryOf(org(`${c.name}"联合党委"`, 'JOINT_COMMITTEE', cOrg, c.code), []);
          const staff = Array.from({ length: size.communityStaff }, () =>
            member(cOrg, 'RESIDENT', null, null),
          );
          grassroots.push(...staff);
          secretaryOf(cOrg, staff);
          for (const g of gridsOf.get(c.code) ?? []) if (branchGrids.has(g)) buildBranch(g, cOrg);
        }
      }
    }
    // Enterprises for property companies hang under the property industry committee.
    const districtCodes = districts.map((d) => d.code);
    const used = new Set<string>();
    for (let i = 0; i < size.enterprises; i++) {
      let name = companyName(names, city.name);
      for (let k = 2; used.has(name); k++)
        name = `${companyName(names, city.name)}${k > 5 ? k : ''}`;
      used.add(name);
      const e = org(
        `${name}党支部`,
        'ENTERPRISE',
        industry.get('PROPERTY')!,
        rng.pick(districtCodes),
      );
      out.enterpriseOrganizationIds.push(e.id);
      secretaryOf(
        e,
        Array.from({ length: rng.int(3, 12) }, () => member(e, 'IN_SERVICE', null, null)),
      );
    }
    // The retired miners of the seeds (阳煤集团): still in the group's committee, waiting to move to a community.
    const mine = org(
      `${city.name.replace(/市$/, '')}矿业集团有限公司委员会`,
      'ENTERPRISE',
      industry.get('STATE_OWNED')!,
      rng.pick(districtCodes),
    );
    secretaryOf(
      mine,
      Array.from({ length: size.retirees }, () => member(mine, 'RETIRED', null, null)),
    );
    buildUnitsAndReports(city, districtCodes, industry);
  }

  function buildBranch(g: GridRow, cOrg: PartyOrganizationSeed) {
    const branch = org(
      `${g.name.replace(/专属网格$/, '')}党支部`,
      'GRID_BRANCH',
      cOrg,
      g.regionCode,
      g,
    );
    const groups = Math.max(
      1,
      Math.min(6, Math.round((g.buildings / RATIO.buildingsPerGroup) * (0.8 + 0.4 * rng.next()))),
    );
    const per = Math.ceil(g.buildings / groups);
    const groupOrgs = Array.from({ length: groups }, (_, k) => {
      const label = `${k * per + 1}-${Math.min(g.buildings, (k + 1) * per)}号楼`;
      return org(
        `${g.name.replace(/专属网格$/, '')}第${k + 1}党小组`,
        'BUILDING_GROUP',
        branch,
        g.regionCode,
        g,
        label,
      );
    });
    // Members follow households; a dedicated grid (school, hospital) counts its staff instead.
    const base = g.level === 'DEDICATED' ? g.population * 0.3 : g.households;
    const count = Math.max(2, Math.round(base * size.perHousehold * (0.75 + 0.5 * rng.next())));
    const community = g.name.replace(/第\d+网格$|专属网格$/, '');
    const mine: PartyMemberSeed[] = [];
    for (let i = 0; i < count; i++) {
      const k = rng.int(0, groups - 1);
      const building = k * per + rng.int(1, per);
      const address = `${community}${Math.min(building, g.buildings)}号楼${rng.int(1, 4)}单元${rng.int(1, 18)}0${rng.int(1, 4)}室`;
      // The first member sits in the branch itself: its secretary is a member of the branch.
      mine.push(
        member(
          i > 0 && rng.chance(RATIO.inGroup) ? groupOrgs[k] : branch,
          rng.weighted(RATIO.statuses),
          g.code,
          address,
        ),
      );
    }
    grassroots.push(...mine);
    const secretary = secretaryOf(
      branch,
      mine.filter((m) => m.organizationId === branch.id),
    );
    // In the seeds the grid branch secretary is often the grid head (Binzhou's 网格党支部书记 = 网格长).
    if (rng.chance(0.6)) out.gridHeads.set(g.code, secretary);
    for (const o of groupOrgs)
      secretaryOf(
        o,
        mine.filter((m) => m.organizationId === o.id),
      );
  }

  function buildUnitsAndReports(
    city: RegionRow,
    districtCodes: string[],
    industry: Map<string, PartyOrganizationSeed>,
  ) {
    const usedUnits = new Set<string>();
    const units: PartyUnitSeed[] = [];
    for (let i = 0; i < size.units; i++) {
      const regionCode = rng.pick(districtCodes);
      let name = unitName(names, city.name);
      if (usedUnits.has(name)) name = `${name}${regionCode}`;
      for (let k = 2; usedUnits.has(name); k++) name = `${unitName(names, city.name)}（${k}）`;
      usedUnits.add(name);
      const unit = { id: out.units.length + 1, name, kind: unitKind(name), regionCode };
      out.units.push(unit);
      units.push(unit);
    }
    const cityBasics = basics.filter((g) => g.code.startsWith(city.code.slice(0, 4)));
    const report = (r: Omit<DualReportSeed, 'id'>) =>
      out.dualReports.push({ id: out.dualReports.length + 1, ...r });
    const place = (g: GridRow) => {
      const target = rng.weighted([
        ['COMMUNITY', 40],
        ['GRID', 45],
        ['BUILDING', 15],
      ] as const);
      return {
        target,
        regionCode: g.regionCode,
        gridCode: target === 'COMMUNITY' ? null : g.code,
        buildingLabel: target === 'BUILDING' ? `${rng.int(1, Math.max(1, g.buildings))}号楼` : null,
      };
    };
    // In-service members: a relation in their unit's system, a home grid, one standing report (双报到).
    for (let i = 0; i < size.inService; i++) {
      const kind = rng.weighted([
        ['ORGAN', 35],
        ['STATE_OWNED', 25],
        ['INSTITUTION', 30],
        ['NON_PUBLIC', 10],
      ] as const);
      const home = rng.pick(cityBasics);
      const m = member(
        industry.get(kind)!,
        'IN_SERVICE',
        home.code,
        `${home.name.replace(/第\d+网格$/, '')}${rng.int(1, home.buildings)}号楼`,
      );
      // A member reports (双报到) only after joining the party: join → dual report.
      let since = laterDay(m.joinedOn, '2016-01-01');
      if (since < '2017-06-01' && rng.chance(0.05)) {
        const old = rng.pick(cityBasics);
        const reportedOn = date(rng, since, '2018-12-28');
        const endedOn = date(rng, reportedOn, '2019-12-28');
        report({
          reporterKind: 'MEMBER',
          memberId: m.id,
          unitId: null,
          target: 'COMMUNITY',
          regionCode: old.regionCode,
          gridCode: null,
          buildingLabel: null,
          reportedOn,
          endedOn,
          offers: some(rng, MEMBER_OFFERS, 1, 3),
        });
        since = endedOn;
      }
      report({
        reporterKind: 'MEMBER',
        memberId: m.id,
        unitId: null,
        ...place(home),
        reportedOn: date(rng, laterDay(since, '2019-01-01'), 2026),
        endedOn: null,
        offers: some(rng, MEMBER_OFFERS, 1, 3),
      });
    }
    for (const u of units) {
      const near = cityBasics.filter((g) => g.code.startsWith(u.regionCode));
      for (let k = rng.int(1, 3); k > 0; k--) {
        report({
          reporterKind: 'UNIT',
          memberId: null,
          unitId: u.id,
          ...place(rng.pick(near.length ? near : cityBasics)),
          reportedOn: date(rng, 2016, 2026),
          endedOn: null,
          offers: some(rng, UNIT_OFFERS, 2, 4),
        });
      }
    }
    const unitsNear = (code: string) => {
      const near = units.filter((u) => code.startsWith(u.regionCode));
      return near.length >= size.allianceUnits[1] ? near : units;
    };
    for (const o of out.organizations) {
      if (!o.regionCode.startsWith(city.code.slice(0, 4))) continue;
      if (o.level === 'JOINT_COMMITTEE') {
        for (const u of some(rng, unitsNear(o.regionCode), 2, 6)) {
          out.jointCommitteeMembers.push({
            id: out.jointCommitteeMembers.length + 1,
            organizationId: o.id,
            unitId: u.id,
            name: people.create().name,
            position: rng.pick(POSITIONS),
            regionCode: o.regionCode,
          });
        }
      }
      const street = o.level === 'STREET_WORKING_COMMITTEE';
      if (
        (street && rng.chance(RATIO.streetAlliance)) ||
        (o.level === 'COMMUNITY_COMMITTEE' && rng.chance(RATIO.communityAlliance))
      ) {
        const a = {
          id: out.alliances.length + 1,
          name: `${o.name.replace(/^中共|(工作)?委员会$/g, '')}党建联盟`,
          regionCode: o.regionCode,
          leadOrganizationId: o.id,
          foundedOn: date(rng, 2018, 2021),
        };
        out.alliances.push(a);
        for (const u of some(
          rng,
          unitsNear(o.regionCode),
          size.allianceUnits[0],
          size.allianceUnits[1],
        )) {
          out.allianceMembers.push({
            id: out.allianceMembers.length + 1,
            allianceId: a.id,
            unitId: u.id,
            regionCode: a.regionCode,
            joinedOn: date(rng, 2021, 2025),
            coBuilding: some(rng, LISTS.coBuilding, 1, 2),
            resourceSharing: some(rng, LISTS.resourceSharing, 1, 3),
            affairsConsultation: some(rng, LISTS.affairsConsultation, 1, 3),
            talentDevelopment: some(rng, LISTS.talentDevelopment, 1, 2),
          });
        }
      }
      if (street || o.level === 'COMMUNITY_COMMITTEE') {
        const area = street
          ? rng.int(800, 3000)
          : Math.max(300, Math.min(2000, Math.round(rng.normal(800, 250))));
        out.stations.push({
          id: out.stations.length + 1,
          name: `${o.name.replace(/^中共|(工作)?委员会$/g, '')}党群服务中心`,
          kind: 'CENTER',
          regionCode: o.regionCode,
          gridCode: null,
          gridKind: null,
          floorArea: area,
          openedOn: date(rng, 2015, 2021),
        });
      }
    }
    for (const g of cityBasics) {
      if (!stationGrids.has(g)) continue;
      out.stations.push({
        id: out.stations.length + 1,
        name: `${g.name}党群服务站`,
        kind: 'STATION',
        regionCode: g.regionCode,
        gridCode: g.code,
        gridKind: 'RESIDENTIAL',
        floorArea: Math.max(30, Math.min(300, Math.round(rng.normal(90, 35)))),
        openedOn: date(rng, 2019, 2024),
      });
    }
  }

  // Centre households: about 4.5 per residential grid branch (the unnamed city's 1,444 for 319), among
  // the resident and retired members of the branch and its building groups.
  const branchOf = new Map<number, number>();
  for (const o of out.organizations)
    if (o.level === 'GRID_BRANCH' && o.gridKind === 'RESIDENTIAL') branchOf.set(o.id, o.id);
  for (const o of out.organizations)
    if (o.level === 'BUILDING_GROUP' && o.parentId != null && branchOf.has(o.parentId))
      branchOf.set(o.id, o.parentId);
  const eligibleByBranch = new Map<number, PartyMemberSeed[]>();
  for (const m of grassroots) {
    const branch = branchOf.get(m.organizationId);
    if (branch == null || !m.gridCode || m.status === 'IN_SERVICE') continue;
    eligibleByBranch.set(branch, [...(eligibleByBranch.get(branch) ?? []), m]);
  }
  const per = RATIO.centerHouseholdsPerBranch;
  for (const pool of eligibleByBranch.values()) {
    const k = Math.floor(per) + (rng.chance(per - Math.floor(per)) ? 1 : 0);
    for (const m of rng.shuffle([...pool]).slice(0, k)) m.centerHousehold = true;
  }
  // Some members moved home within their street: their history shows the old branch.
  const branchesByStreet = new Map<string, PartyOrganizationSeed[]>();
  for (const o of out.organizations) {
    if (o.level === 'GRID_BRANCH')
      branchesByStreet.set(o.regionCode.slice(0, 9), [
        ...(branchesByStreet.get(o.regionCode.slice(0, 9)) ?? []),
        o,
      ]);
  }
  for (const m of grassroots) {
    if (!m.gridCode || !rng.chance(RATIO.relocated)) continue;
    const from = rng.pick(branchesByStreet.get(m.regionCode.slice(0, 9)) ?? []);
    if (from.id === m.organizationId) continue;
    out.transfers.push({
      id: out.transfers.length + 1,
      memberId: m.id,
      fromOrganizationId: from.id,
      toOrganizationId: m.organizationId,
      fromRegionCode: from.regionCode,
      toRegionCode: m.regionCode,
      reason: 'RELOCATION',
      transferredOn: date(rng, laterDay(m.joinedOn, '2015-01-01'), 2024),
      note: null,
    });
  }
  return out;
}
