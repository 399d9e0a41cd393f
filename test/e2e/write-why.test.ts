import { generateCity } from '../../services/demo-city';
import type { Role } from '../../shared/viewer';
import { startStack, type Stack } from '../helpers/stack';
import { bearer } from '../helpers/auth';

/** Each case of issue 20's "Why", through the real gateway: the answer and the stored rows agree. */
const city = generateCity('demo', 45);
let stack: Stack;
beforeAll(async () => {
  stack = await startStack(city);
}, 120_000);
afterAll(() => stack?.close());

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
        `mutation($g: String!) { reportCase(input: { gridCode: $g, title: "占道经营", category: SANITATION, source: PATROL }) { id version } }`,
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
      `mutation($g: String!, $co: ID!, $d: LocalDate!) { registerCompound(input: { name: "新苑小区", gridCode: $g, households: 120,
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
      `mutation($u: ID!, $c: String!, $d: LocalDate!) { reportDualReport(input: { unitId: $u, communityCode: $c, reportedOn: $d, offers: "场地" }) { id } }`,
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
      `mutation($u: ID!, $c: String!, $d: LocalDate!) { reportDualReport(input: { unitId: $u, communityCode: $c, reportedOn: $d, offers: "师资" }) { id } }`,
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
    const record = `mutation($g: String!, $c: ID!, $k: String) { recordInspection(input: { gridCode: $g, inspectorName: "巡查员", idempotencyKey: $k,
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
      `mutation($c: String!) { registerVolunteer(input: { name: "李四", phone: "13900000001", regionCode: $c, teamIds: [] }) { id } }`,
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
        `mutation($g: String!) { postMicroWish(input: { gridCode: $g, title: "轮椅", residentName: "王大妈" }) { id } }`,
        { g: g1.code },
      ),
      await as(
        'DEPARTMENT',
        `mutation($r: String!) { setPointsRate(regionCode: $r, pointsPerHour: 99) { pointsPerHour } }`,
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
      `mutation($u: ID!, $c: String!, $d: LocalDate!) { reportDualReport(input: { unitId: $u, communityCode: $c, reportedOn: $d, offers: "x" }) { id } }`,
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
