import type { DemoCityBase } from '../../shared/demo/base';
import type { GridRow } from '../../shared/demo/geography';
import type { Rng } from '../../shared/demo/random';
import type { Person, PersonRegistry } from '../../shared/demo/people';
import type { PartyDemoRefs, PartyMemberRef } from '../../shared/demo/contracts';
import { personName, teamName, unitName } from '../../shared/demo/names';
import type { SeedRow } from '../../shared/seed-writer';
import type { VolunteerTeam } from './team/team.entity';
import type { TeamMembership, Volunteer } from './volunteer/volunteer.entity';
import type { ServiceActivity } from './activity/activity.entity';
import type { Participation } from './activity/participation.entity';
import type { PointsBalance, PointsEntry } from './points/points.entity';
import type { MicroWish } from './wish/micro-wish.entity';
import type { ResidentNeed, ServiceProject, UnitResource } from './lists/three-lists.entity';
import { wishClaimants } from './demo-wishes';

/**
 * The volunteer part of the demo city, at the seeds' proportions: the unnamed city's 309 teams,
 * 68,900 volunteers and ~45,000 verified hours over ~720 activities; micro-wishes scaled from
 * Yangquan's 35,000 to ~10,000; ~600 resident needs ("订单") for the three lists. A fifth of the
 * volunteers are party members (党员帮客), in-service members first.
 */
// The city's reference day, set at the start of each (synchronous) generation.
let DEMO_NOW = new Date(0);
const DAY = 86400000;
const POINTS_PER_HOUR = 10;
const PARTY_SHARE = 0.2;
const CATEGORIES = [
  'POLICY_OUTREACH',
  'LEGAL_AID',
  'HEALTH',
  'POVERTY_RELIEF',
  'ELDERLY_DISABLED',
  'SANITATION',
  'PATROL',
  'MEDIATION',
  'REPAIR',
  'CULTURE',
] as const;
const CATEGORY_WEIGHTS = CATEGORIES.map(
  (c, i) => [c, [14, 8, 10, 8, 14, 14, 12, 8, 6, 6][i]] as const,
);
const LABEL: Record<string, string> = {
  POLICY_OUTREACH: '政策宣讲',
  LEGAL_AID: '法律咨询',
  HEALTH: '健康义诊',
  POVERTY_RELIEF: '困难家庭帮扶',
  ELDERLY_DISABLED: '关爱老人',
  SANITATION: '环境清扫',
  PATROL: '治安巡逻',
  MEDIATION: '矛盾调解',
  REPAIR: '便民维修',
  CULTURE: '文艺演出',
};
const WISHES = [
  '一辆轮椅',
  '一台电风扇',
  '孩子的学习用品',
  '修理漏水的水龙头',
  '冬季取暖煤',
  '一副老花镜',
  '陪同就医',
  '更换楼道灯泡',
  '一套课外书',
  '理发上门服务',
  '米面油',
  '血压计',
  '孩子课后辅导',
  '智能手机使用培训',
  '防滑拖鞋和扶手',
];
const SIZES = {
  demo: { teams: 16, volunteers: 360, activities: 30, wishes: 80, needs: 30, resources: 16 },
  city: {
    teams: 309,
    volunteers: 68900,
    activities: 720,
    wishes: 10000,
    needs: 600,
    resources: 400,
  },
};

export type VolunteerTeamSeed = SeedRow<
  VolunteerTeam,
  'id' | 'name' | 'category' | 'regionCode' | 'gridCode' | 'leaderVolunteerId' | 'foundedAt'
>;
export type VolunteerSeed = SeedRow<
  Volunteer,
  'id' | 'name' | 'phone' | 'regionCode' | 'partyMemberId' | 'registeredAt'
>;
export type MembershipSeed = SeedRow<
  TeamMembership,
  'id' | 'teamId' | 'volunteerId' | 'regionCode'
>;
export type ActivitySeed = SeedRow<
  ServiceActivity,
  | 'id'
  | 'teamId'
  | 'title'
  | 'regionCode'
  | 'gridCode'
  | 'startsAt'
  | 'endsAt'
  | 'capacity'
  | 'signedUp'
>;
export type ParticipationSeed = SeedRow<
  Participation,
  | 'id'
  | 'activityId'
  | 'volunteerId'
  | 'regionCode'
  | 'state'
  | 'minutes'
  | 'verifiedByRole'
  | 'verifiedBy'
  | 'verifiedAt'
  | 'signedUpAt'
>;
export type PointsEntrySeed = SeedRow<
  PointsEntry,
  | 'id'
  | 'volunteerId'
  | 'kind'
  | 'points'
  | 'regionCode'
  | 'participationId'
  | 'reversesEntryId'
  | 'note'
  | 'createdAt'
>;
export type PointsBalanceSeed = SeedRow<PointsBalance, 'volunteerId' | 'balance' | 'regionCode'>;
export type MicroWishSeed = SeedRow<
  MicroWish,
  | 'id'
  | 'title'
  | 'residentName'
  | 'gridCode'
  | 'state'
  | 'claimantKind'
  | 'claimantMemberId'
  | 'claimantUnitId'
  | 'claimantUnitName'
  | 'postedAt'
  | 'claimedAt'
  | 'fulfilledAt'
  | 'confirmedAt'
>;
export type NeedSeed = SeedRow<
  ResidentNeed,
  'id' | 'title' | 'category' | 'regionCode' | 'gridCode' | 'state' | 'recordedAt'
>;
export type ResourceSeed = SeedRow<
  UnitResource,
  'id' | 'unitId' | 'unitName' | 'title' | 'category' | 'regionCode' | 'offeredAt'
>;
export type ProjectSeed = SeedRow<
  ServiceProject,
  'id' | 'title' | 'needId' | 'resourceId' | 'teamId' | 'regionCode' | 'createdAt'
>;

export interface VolunteerDemo {
  teams: VolunteerTeamSeed[];
  volunteers: VolunteerSeed[];
  memberships: MembershipSeed[];
  activities: ActivitySeed[];
  participations: ParticipationSeed[];
  pointsEntries: PointsEntrySeed[];
  balances: PointsBalanceSeed[];
  wishes: MicroWishSeed[];
  needs: NeedSeed[];
  resources: ResourceSeed[];
  projects: ProjectSeed[];
}

const daysAgo = (rng: Rng, max: number) => new Date(DEMO_NOW.getTime() - rng.int(1, max) * DAY);
const push = <K, V>(m: Map<K, V[]>, k: K, v: V) => (m.get(k) ?? m.set(k, []).get(k)!).push(v);

const memberWeight = (m: PartyMemberRef) =>
  m.status === 'IN_SERVICE' ? 4 : m.status === 'RETIRED' ? 2 : 1;

/** `count` distinct members, weighted by status without replacement: pick a status class by weight × members left, then one of them. */
function sampleMembers(members: PartyMemberRef[], count: number, rng: Rng): PartyMemberRef[] {
  const byWeight = new Map<number, PartyMemberRef[]>();
  for (const m of members) push(byWeight, memberWeight(m), m);
  const classes = [...byWeight].map(([w, list]) => ({ w, list }));
  const out: PartyMemberRef[] = [];
  while (out.length < count) {
    const c = rng.weighted(classes.map((k) => [k, k.w * k.list.length] as const));
    const j = rng.int(0, c.list.length - 1);
    out.push(c.list[j]);
    c.list[j] = c.list[c.list.length - 1];
    c.list.pop();
  }
  return out;
}

export function generateVolunteer(
  city: DemoCityBase,
  people: PersonRegistry,
  party: PartyDemoRefs,
  rng: Rng,
): VolunteerDemo {
  const geo = city.geography;
  DEMO_NOW = city.now;
  const scale = geo.size === 'province' ? geo.cityCodes.length : 1;
  const size = Object.fromEntries(
    Object.entries(SIZES[geo.size === 'demo' ? 'demo' : 'city']).map(([k, v]) => [k, v * scale]),
  ) as typeof SIZES.city;
  const communities = geo.regions.filter((r) => r.level === 'COMMUNITY').map((r) => r.code);
  const residential = geo.grids.filter((g) => g.level === 'BASIC' || g.level === 'MICRO');
  const basicsOf = new Map<string, GridRow[]>();
  for (const g of geo.grids) if (g.level === 'BASIC') push(basicsOf, g.regionCode, g);
  const cityName = geo.regions.find((r) => r.level === 'CITY')?.name ?? '';

  // Teams: three in five serve one basic grid, the rest the whole community.
  const teams: VolunteerTeamSeed[] = [];
  const teamsOf = new Map<string, VolunteerTeamSeed[]>();
  for (let i = 0; i < size.teams; i++) {
    const regionCode = rng.pick(communities);
    const basics = basicsOf.get(regionCode) ?? [];
    const category = rng.weighted(CATEGORY_WEIGHTS);
    const team = {
      id: i + 1,
      name: teamName(rng, category),
      category,
      regionCode,
      gridCode: basics.length && rng.chance(0.6) ? rng.pick(basics).code : null,
      leaderVolunteerId: null as number | null,
      foundedAt: new Date(DEMO_NOW.getTime() - rng.int(400, 2000) * DAY),
    };
    teams.push(team);
    push(teamsOf, regionCode, team);
  }

  // Volunteers: party members first (weighted sample without replacement), then the rest allocated by team size.
  const volunteers: VolunteerSeed[] = [];
  const memberships: MembershipSeed[] = [];
  const roster = new Map<number, number[]>(teams.map((t) => [t.id, []]));
  const join = (team: VolunteerTeamSeed, volunteerId: number) => {
    memberships.push({
      id: memberships.length + 1,
      teamId: team.id,
      volunteerId,
      regionCode: team.regionCode,
    });
    roster.get(team.id)!.push(volunteerId);
  };
  // A volunteer is a person of the city: a party member volunteers under the member's own name and phone.
  const enrol = (
    team: VolunteerTeamSeed,
    person: Pick<Person, 'name' | 'phone'>,
    partyMemberId: number | null,
  ) => {
    const v = {
      id: volunteers.length + 1,
      name: person.name,
      phone: person.phone,
      regionCode: team.regionCode,
      partyMemberId,
      registeredAt: daysAgo(rng, 1500),
    };
    volunteers.push(v);
    join(team, v.id);
    if (rng.chance(0.1)) {
      const others = teamsOf.get(team.regionCode)!.filter((t) => t !== team);
      if (others.length) join(rng.pick(others), v.id);
    }
  };
  const partyCount = teams.length
    ? Math.min(Math.round(size.volunteers * PARTY_SHARE), party.members.length)
    : 0;
  for (const m of sampleMembers(party.members, partyCount, rng)) {
    const local = teamsOf.get(m.gridCode?.slice(0, 12) ?? '');
    enrol(
      local ? rng.pick(local) : rng.pick(teams),
      { name: m.name, phone: m.phone ?? people.byId(m.personId).phone },
      m.id,
    );
  }
  const weights = teams.map(() => Math.exp(rng.normal(0, 0.5)));
  const rest = Math.max(0, size.volunteers - partyCount);
  const totalWeight = weights.reduce((a, b) => a + b, 0);
  let given = 0;
  teams.forEach((team, i) => {
    const n =
      i === teams.length - 1
        ? rest - given
        : Math.min(rest - given, Math.round((rest * weights[i]) / totalWeight));
    given += n;
    for (let k = 0; k < n; k++) enrol(team, people.create(), null);
  });
  const volunteerById = (id: number) => volunteers[id - 1];
  for (const team of teams) {
    const ids = roster.get(team.id)!;
    team.leaderVolunteerId =
      ids.find((id) => volunteerById(id).partyMemberId != null) ?? ids[0] ?? null;
  }

  // Activities: nine in ten already held (last year), the rest upcoming; hours in half-hour steps, mean about 3.25.
  const activities: ActivitySeed[] = [];
  const participations: ParticipationSeed[] = [];
  const staffed = teams.filter((t) => roster.get(t.id)!.length > 0);
  for (let i = 0; staffed.length && i < size.activities; i++) {
    const team = rng.pick(staffed);
    const past = rng.chance(0.92);
    // An activity happens after its team was founded (teams are at least 400 days old); more of
    // them lately, so the last 30 days have verified hours whatever the reference day.
    const ago = 2 + Math.floor(363 * rng.next() ** 1.3);
    const day = new Date(DEMO_NOW.getTime() + (past ? -ago : rng.int(1, 60)) * DAY);
    const startsAt = new Date(
      Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), rng.int(0, 7)),
    );
    const basics = basicsOf.get(team.regionCode) ?? [];
    const capacity = geo.size === 'demo' ? rng.int(6, 16) : rng.int(16, 40);
    // Only volunteers registered a week before the activity can sign up: register → sign-up.
    const pool = roster
      .get(team.id)!
      .filter((id) => volunteerById(id).registeredAt.getTime() < startsAt.getTime() - 8 * DAY);
    const n = Math.min(
      pool.length,
      Math.round(capacity * (past ? 0.65 + 0.35 * rng.next() : 0.8 * rng.next())),
    );
    const a = {
      id: i + 1,
      teamId: team.id,
      title: `${LABEL[team.category]}志愿服务`,
      regionCode: team.regionCode,
      gridCode: team.gridCode ?? (basics.length ? rng.pick(basics).code : null),
      startsAt,
      endsAt: new Date(startsAt.getTime() + rng.int(2, 4) * 3600000),
      capacity,
      signedUp: n,
    };
    activities.push(a);
    for (let k = 0; k < n; k++) {
      const j = k + Math.floor(rng.next() * (pool.length - k));
      [pool[k], pool[j]] = [pool[j], pool[k]];
      const state = past
        ? rng.weighted([
            ['VERIFIED', 92],
            ['RECORDED', 5],
            ['SIGNED_UP', 3],
          ] as const)
        : 'SIGNED_UP';
      const verified = state === 'VERIFIED';
      // A team leader verifies others' hours, never their own.
      const byLeader =
        rng.chance(0.7) && team.leaderVolunteerId != null && team.leaderVolunteerId !== pool[k];
      participations.push({
        id: participations.length + 1,
        activityId: a.id,
        volunteerId: pool[k],
        regionCode: a.regionCode,
        state,
        minutes:
          state === 'SIGNED_UP'
            ? null
            : 30 * Math.min(16, Math.max(2, Math.round(rng.normal(6.5, 2)))),
        verifiedByRole: verified ? (byLeader ? 'TEAM_LEADER' : 'COMMUNITY') : null,
        verifiedBy: verified
          ? byLeader
            ? volunteerById(team.leaderVolunteerId!).name
            : personName(rng)
          : null,
        verifiedAt: verified
          ? new Date(
              Math.min(a.endsAt.getTime() + rng.int(1, 3) * DAY, DEMO_NOW.getTime() - 3600000),
            )
          : null,
        signedUpAt: new Date(startsAt.getTime() - rng.int(1, 7) * DAY),
      });
    }
  }

  // Ledger: verified hours earn points; a few earnings are reversed; a third of earners redeem at the points shop.
  const pointsEntries: PointsEntrySeed[] = [];
  const balanceOf = new Map<number, number>();
  const lastEarn = new Map<number, Date>();
  const book = (e: Omit<PointsEntrySeed, 'id' | 'regionCode'>): PointsEntrySeed => {
    const entry = Object.assign(e, {
      id: pointsEntries.length + 1,
      regionCode: volunteerById(e.volunteerId).regionCode,
    });
    pointsEntries.push(entry);
    balanceOf.set(e.volunteerId, (balanceOf.get(e.volunteerId) ?? 0) + e.points);
    return entry;
  };
  for (const p of participations) {
    if (p.state !== 'VERIFIED') continue;
    const earn = book({
      volunteerId: p.volunteerId,
      kind: 'EARN',
      points: Math.floor((p.minutes! * POINTS_PER_HOUR) / 60),
      participationId: p.id,
      reversesEntryId: null,
      note: null,
      createdAt: p.verifiedAt!,
    });
    if (rng.chance(0.005))
      book({
        volunteerId: p.volunteerId,
        kind: 'REVERSAL',
        points: -earn.points,
        participationId: null,
        reversesEntryId: earn.id,
        note: '时长登记有误, 冲正',
        createdAt: new Date(earn.createdAt.getTime() + 3600000),
      });
    if (!lastEarn.has(p.volunteerId) || lastEarn.get(p.volunteerId)! < p.verifiedAt!)
      lastEarn.set(p.volunteerId, p.verifiedAt!);
  }
  for (const [volunteerId, balance] of [...balanceOf].sort((a, b) => a[0] - b[0])) {
    if (balance < 10 || !rng.chance(0.35)) continue;
    book({
      volunteerId,
      kind: 'REDEEM',
      points: -10 * rng.int(1, Math.floor(balance / 10)),
      participationId: null,
      reversesEntryId: null,
      note: rng.pick(['大米5kg', '食用油', '洗衣液', '毛巾套装', '保温杯', '雨伞']),
      createdAt: new Date(
        Math.min(
          lastEarn.get(volunteerId)!.getTime() + rng.int(1, 10) * DAY,
          DEMO_NOW.getTime() - 60000,
        ),
      ),
    });
  }
  const balances = volunteers.map((v) => ({
    volunteerId: v.id,
    balance: balanceOf.get(v.id) ?? 0,
    regionCode: v.regionCode,
  }));

  // Micro-wishes: claimed by a local or dual-reporting party member, or a unit dual-reporting to the community; else they stay open.
  const claimantFor = wishClaimants(party);
  const wishes: MicroWishSeed[] = [];
  for (let i = 0; residential.length && i < size.wishes; i++) {
    const postedAt = new Date(DEMO_NOW.getTime() - Math.floor(rng.next() ** 1.5 * 365 * DAY));
    const gridCode = rng.pick(residential).code;
    let state = rng.weighted([
      ['OPEN', 8],
      ['CLAIMED', 10],
      ['FULFILLED', 12],
      ['CONFIRMED', 70],
    ] as const);
    let t = postedAt.getTime();
    const steps = [0, 1, 2].map(() => (t = Math.min(t + rng.int(1, 5) * DAY, DEMO_NOW.getTime())));
    const claimant =
      state === 'OPEN'
        ? null
        : claimantFor(gridCode.slice(0, 12), new Date(steps[0]).toISOString().slice(0, 10), rng);
    if (!claimant) state = 'OPEN';
    const reached = ['CLAIMED', 'FULFILLED', 'CONFIRMED'].indexOf(state);
    const [claimedAt, fulfilledAt, confirmedAt] = steps.map((ms, n) =>
      reached >= n ? new Date(ms) : null,
    );
    wishes.push({
      id: i + 1,
      title: rng.pick(WISHES),
      residentName: personName(rng),
      gridCode,
      state,
      claimantKind: claimant?.member ? 'PARTY_MEMBER' : claimant?.unit ? 'UNIT' : null,
      claimantMemberId: claimant?.member?.id ?? null,
      claimantUnitId: claimant?.unit?.id ?? null,
      claimantUnitName: claimant?.unit?.name ?? null,
      postedAt,
      claimedAt,
      fulfilledAt,
      confirmedAt,
    });
  }

  // Three lists: units' resources per community; a need is matched when its street offers its category.
  const resources: ResourceSeed[] = [];
  const offered = new Map<string, ResourceSeed[]>();
  for (let i = 0; communities.length && i < size.resources; i++) {
    const unit = party.units.length ? rng.pick(party.units) : null;
    const category = rng.weighted(CATEGORY_WEIGHTS);
    const r = {
      id: i + 1,
      unitId: unit?.id ?? null,
      unitName: unit?.name ?? unitName(rng, cityName),
      title: `提供${LABEL[category]}服务`,
      category,
      regionCode: rng.pick(communities),
      offeredAt: daysAgo(rng, 700),
    };
    resources.push(r);
    push(offered, `${r.regionCode.slice(0, 9)}:${category}`, r);
  }
  const needs: NeedSeed[] = [];
  const projects: ProjectSeed[] = [];
  for (let i = 0; communities.length && i < size.needs; i++) {
    const regionCode = rng.pick(communities);
    const category = rng.weighted(CATEGORY_WEIGHTS);
    const basics = basicsOf.get(regionCode) ?? [];
    const match = offered.get(`${regionCode.slice(0, 9)}:${category}`);
    const need: NeedSeed = {
      id: i + 1,
      title: `需要${LABEL[category]}`,
      category,
      regionCode,
      gridCode: basics.length ? rng.pick(basics).code : null,
      state: match && rng.chance(0.8) ? 'MATCHED' : 'OPEN',
      recordedAt: daysAgo(rng, 400),
    };
    needs.push(need);
    if (need.state === 'MATCHED') {
      const team = teamsOf.get(regionCode)?.find((t) => t.category === category);
      projects.push({
        id: projects.length + 1,
        title: `${LABEL[category]}服务项目`,
        needId: need.id,
        resourceId: rng.pick(match!).id,
        teamId: team?.id ?? null,
        regionCode,
        createdAt: new Date(need.recordedAt.getTime() + rng.int(1, 20) * DAY),
      });
    }
  }
  return {
    teams,
    volunteers,
    memberships,
    activities,
    participations,
    pointsEntries,
    balances,
    wishes,
    needs,
    resources,
    projects,
  };
}
