/**
 * Demo red-property data (红色物业): compounds on basic grids, companies with valid credit codes,
 * management history, owners' committees, "1+3+N" meetings, quarterly scores and monthly fee
 * disclosures. Proportions follow the seeds (service coverage 87–91%, committee coverage of
 * professionally managed compounds 46–70%, half of committee members party members); party ids come only from PartyDemoRefs and every
 * reference degrades to null when the party data is empty. Deterministic: only `rng` is used.
 */
import type { DemoCityBase } from '../../shared/demo/base';
import type { GridRow, RegionRow } from '../../shared/demo/geography';
import type { Rng } from '../../shared/demo/random';
import type { PersonRegistry } from '../../shared/demo/people';
import { isoDay } from '../../shared/demo/clock';
import type { PartyDemoRefs, PartyMemberRef, PropertyDemoRefs } from '../../shared/demo/contracts';
import { companyName, compoundName } from '../../shared/demo/names';
import type { SeedRow } from '../../shared/seed-writer';
import { creditCodeCheckChar } from './company/credit-code';
import { addMonths, previousQuarter, quarterOf } from './calendar';
import type { ResidentialCompound } from './compound/compound.entity';
import type { CompoundManagementChange } from './compound/management-change.entity';
import type { PropertyCompany } from './company/company.entity';
import type { OwnersCommittee, OwnersCommitteeMember } from './committee/committee.entity';
import type { LinkageDecision, LinkageMeeting } from './linkage/linkage.entity';
import type { ServiceEvaluation } from './evaluation/evaluation.entity';
import type { FeeDisclosure } from './disclosure/fee-disclosure.entity';

export type CompoundSeed = SeedRow<
  ResidentialCompound,
  | 'id'
  | 'name'
  | 'gridCode'
  | 'households'
  | 'buildings'
  | 'old'
  | 'singleBuilding'
  | 'managementMode'
  | 'companyId'
  | 'managementSince'
  | 'disclosureFrom'
>;
export type CompanySeed = SeedRow<
  PropertyCompany,
  'id' | 'name' | 'creditCode' | 'regionCode' | 'stateOwned' | 'partyOrganizationId'
>;
export type ChangeSeed = SeedRow<
  CompoundManagementChange,
  'id' | 'compoundId' | 'gridCode' | 'managementMode' | 'companyId' | 'effectiveOn' | 'note'
>;
export type CommitteeSeed = SeedRow<
  OwnersCommittee,
  'id' | 'compoundId' | 'gridCode' | 'termStart' | 'termEnd'
>;
export type MemberSeed = SeedRow<
  OwnersCommitteeMember,
  'id' | 'committeeId' | 'gridCode' | 'name' | 'phone' | 'role' | 'partyMemberId' | 'crossAppointed'
>;
export type MeetingSeed = SeedRow<
  LinkageMeeting,
  | 'id'
  | 'compoundId'
  | 'gridCode'
  | 'heldOn'
  | 'topic'
  | 'partyOrganizationId'
  | 'residentsCommittee'
  | 'ownersCommitteeId'
  | 'companyId'
  | 'otherParties'
>;
export type DecisionSeed = SeedRow<
  LinkageDecision,
  'id' | 'meetingId' | 'gridCode' | 'content' | 'followUpRequired' | 'followUpCaseId'
>;
export type EvaluationSeed = SeedRow<
  ServiceEvaluation,
  | 'id'
  | 'companyId'
  | 'compoundId'
  | 'gridCode'
  | 'quarter'
  | 'score'
  | 'evaluatorKind'
  | 'evaluator'
  | 'evaluatedOn'
>;
export type DisclosureSeed = SeedRow<
  FeeDisclosure,
  | 'id'
  | 'compoundId'
  | 'gridCode'
  | 'month'
  | 'revision'
  | 'incomeCents'
  | 'remunerationCents'
  | 'expensesCents'
  | 'balanceCents'
  | 'publishedAt'
  | 'correctsId'
  | 'correctionReason'
>;
type Mode = CompoundSeed['managementMode'];
export interface PropertyDemo extends PropertyDemoRefs {
  compounds: CompoundSeed[];
  companies: CompanySeed[];
  managementChanges: ChangeSeed[];
  committees: CommitteeSeed[];
  committeeMembers: MemberSeed[];
  meetings: MeetingSeed[];
  decisions: DecisionSeed[];
  evaluations: EvaluationSeed[];
  disclosures: DisclosureSeed[];
}

let NOW = '';
const DAY = 86400000;
const daysBefore = (date: string, n: number): string =>
  new Date(Date.parse(date) - n * DAY).toISOString().slice(0, 10);
const between = (rng: Rng, from: string, to: string): string =>
  daysBefore(to, rng.int(0, Math.round((Date.parse(to) - Date.parse(from)) / DAY)));
const SERVED = ['PROFESSIONAL', 'QUASI'];
// Old compounds are where companies will not come: more quasi and fallback management (Baishan's three models).
// Together about 87% of compounds are served by a company (Binzhou 87%, Baishan 91%).
const MODES_OLD: [Mode, number][] = [
  ['PROFESSIONAL', 78],
  ['QUASI', 13],
  ['SELF_MANAGED', 4],
  ['FALLBACK', 3],
  ['NONE', 2],
];
const MODES_NEW: [Mode, number][] = [
  ['PROFESSIONAL', 94],
  ['QUASI', 3],
  ['SELF_MANAGED', 1.5],
  ['FALLBACK', 1],
  ['NONE', 0.5],
];
const TOPICS = [
  '电梯维修资金使用',
  '小区停车位划定',
  '物业费调整听证',
  '楼道堆物清理',
  '老旧小区改造方案',
  '供暖管网维修',
  '垃圾分类设施设置',
  '监控门禁升级',
  '绿化补植',
  '屋面防水维修',
];
const DECISIONS = [
  '由物业公司一周内完成维修',
  '提交业主大会表决',
  '由社区协调住建部门现场查看',
  '网格员跟踪督办',
  '公示收支明细',
  '联系执法中队清理',
  '成立临时工作小组',
];
const OTHERS = [
  '派出所',
  '城管执法中队',
  '两代表一委员',
  '共建单位',
  '社会组织',
  '法律顾问',
  '老党员代表',
];
const EVALUATORS: [EvaluationSeed['evaluatorKind'], number][] = [
  ['GRID_BRANCH', 4],
  ['OWNERS_COMMITTEE', 3],
  ['RESIDENTS_COMMITTEE', 2],
  ['STREET_OFFICE', 1],
];

/** 8-digit organisation body + its GB 11714 check character, then the GB 32100 check character. */
function creditCode(rng: Rng, divisionCode: string): string {
  const body = Array.from({ length: 8 }, () => rng.int(0, 9));
  const c = 11 - (body.reduce((s, d, i) => s + d * [3, 7, 9, 10, 5, 8, 4, 2][i], 0) % 11);
  const first17 = `91${divisionCode}${body.join('')}${c === 10 ? 'X' : c === 11 ? '0' : c}`;
  return first17 + creditCodeCheckChar(first17);
}

interface State {
  mode: Mode;
  companyId: number | null;
  on: string;
}
const stateOn = (history: State[], date: string): State | null =>
  history.filter((h) => h.on <= date).pop() ?? null;

export function generateProperty(
  city: DemoCityBase,
  people: PersonRegistry,
  party: PartyDemoRefs,
  rng: Rng,
): PropertyDemo {
  const geo = city.geography;
  // Every date below is relative to the city's reference day (one generation at a time: generators are synchronous).
  NOW = isoDay(city.now);
  const regions = new Map<string, RegionRow>(geo.regions.map((r) => [r.code, r]));
  const grids = new Map<string, GridRow>(geo.grids.map((g) => [g.code, g]));
  const out: PropertyDemo = {
    compounds: [],
    companies: [],
    managementChanges: [],
    committees: [],
    committeeMembers: [],
    meetings: [],
    decisions: [],
    evaluations: [],
    disclosures: [],
  };

  // 1小区1网格: four basic grids in five hold exactly one compound, some none (unit housing, shops), a few two.
  for (const grid of geo.grids.filter((g) => g.level === 'BASIC')) {
    const n = rng.weighted([
      [0, 15],
      [1, 80],
      [2, 5],
    ] as const);
    for (let i = 0; i < n; i++) {
      const old = rng.chance(0.35);
      const singleBuilding = rng.chance(old ? 0.2 : 0.06);
      out.compounds.push({
        id: out.compounds.length + 1,
        name: compoundName(rng),
        gridCode: grid.code,
        households: singleBuilding
          ? rng.int(12, 60)
          : Math.round((grid.households / n) * (0.7 + 0.3 * rng.next())),
        buildings: singleBuilding
          ? 1
          : Math.max(2, Math.round((grid.buildings / n) * (0.6 + 0.4 * rng.next()))),
        old,
        singleBuilding,
        managementMode: rng.weighted(old ? MODES_OLD : MODES_NEW),
        companyId: null,
        managementSince: NOW,
        disclosureFrom: null,
      });
    }
  }
  const { histories, quality } = assignCompanies(out, regions, party, rng);
  committees(out, people, party, rng);
  activity(out, histories, quality, party, grids, regions, rng);
  return out;
}

/** Companies per district (about three compounds each, as in Baishan: 58 for 181) and each compound's history. */
function assignCompanies(
  out: PropertyDemo,
  regions: Map<string, RegionRow>,
  party: PartyDemoRefs,
  rng: Rng,
) {
  const enterprise = [...party.enterpriseOrganizationIds];
  const names = new Set<string>();
  const codes = new Set<string>();
  const quality = new Map<number, number>();
  const byDistrict = new Map<string, CompoundSeed[]>();
  for (const c of out.compounds)
    byDistrict.set(c.gridCode.slice(0, 6), [...(byDistrict.get(c.gridCode.slice(0, 6)) ?? []), c]);
  const companiesOf = new Map<string, CompanySeed[]>();
  for (const [district, compounds] of byDistrict) {
    const managed = compounds.filter((c) => c.managementMode === 'PROFESSIONAL');
    const city =
      regions.get(regions.get(district)?.parentCode ?? '')?.name ??
      regions.get(district)?.name ??
      '';
    const list: CompanySeed[] = [];
    for (let i = 0; i < Math.max(1, Math.round(managed.length / 3.1)); i++) {
      let name = companyName(rng, city);
      for (let t = 0; names.has(name) && t < 10; t++) name = companyName(rng, city);
      if (names.has(name))
        name = `${name.replace(/有限.*$/, '')}${regions.get(district)?.name ?? ''}分公司`;
      let code = creditCode(rng, district);
      while (codes.has(code)) code = creditCode(rng, district);
      names.add(name);
      codes.add(code);
      const partyOrganizationId =
        enterprise.length > 0 && rng.chance(0.72) ? enterprise.shift()! : null;
      // A company with a party organisation is the company that organisation is named after (its own 党支部).
      const own = party.organizations.find((o) => o.id === partyOrganizationId);
      if (own) name = own.name.replace(/党支部$/, '');
      const company = {
        id: out.companies.length + 1,
        name,
        creditCode: code,
        regionCode: district,
        stateOwned: rng.chance(0.15),
        partyOrganizationId,
      };
      out.companies.push(company);
      list.push(company);
      quality.set(company.id, rng.normal(83, 6));
    }
    companiesOf.set(district, list);
    // Every company gets a compound first; the rest go to the bigger companies more often.
    rng
      .shuffle(managed)
      .forEach(
        (c, i) =>
          (c.companyId =
            i < list.length
              ? list[i].id
              : rng.weighted(list.map((co, k) => [co.id, 1 / (k + 1)] as const))),
      );
    const stateOwned = list.filter((co) => co.stateOwned);
    for (const c of compounds) {
      if (
        (c.managementMode === 'QUASI' || c.managementMode === 'FALLBACK') &&
        stateOwned.length > 0 &&
        rng.chance(0.3)
      )
        c.companyId = rng.pick(stateOwned).id;
    }
  }
  const histories = new Map<number, State[]>();
  for (const c of out.compounds) {
    const history: State[] = [
      {
        mode: c.managementMode,
        companyId: c.companyId,
        on: between(rng, '2012-01-01', '2019-12-31'),
      },
    ];
    // The campaign since 2020 brought services into compounds that had none: those show as a later change.
    if (SERVED.includes(c.managementMode) && rng.chance(c.old ? 0.55 : 0.25)) {
      history.unshift({
        mode: rng.weighted([
          ['NONE', 2],
          ['FALLBACK', 1],
          ['SELF_MANAGED', 1],
        ] as const),
        companyId: null,
        on: history[0].on,
      });
      history[1].on = between(rng, '2020-01-01', daysBefore(NOW, 40));
    } else if (c.companyId != null && c.managementMode === 'PROFESSIONAL' && rng.chance(0.1)) {
      const others = companiesOf.get(c.gridCode.slice(0, 6))!.filter((co) => co.id !== c.companyId);
      if (others.length > 0)
        history.unshift({
          mode: 'PROFESSIONAL',
          companyId: rng.pick(others).id,
          on: history[0].on,
        });
      if (others.length > 0) history[1].on = between(rng, '2021-01-01', daysBefore(NOW, 40));
    }
    c.managementSince = history[history.length - 1].on;
    for (const h of history) {
      out.managementChanges.push({
        id: out.managementChanges.length + 1,
        compoundId: c.id,
        gridCode: c.gridCode,
        managementMode: h.mode,
        companyId: h.companyId,
        effectiveOn: h.on,
        note: h === history[0] ? null : '街道社区推动引入物业服务',
      });
    }
    histories.set(c.id, history);
  }
  return { histories, quality };
}

/** Owners' committees: about 62% of compounds ever formed one; some 3-year terms have lapsed, leaving ~53% in term. */
function committees(
  out: PropertyDemo,
  people: PersonRegistry,
  party: PartyDemoRefs,
  rng: Rng,
): void {
  const byGrid = new Map<string, PartyMemberRef[]>();
  const byCommunity = new Map<string, PartyMemberRef[]>();
  for (const m of party.members) {
    if (!m.gridCode) continue;
    byGrid.set(m.gridCode, [...(byGrid.get(m.gridCode) ?? []), m]);
    byCommunity.set(m.gridCode.slice(0, 12), [
      ...(byCommunity.get(m.gridCode.slice(0, 12)) ?? []),
      m,
    ]);
  }
  // A party member on a committee lives there: from the compound's grid, else its community; never from elsewhere.
  const partyMember = (gridCode: string, seated: Set<number>): PartyMemberRef | null => {
    const pool = (byGrid.get(gridCode) ?? byCommunity.get(gridCode.slice(0, 12)) ?? []).filter(
      (m) => !seated.has(m.id),
    );
    return pool.length > 0 ? rng.pick(pool) : null;
  };
  const term = (c: CompoundSeed, termStart: string, years: number) => {
    const committee = {
      id: out.committees.length + 1,
      compoundId: c.id,
      gridCode: c.gridCode,
      termStart,
      termEnd: daysBefore(addMonths(termStart, years * 12), 1),
    };
    out.committees.push(committee);
    const size = rng.weighted([
      [5, 50],
      [7, 35],
      [9, 15],
    ] as const);
    const seated = new Set<number>();
    for (let i = 0; i < size; i++) {
      // Half the members are party members (the unnamed city's 50%): the same person, same name and phone.
      const pm = rng.chance(0.5) ? partyMember(c.gridCode, seated) : null;
      if (pm) seated.add(pm.id);
      const person = pm
        ? { name: pm.name, phone: pm.phone ?? people.byId(pm.personId).phone }
        : people.create();
      out.committeeMembers.push({
        id: out.committeeMembers.length + 1,
        committeeId: committee.id,
        gridCode: c.gridCode,
        name: person.name,
        phone: person.phone,
        role: i === 0 ? 'DIRECTOR' : i === 1 ? 'DEPUTY_DIRECTOR' : 'MEMBER',
        partyMemberId: pm?.id ?? null,
        crossAppointed: rng.chance(pm ? 0.3 : 0.08),
      });
    }
    return committee;
  };
  for (const c of out.compounds) {
    if (!rng.chance(c.singleBuilding ? 0.3 : c.old ? 0.6 : 0.78)) continue;
    const start = daysBefore(NOW, rng.int(30, 1700));
    const years = rng.weighted([
      [3, 40],
      [5, 60],
    ] as const);
    if (rng.chance(0.4)) {
      const previousYears = rng.weighted([
        [3, 1],
        [5, 1],
      ] as const);
      term(c, addMonths(start, -12 * previousYears), previousYears);
    }
    term(c, start, years);
  }
}

const quarterEnd = (q: string): string =>
  `${q.slice(0, 4)}-${['03-31', '06-30', '09-30', '12-31'][Number(q[5]) - 1]}`;

/** Meetings in each of the last four quarters, quarterly scores for the last four full quarters, and monthly disclosures. */
function activity(
  out: PropertyDemo,
  histories: Map<number, State[]>,
  quality: Map<number, number>,
  party: PartyDemoRefs,
  grids: Map<string, GridRow>,
  regions: Map<string, RegionRow>,
  rng: Rng,
): void {
  const communityOrg = new Map<string, number>();
  for (const o of party.organizations)
    if (o.level === 'COMMUNITY_COMMITTEE' && o.regionCode) communityOrg.set(o.regionCode, o.id);
  const committeesOf = new Map<number, CommitteeSeed[]>();
  for (const k of out.committees)
    committeesOf.set(k.compoundId, [...(committeesOf.get(k.compoundId) ?? []), k]);
  const quarters = [previousQuarter(quarterOf(NOW))];
  while (quarters.length < 4) quarters.unshift(previousQuarter(quarters[0]));
  const lastMonth = addMonths(NOW, -1).slice(0, 7);
  for (const c of out.compounds) {
    const history = histories.get(c.id)!;
    const inTerm = (d: string) =>
      committeesOf.get(c.id)?.find((k) => k.termStart <= d && d <= k.termEnd) ?? null;
    for (let w = 0; w < 4; w++) {
      const end = addMonths(NOW, -3 * w);
      if (c.companyId == null && !inTerm(end)) continue;
      if (!rng.chance(w === 0 ? 0.78 : 0.6)) continue;
      const heldOn = between(rng, daysBefore(addMonths(end, -3), -1), end);
      const meeting = {
        id: out.meetings.length + 1,
        compoundId: c.id,
        gridCode: c.gridCode,
        heldOn,
        topic: rng.pick(TOPICS),
        partyOrganizationId: communityOrg.get(c.gridCode.slice(0, 12)) ?? null,
        residentsCommittee: rng.chance(0.95),
        ownersCommitteeId: inTerm(heldOn)?.id ?? null,
        companyId: stateOn(history, heldOn)?.companyId ?? null,
        otherParties: JSON.stringify(rng.shuffle([...OTHERS]).slice(0, rng.int(0, 3))),
      };
      out.meetings.push(meeting);
      for (let d = rng.int(1, 3); d > 0; d--) {
        out.decisions.push({
          id: out.decisions.length + 1,
          meetingId: meeting.id,
          gridCode: c.gridCode,
          content: rng.pick(DECISIONS),
          followUpRequired: rng.chance(0.3),
          followUpCaseId: null,
        });
      }
    }
    for (const q of quarters) {
      const companyId = stateOn(history, quarterEnd(q))?.companyId;
      if (companyId == null || !rng.chance(0.9)) continue;
      // Only a committee in term at the quarter's end can evaluate (no committee, no committee evaluation).
      const kind = rng.weighted(
        EVALUATORS.filter(([k]) => k !== 'OWNERS_COMMITTEE' || inTerm(quarterEnd(q))),
      );
      const grid = grids.get(c.gridCode)!;
      const evaluator =
        kind === 'GRID_BRANCH'
          ? `${grid.name}党支部`
          : kind === 'OWNERS_COMMITTEE'
            ? `${c.name}业主委员会`
            : kind === 'RESIDENTS_COMMITTEE'
              ? `${regions.get(grid.regionCode)?.name ?? ''}居民委员会`
              : `${regions.get(c.gridCode.slice(0, 9))?.name ?? ''}办事处`;
      const score = Math.round(
        Math.min(100, Math.max(40, (quality.get(companyId) ?? 80) + rng.normal(0, 4))),
      );
      out.evaluations.push({
        id: out.evaluations.length + 1,
        companyId,
        compoundId: c.id,
        gridCode: c.gridCode,
        quarter: q,
        score,
        evaluatorKind: kind,
        evaluator,
        // Scored 5–25 days after the quarter; early in a quarter, no later than the demo's today.
        evaluatedOn: [daysBefore(quarterEnd(q), -rng.int(5, 25)), NOW].sort()[0],
      });
    }
    if (c.companyId != null && SERVED.includes(c.managementMode) && rng.chance(0.55))
      disclosures(out, c, lastMonth, rng);
  }
}

/** 阳光透明酬金制: from a starting month to last month, most months published, a few corrected. */
function disclosures(out: PropertyDemo, c: CompoundSeed, lastMonth: string, rng: Rng): void {
  // Disclosure campaigns start two years before the reference day; the latest starters began four months ago.
  const latestStart = addMonths(NOW, -4).slice(0, 7);
  const earliest = [c.managementSince.slice(0, 7), addMonths(NOW, -24).slice(0, 7)].sort()[1];
  if (earliest > latestStart) return;
  let month = `${earliest}-01`;
  for (let k = rng.int(0, 12); k > 0 && month.slice(0, 7) < latestStart; k--)
    month = addMonths(month, 1);
  c.disclosureFrom = month.slice(0, 7);
  const fee = rng.int(60, 180) * 100;
  for (; month.slice(0, 7) <= lastMonth; month = addMonths(month, 1)) {
    if (!rng.chance(0.93)) continue;
    const incomeCents = Math.round(c.households * fee * (0.75 + 0.23 * rng.next()));
    const remunerationCents = Math.round(incomeCents * (0.08 + 0.04 * rng.next()));
    const expensesCents = Math.round((incomeCents - remunerationCents) * (0.75 + 0.3 * rng.next()));
    const publishedAt = new Date(
      Date.parse(addMonths(month, 1)) + rng.int(0, 4) * DAY + rng.int(0, 7) * 3600000,
    );
    const row = {
      id: out.disclosures.length + 1,
      compoundId: c.id,
      gridCode: c.gridCode,
      month: month.slice(0, 7),
      revision: 0,
      incomeCents,
      remunerationCents,
      expensesCents,
      balanceCents: incomeCents - remunerationCents - expensesCents,
      publishedAt,
      correctsId: null,
      correctionReason: null,
    };
    out.disclosures.push(row);
    if (rng.chance(0.04)) {
      const fixed = expensesCents + rng.int(-50000, 50000);
      out.disclosures.push({
        ...row,
        id: out.disclosures.length + 1,
        revision: 1,
        expensesCents: fixed,
        balanceCents: incomeCents - remunerationCents - fixed,
        publishedAt: new Date(publishedAt.getTime() + rng.int(3, 20) * DAY),
        correctsId: row.id,
        correctionReason: '维修支出票据补录',
      });
    }
  }
}
