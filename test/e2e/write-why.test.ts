import { generateCity } from '../../services/demo-city';
import type { Role } from '../../shared/viewer';
import { createServer } from 'node:net';
import { idNumberCheckChar } from '../../shared/cell-checks';
import { setPeer } from '../../shared/peer';
import { startStack } from '../helpers/stack';
import { bearer } from '../helpers/auth';
import { forThisFile } from '../helpers/for-this-file';

/** Each case of issue 20's "Why", through the real gateway: the answer and the stored rows agree. */
const city = generateCity('demo', 45);
const stack = forThisFile(() => startStack(city), 120_000);

const hasCompany = (code: string) =>
  city.property.compounds.some((c) => c.gridCode === code && c.companyId != null);
const g1 = city.geography.grids.find(
  (g) =>
    g.level === 'BASIC' &&
    hasCompany(g.code) &&
    city.volunteer.activities.some((a) => a.regionCode === g.regionCode),
)!;
const C1 = g1.regionCode;
const D1 = C1.slice(0, 6);
const g2 = city.geography.grids.find(
  (g) => g.level === 'BASIC' && !g.code.startsWith(D1) && hasCompany(g.code),
)!;
const REGION: Partial<Record<Role, string>> = {
  CITY_ADMIN: D1,
  STREET_STAFF: C1.slice(0, 9),
  COMMUNITY_STAFF: C1,
  GRID_WORKER: g1.code,
  DEPARTMENT: D1,
};
const as = async (role: Role, query: string, variables?: Record<string, unknown>) =>
  stack.query(
    query,
    variables,
    await bearer(role, REGION[role]!, role === 'DEPARTMENT' ? 'CG' : undefined),
  );
const sql = (sub: string, text: string, params: unknown[] = []) =>
  stack.subgraphs[sub].dataSource.query(text, params);
const count = async (sub: string, table: string) =>
  Number((await sql(sub, `SELECT COUNT(*) AS n FROM ${table}`))[0].n);
const codeOf = (r: any) => r.errors?.[0]?.extensions?.code;
const today = () => new Date().toISOString().slice(0, 10);
const compoundIn = (grid: string) =>
  city.property.compounds.find((c) => c.gridCode === grid && c.companyId != null)!;

describe('writes that landed are answered as such', () => {
  test('a department that returns a case gets the case back in the answer, once', async () => {
    const step = async (m: string, id: string, version: number, extra = '') =>
      (
        await stack.query(
          `mutation { ${m}(input: { id: "${id}", version: ${version}${extra} }) { id version state } }`,
        )
      ).data[m];
    const reported = (
      await stack.query(
        `mutation($g: GridCode!) { reportCase(input: { gridCode: $g, title: "占道经营", category: SANITATION, source: PATROL }) { id version } }`,
        { g: g1.code },
      )
    ).data.reportCase;
    let c = await step('acceptCase', reported.id, reported.version);
    c = await step('startCase', c.id, c.version);
    c = await step('escalateCase', c.id, c.version);
    c = await step('dispatchCase', c.id, c.version, ', departmentCode: "CG"');
    const r = await as(
      'DEPARTMENT',
      `mutation($id: ID!, $v: Int!) { returnCase(input: { id: $id, version: $v }) { id state } }`,
      { id: c.id, v: c.version },
    );
    expect(r).toEqual({ data: { returnCase: { id: c.id, state: 'ESCALATED' } } });
    const [row] = await sql('grid', 'SELECT state, department_id FROM cases WHERE id = ?', [
      Number(c.id),
    ]);
    expect(row).toEqual({ state: 'ESCALATED', department_id: null });
    // Once: afterwards the case is no longer the department's to read.
    const again = await as('DEPARTMENT', 'query($id: ID!) { case(id: $id) { id } }', { id: c.id });
    expect(again.data.case).toBeNull();
  });

  test('a community records a meeting, a compound and an evaluation with a district-registered company, and the answers say so', async () => {
    const compound = compoundIn(g1.code);
    const company = String(compound.companyId);
    const before = [
      await count('property', 'linkage_meetings'),
      await count('property', 'residential_compounds'),
      await count('property', 'service_evaluations'),
    ];
    const meeting = await as(
      'COMMUNITY_STAFF',
      `mutation($c: ID!, $co: ID!, $d: LocalDate!) { holdLinkageMeeting(input: { compoundId: $c, companyId: $co, heldOn: $d,
      topic: "电梯维修", residentsCommittee: true, otherParties: [], decisions: [{ content: "三日内修复" }] }) { id } }`,
      { c: String(compound.id), co: company, d: today() },
    );
    expect(meeting.errors).toBeUndefined();
    const registered = await as(
      'COMMUNITY_STAFF',
      `mutation($g: GridCode!, $co: ID!, $d: LocalDate!) { registerCompound(input: { name: "新苑小区", gridCode: $g, households: 120,
      buildings: 3, old: false, singleBuilding: false, mode: PROFESSIONAL, companyId: $co, since: $d }) { id } }`,
      { g: g1.code, co: company, d: today() },
    );
    expect(registered.errors).toBeUndefined();
    const evaluation = await as(
      'COMMUNITY_STAFF',
      `mutation($c: ID!, $co: ID!) { recordServiceEvaluation(input: { compoundId: $c, companyId: $co, quarter: "2019Q1",
      score: 88, evaluatorKind: OWNERS_COMMITTEE, evaluator: "业委会" }) { id } }`,
      { c: String(compound.id), co: company },
    );
    expect(evaluation.errors).toBeUndefined();
    expect([
      await count('property', 'linkage_meetings'),
      await count('property', 'residential_compounds'),
      await count('property', 'service_evaluations'),
    ]).toEqual(before.map((n) => n + 1));
  });

  test('a community records the dual report of a unit registered at the district', async () => {
    const unit = city.party.units.find(
      (u) => u.regionCode.startsWith(D1) && u.regionCode.length < 12,
    )!;
    const r = await as(
      'COMMUNITY_STAFF',
      `mutation($u: ID!, $c: RegionCode!, $d: LocalDate!) { reportDualReport(input: { unitId: $u, communityCode: $c, reportedOn: $d, offers: "场地" }) { id } }`,
      { u: String(unit.id), c: C1, d: today() },
    );
    expect(r.errors).toBeUndefined();
    expect(
      await sql('party', 'SELECT region_code FROM party_dual_reports WHERE id = ?', [
        Number(r.data.reportDualReport.id),
      ]),
    ).toEqual([{ region_code: C1 }]);
  });
});

describe('a community does its own work with district-registered records', () => {
  test('a community registers a unit and lists it with the district-registered units that report to it', async () => {
    const reg = await as(
      'COMMUNITY_STAFF',
      `mutation($c: RegionCode!) { registerUnit(input: { name: "白山市第一中学", kind: INSTITUTION, regionCode: $c }) { id regionCode } }`,
      { c: C1 },
    );
    expect(reg.errors).toBeUndefined();
    // Not the unit the dual-report test above uses, so the two tests run in any order.
    const district = city.party.units
      .filter((u) => u.regionCode.startsWith(D1) && u.regionCode.length < 12)
      .at(-1)!;
    const dual = await as(
      'COMMUNITY_STAFF',
      `mutation($u: ID!, $c: RegionCode!, $d: LocalDate!) { reportDualReport(input: { unitId: $u, communityCode: $c, reportedOn: $d, offers: "师资" }) { id } }`,
      { u: String(district.id), c: C1, d: today() },
    );
    expect(dual.errors).toBeUndefined();
    const list = await as(
      'COMMUNITY_STAFF',
      'query($c: String!) { units(under: $c, limit: 100) { totalCount items { id } } }',
      { c: C1 },
    );
    const ids = list.data.units.items.map((u: any) => u.id);
    expect(ids).toEqual(expect.arrayContaining([reg.data.registerUnit.id, String(district.id)]));
    const outside = await as(
      'COMMUNITY_STAFF',
      `mutation($c: RegionCode!) { registerUnit(input: { name: "外区单位", kind: ORGAN, regionCode: $c }) { id } }`,
      { c: g2.regionCode },
    );
    expect(codeOf(outside)).toBe('FORBIDDEN');
  });
});

describe('retries are safe', () => {
  test('a linkage meeting retried with the same idempotency key returns the first meeting, not a second one', async () => {
    const hold = `mutation($c: ID!, $d: LocalDate!, $k: String) { holdLinkageMeeting(input: { compoundId: $c, heldOn: $d, topic: "重试议事", residentsCommittee: true,
      otherParties: [], decisions: [{ content: "修缮" }], idempotencyKey: $k }) { id } }`;
    const vars = { c: String(compoundIn(g1.code).id), d: today(), k: `retry-${Date.now()}` };
    const before = await count('property', 'linkage_meetings');
    const answers = [
      await as('COMMUNITY_STAFF', hold, vars),
      await as('COMMUNITY_STAFF', hold, vars),
      await as('COMMUNITY_STAFF', hold, vars),
    ];
    expect(new Set(answers.map((a) => a.data?.holdLinkageMeeting?.id)).size).toBe(1);
    expect(answers[0].errors).toBeUndefined();
    expect(await count('property', 'linkage_meetings')).toBe(before + 1);
  });

  test('an inspection retried with the same key by the department system is recorded once', async () => {
    const component = city.urban.components.find((c) => c.gridCode.startsWith(D1))!;
    const record = `mutation($g: GridCode!, $c: ID!, $k: String) { recordInspection(input: { gridCode: $g, inspectorName: "巡查员", idempotencyKey: $k,
      findings: [{ componentId: $c, condition: DAMAGED }] }) { id } }`;
    const vars = { g: component.gridCode, c: String(component.id), k: `insp-${Date.now()}` };
    const before = await count('urban', 'urban_inspections');
    const a = await as('DEPARTMENT', record, vars);
    const b = await as('DEPARTMENT', record, vars);
    expect(a.errors).toBeUndefined();
    expect(b.data.recordInspection.id).toBe(a.data.recordInspection.id);
    expect(await count('urban', 'urban_inspections')).toBe(before + 1);
  });
});

describe('writes that are refused store nothing', () => {
  test("attaching a follow-up case outside the caller's jurisdiction is refused and the decision keeps no case", async () => {
    const m = await stack.query(
      `mutation($c: ID!, $d: LocalDate!) { holdLinkageMeeting(input: { compoundId: $c, heldOn: $d, topic: "外区议事", residentsCommittee: true,
      otherParties: [], decisions: [{ content: "立案", followUpRequired: true }] }) { decisions { id } } }`,
      { c: String(compoundIn(g2.code).id), d: today() },
    );
    const decisionId = m.data.holdLinkageMeeting.decisions[0].id;
    const r = await as(
      'COMMUNITY_STAFF',
      'mutation($d: ID!) { attachFollowUpCase(decisionId: $d, caseId: "1") { id } }',
      { d: decisionId },
    );
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(JSON.stringify(r)).not.toContain(g2.code);
    expect(
      await sql('property', 'SELECT follow_up_case_id FROM linkage_decisions WHERE id = ?', [
        Number(decisionId),
      ]),
    ).toEqual([{ follow_up_case_id: null }]);
  });

  test("a department's redeemPoints and registerVolunteer are refused and store nothing", async () => {
    const balance = city.volunteer.balances.find(
      (b) => b.regionCode.startsWith(D1) && b.balance > 0,
    )!;
    const before = [
      await count('volunteer', 'points_entries'),
      await count('volunteer', 'volunteers'),
    ];
    const redeem = await as(
      'DEPARTMENT',
      `mutation($v: ID!) { redeemPoints(volunteerId: $v, points: 1, item: "毛巾") { id } }`,
      { v: String(balance.volunteerId) },
    );
    const register = await as(
      'DEPARTMENT',
      `mutation($c: RegionCode!) { registerVolunteer(input: { name: "李四", phone: "13900000001", regionCode: $c, teamIds: [] }) { id } }`,
      { c: C1 },
    );
    expect([codeOf(redeem), codeOf(register)]).toEqual(['FORBIDDEN', 'FORBIDDEN']);
    expect([
      await count('volunteer', 'points_entries'),
      await count('volunteer', 'volunteers'),
    ]).toEqual(before);
  });
});

describe('writes have a rule about who may make them', () => {
  test("a department cannot publish a fee disclosure, post a micro-wish or set a district's points rate", async () => {
    const before = [
      await count('property', 'fee_disclosures'),
      await count('volunteer', 'micro_wishes'),
      await count('volunteer', 'points_rates'),
    ];
    const answers = [
      await as(
        'DEPARTMENT',
        `mutation($c: ID!) { publishFeeDisclosure(input: { compoundId: $c, month: "2019-02", incomeCents: 100, remunerationCents: 10, expensesCents: 50, balanceCents: 40 }) { id } }`,
        { c: String(compoundIn(g1.code).id) },
      ),
      await as(
        'DEPARTMENT',
        `mutation($g: GridCode!) { postMicroWish(input: { gridCode: $g, title: "轮椅", residentName: "王大妈" }) { id } }`,
        { g: g1.code },
      ),
      await as(
        'DEPARTMENT',
        `mutation($r: RegionCode!) { setPointsRate(regionCode: $r, pointsPerHour: 99) { pointsPerHour } }`,
        { r: D1 },
      ),
    ];
    expect(answers.map(codeOf)).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    expect([
      await count('property', 'fee_disclosures'),
      await count('volunteer', 'micro_wishes'),
      await count('volunteer', 'points_rates'),
    ]).toEqual(before);
  });

  test('a grid worker cannot file an evaluation as the street office', async () => {
    const compound = compoundIn(g1.code);
    const before = await count('property', 'service_evaluations');
    const r = await as(
      'GRID_WORKER',
      `mutation($c: ID!, $co: ID!) { recordServiceEvaluation(input: { compoundId: $c, companyId: $co, quarter: "2019Q2",
      score: 99, evaluatorKind: STREET_OFFICE, evaluator: "街道" }) { id } }`,
      { c: String(compound.id), co: String(compound.companyId) },
    );
    expect(codeOf(r)).toBe('FORBIDDEN');
    expect(await count('property', 'service_evaluations')).toBe(before);
  });
});

describe('domain rules', () => {
  const unit = () => String(city.party.units.find((u) => u.regionCode.startsWith(D1))!.id);
  const dual = (d: string) =>
    as(
      'COMMUNITY_STAFF',
      `mutation($u: ID!, $c: RegionCode!, $d: LocalDate!) { reportDualReport(input: { unitId: $u, communityCode: $c, reportedOn: $d, offers: "x" }) { id } }`,
      { u: unit(), c: C1, d },
    );

  test('2026-13-45 is not a date: BAD_USER_INPUT naming the field, nothing stored', async () => {
    const before = await count('party', 'party_dual_reports');
    const r = await dual('2026-13-45');
    expect(codeOf(r)).toBe('BAD_USER_INPUT');
    expect(r.errors[0].message).toContain('2026-13-45');
    expect(await count('party', 'party_dual_reports')).toBe(before);
  });

  test('a dual report dated tomorrow is refused with BAD_USER_INPUT on reportedOn', async () => {
    const r = await dual(new Date(Date.now() + 86_400_000).toISOString().slice(0, 10));
    expect(r.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reportedOn' });
  });

  test('a fee disclosure of the current, unfinished month is refused', async () => {
    const r = await as(
      'COMMUNITY_STAFF',
      `mutation($c: ID!, $m: YearMonth!) { publishFeeDisclosure(input: { compoundId: $c, month: $m, incomeCents: 100, remunerationCents: 10, expensesCents: 50, balanceCents: 40 }) { id } }`,
      { c: String(compoundIn(g1.code).id), m: today().slice(0, 7) },
    );
    expect(r.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'month' });
  });

  test('5 hours are not recorded for a 2-hour activity', async () => {
    const team = city.volunteer.teams.find((t) => t.regionCode === C1)!;
    const volunteer = city.volunteer.volunteers.find((v) => v.regionCode === C1)!;
    const start = new Date(Date.now() + 3600e3);
    const a = await stack.query(
      `mutation($t: ID!, $s: DateTimeISO!, $e: DateTimeISO!) { scheduleActivity(input: { teamId: $t, title: "清扫", startsAt: $s, endsAt: $e, capacity: 5 }) { id } }`,
      {
        t: String(team.id),
        s: start.toISOString(),
        e: new Date(start.getTime() + 2 * 3600e3).toISOString(),
      },
    );
    expect(a.errors).toBeUndefined();
    const p = await stack.query(
      'mutation($a: ID!, $v: ID!) { signUpForActivity(activityId: $a, volunteerId: $v) { id } }',
      { a: a.data.scheduleActivity.id, v: String(volunteer.id) },
    );
    const r = await as(
      'COMMUNITY_STAFF',
      'mutation($p: ID!) { recordServiceHours(input: { participationId: $p, hours: 5 }) { id } }',
      { p: p.data.signUpForActivity.id },
    );
    expect(r.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'hours' });
    expect(
      await sql('volunteer', 'SELECT minutes FROM participations WHERE id = ?', [
        Number(p.data.signUpForActivity.id),
      ]),
    ).not.toEqual([{ minutes: 300 }]);
  });
});

/** An address nothing listens on: a peer subgraph that is down. */
async function closedUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return `http://127.0.0.1:${port}/graphql`;
}

/** Runs `body` while the named peer cannot be reached from the subgraphs asking it, then puts it back. */
async function whilePeerDown<T>(peer: string, body: () => Promise<T>): Promise<T> {
  setPeer(peer, await closedUrl(), 500);
  try {
    return await body();
  } finally {
    setPeer(peer, stack.subgraphs[peer].url);
  }
}

describe('claimants that exist and are eligible', () => {
  const CLAIM = `mutation($i: ClaimMicroWishInput!) { claimMicroWish(input: $i) { id state claimantKind claimantUnitName } }`;
  const wish = async () =>
    (
      await stack.query(
        `mutation($g: GridCode!) { postMicroWish(input: { gridCode: $g, title: "助浴", residentName: "李奶奶" }) { id } }`,
        { g: g1.code },
      )
    ).data.postMicroWish.id as string;
  const stored = async (id: string) =>
    (
      await sql('volunteer', 'SELECT state, claimant_kind FROM micro_wishes WHERE id = ?', [
        Number(id),
      ])
    )[0];
  const OPEN = { state: 'OPEN', claimant_kind: null };

  test('a micro-wish is not claimed by party member 999999, who does not exist: BAD_USER_INPUT on partyMemberId, the wish stays open', async () => {
    const id = await wish();
    const r = await as('COMMUNITY_STAFF', CLAIM, { i: { wishId: id, partyMemberId: '999999' } });
    expect(r.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'partyMemberId',
    });
    expect(await stored(id)).toEqual(OPEN);
  });

  test("nor by a member of another district with no 双报到 in the wish's community; a member of the community claims it", async () => {
    const reporting = new Set(
      city.party.dualReports
        .filter((d) => d.memberId != null && d.endedOn == null && d.regionCode === C1)
        .map((d) => d.memberId),
    );
    const stranger = city.party.members.find(
      (m) => !m.regionCode.startsWith(D1) && !m.gridCode?.startsWith(D1) && !reporting.has(m.id),
    )!;
    const local = city.party.members.find((m) => m.regionCode === C1)!;
    const id = await wish();
    const refused = await as('COMMUNITY_STAFF', CLAIM, {
      i: { wishId: id, partyMemberId: String(stranger.id) },
    });
    expect(refused.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'partyMemberId',
    });
    expect(await stored(id)).toEqual(OPEN);
    const claimed = await as('COMMUNITY_STAFF', CLAIM, {
      i: { wishId: id, partyMemberId: String(local.id) },
    });
    expect(claimed.data.claimMicroWish).toMatchObject({
      state: 'CLAIMED',
      claimantKind: 'PARTY_MEMBER',
    });
  });

  test("a unit claims only once it has a standing dual report to the wish's community, under its registered name", async () => {
    const name = `白山市实验小学${Date.now()}`;
    const unit = await as(
      'COMMUNITY_STAFF',
      `mutation($c: RegionCode!, $n: String!) { registerUnit(input: { name: $n, kind: INSTITUTION, regionCode: $c }) { id } }`,
      { c: C1, n: name },
    );
    const unitId = unit.data.registerUnit.id;
    const id = await wish();
    const early = await as('COMMUNITY_STAFF', CLAIM, { i: { wishId: id, unitId } });
    expect(early.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitId' });
    expect(await stored(id)).toEqual(OPEN);
    const reported = await as(
      'COMMUNITY_STAFF',
      `mutation($u: ID!, $c: RegionCode!, $d: LocalDate!) { reportDualReport(input: { unitId: $u, communityCode: $c, reportedOn: $d, offers: "助老" }) { id } }`,
      { u: unitId, c: C1, d: today() },
    );
    expect(reported.errors).toBeUndefined();
    const claimed = await as('COMMUNITY_STAFF', CLAIM, { i: { wishId: id, unitId } });
    expect(claimed.data.claimMicroWish).toMatchObject({
      claimantKind: 'UNIT',
      claimantUnitName: name,
    });
  });

  test('while the party subgraph cannot be reached, a claim is refused with SUBGRAPH_UNAVAILABLE and the wish stays open', async () => {
    const local = city.party.members.find((m) => m.regionCode === C1)!;
    const id = await wish();
    const r = await whilePeerDown('party', () =>
      as('COMMUNITY_STAFF', CLAIM, { i: { wishId: id, partyMemberId: String(local.id) } }),
    );
    expect(r.errors[0].extensions).toMatchObject({
      code: 'SUBGRAPH_UNAVAILABLE',
      subgraph: 'party',
    });
    expect(await stored(id)).toEqual(OPEN);
  });
});

describe("a case's compound inside the case's grid", () => {
  const REPORT = `mutation($g: GridCode!, $c: ID) { reportCase(input: { gridCode: $g, title: "小区路灯不亮", category: PROPERTY, source: PATROL, compoundId: $c }) { id compound { id } } }`;

  test('reportCase with a compound of another district is BAD_USER_INPUT on compoundId, names no other grid, and stores no case', async () => {
    const before = await count('grid', 'cases');
    const r = await as('COMMUNITY_STAFF', REPORT, {
      g: g1.code,
      c: String(compoundIn(g2.code).id),
    });
    expect(r.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'compoundId' });
    expect(JSON.stringify(r)).not.toContain(g2.code);
    expect(await count('grid', 'cases')).toBe(before);
  });

  test("with a compound of the case's own grid the case is stored and links it", async () => {
    const compound = String(compoundIn(g1.code).id);
    const r = await as('COMMUNITY_STAFF', REPORT, { g: g1.code, c: compound });
    expect(r.errors).toBeUndefined();
    expect(r.data.reportCase.compound).toEqual({ id: compound });
    expect(
      await sql('grid', 'SELECT compound_id FROM cases WHERE id = ?', [
        Number(r.data.reportCase.id),
      ]),
    ).toEqual([{ compound_id: Number(compound) }]);
  });

  test('while the property subgraph cannot be reached, a case with a compound is refused with SUBGRAPH_UNAVAILABLE and nothing is stored; one without is stored', async () => {
    const before = await count('grid', 'cases');
    const [withCompound, without] = await whilePeerDown('property', async () => [
      await as('COMMUNITY_STAFF', REPORT, { g: g1.code, c: String(compoundIn(g1.code).id) }),
      await as('COMMUNITY_STAFF', REPORT.replace(' compound { id }', ''), { g: g1.code, c: null }),
    ]);
    expect(withCompound.errors[0].extensions).toMatchObject({
      code: 'SUBGRAPH_UNAVAILABLE',
      subgraph: 'property',
    });
    expect(without.errors).toBeUndefined();
    expect(await count('grid', 'cases')).toBe(before + 1);
  });
});

describe('party records can be written, not only seeded', () => {
  const committeeOf = (c: string) =>
    city.party.organizations.find((o) => o.level === 'COMMUNITY_COMMITTEE' && o.regionCode === c)!;
  // A unit registered above the community (at its district or street), so on the alliance's line.
  const unitOnLine = (c: string) =>
    city.party.units.find((u) => u.regionCode.length < 12 && c.startsWith(u.regionCode)) ??
    city.party.units[0];
  let serial = 0;
  const idNumber = () => {
    const first17 = `${D1}19750315${String(++serial + (Date.now() % 900)).padStart(3, '0')}`;
    return first17 + idNumberCheckChar(first17);
  };
  const writes = (grid: string) => {
    const c = grid.slice(0, 12);
    return [
      [
        'party_members',
        `mutation($i: RegisterPartyMemberInput!) { registerPartyMember(input: $i) { id gridCode transferredInOn } }`,
        {
          i: {
            name: '周振华',
            idNumber: idNumber(),
            organizationId: String(committeeOf(c).id),
            status: 'RESIDENT',
            gridCode: grid,
            joinedOn: '1999-07-01',
            transferredInOn: today(),
          },
        },
      ],
      [
        'party_alliances',
        `mutation($i: CreateAllianceInput!) { createAlliance(input: $i) { id members { unit { id } } } }`,
        {
          i: {
            name: '红色物业联盟',
            regionCode: c,
            foundedOn: today(),
            members: [{ unitId: String(unitOnLine(c).id), lists: { resourceSharing: ['会议室'] } }],
          },
        },
      ],
      [
        'party_service_stations',
        `mutation($i: OpenServiceStationInput!) { openServiceStation(input: $i) { id gridCode } }`,
        {
          i: {
            name: '小区党群服务站',
            kind: 'STATION',
            gridCode: grid,
            floorArea: 90,
            openedOn: today(),
          },
        },
      ],
    ] as const;
  };

  test('a community registers a member moving in, forms an alliance with a district-registered unit and opens a station: each answer is the row stored', async () => {
    for (const [table, doc, vars] of writes(g1.code)) {
      const r = await as('COMMUNITY_STAFF', doc, vars);
      expect(r.errors).toBeUndefined();
      const made = Object.values(r.data)[0] as { id: string };
      expect(
        await sql('party', `SELECT id FROM ${table} WHERE id = ?`, [Number(made.id)]),
      ).toHaveLength(1);
    }
  });

  test("outside the community's jurisdiction each of them is FORBIDDEN and nothing is stored", async () => {
    for (const [table, doc, vars] of writes(g2.code)) {
      const before = await count('party', table);
      const r = await as('COMMUNITY_STAFF', doc, vars);
      expect(codeOf(r)).toBe('FORBIDDEN');
      expect(await count('party', table)).toBe(before);
    }
  });
});

describe('codes are scalars', () => {
  test('a 12-digit grid code is BAD_USER_INPUT naming gridCode, as a variable or as a literal, and no case is stored', async () => {
    const before = await count('grid', 'cases');
    const variable = await as(
      'COMMUNITY_STAFF',
      `mutation($g: GridCode!) { reportCase(input: { gridCode: $g, title: "井盖缺失", category: OTHER, source: PATROL }) { id } }`,
      { g: C1 },
    );
    const literal = await as(
      'COMMUNITY_STAFF',
      `mutation { reportCase(input: { gridCode: "${C1}", title: "井盖缺失", category: OTHER, source: PATROL }) { id } }`,
    );
    for (const r of [variable, literal]) {
      expect(r.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'gridCode' });
      expect(r.errors[0].message).toContain('gridCode');
    }
    expect(await count('grid', 'cases')).toBe(before);
  });
});
