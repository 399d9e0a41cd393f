import { generateCity } from '../../services/demo-city';
import { regionPrefix } from '../../shared/codes';
import type { Role } from '../../shared/viewer';
import { startStack } from '../helpers/stack';
import { CALLER_ROLES, callerBearer } from '../helpers/auth';
import { forThisFile } from '../helpers/for-this-file';

/**
 * The authorization matrix: every role, inside and outside its jurisdiction, against each
 * subgraph's main queries and mutations, through the real gateway.
 */
const city = generateCity('demo', 20210104);
const stack = forThisFile(() => startStack(city));

const g1 = city.geography.grids.find(
  (g) =>
    g.level === 'BASIC' &&
    city.property.compounds.some((c) => c.gridCode === g.code) &&
    city.party.members.some((m) => m.gridCode === g.code),
)!;
const C1 = g1.regionCode;
const S1 = C1.slice(0, 9);
const D1 = C1.slice(0, 6);
const g2 = city.geography.grids.find(
  (g) =>
    g.level === 'BASIC' &&
    !g.code.startsWith(S1) &&
    city.property.compounds.some((c) => c.gridCode === g.code),
)!;
const REGION: Record<Role, string> = {
  CITY_ADMIN: '220600',
  STREET_STAFF: S1,
  COMMUNITY_STAFF: C1,
  GRID_WORKER: g1.code,
  DEPARTMENT: D1,
  ANALYST: '',
  SERVICE: '',
};
const ROLES = CALLER_ROLES;
const as = (role: Role) => callerBearer(role, REGION[role]);
const q = async (role: Role, query: string, variables?: Record<string, unknown>) =>
  stack.query(query, variables, await as(role));
const under = (code: string, prefix: string) => code.startsWith(regionPrefix(prefix));
const CG = city.grid.departments.find((d) => d.code === 'CG')!.id;

describe('who sees which rows', () => {
  // Read from the grid database at the moment of the query, not from the seed: other tests in this
  // file report cases, and jest may run them first (--randomize).
  const storedCases = async () =>
    (
      (await stack.subgraphs.grid.dataSource.query(
        'SELECT grid_code, department_id FROM cases',
      )) as { grid_code: string; department_id: number | null }[]
    ).map((c) => ({ gridCode: c.grid_code, departmentId: c.department_id }));
  const expectedGrids: Record<
    string,
    (cases: { gridCode: string; departmentId: number | null }[]) => number
  > = {
    DEPARTMENT: (cases) =>
      new Set(
        cases.filter((c) => c.departmentId === CG && under(c.gridCode, D1)).map((c) => c.gridCode),
      ).size,
  };
  test.each(ROLES)('%s gets exactly the grids and cases of its jurisdiction', async (role) => {
    const stored = await storedCases();
    expect(stored.length).toBeGreaterThanOrEqual(city.grid.cases.length);
    const r = await q(
      role,
      '{ grids(under: "220600", limit: 1) { totalCount } cases(under: "220600", limit: 1) { totalCount } }',
    );
    expect(r.errors).toBeUndefined();
    const grids =
      expectedGrids[role]?.(stored) ??
      city.geography.grids.filter((g) => under(g.code, REGION[role])).length;
    const cases =
      role === 'ANALYST'
        ? 0
        : stored.filter(
            (c) =>
              under(c.gridCode, REGION[role]) && (role !== 'DEPARTMENT' || c.departmentId === CG),
          ).length;
    expect(r.data).toEqual({ grids: { totalCount: grids }, cases: { totalCount: cases } });
  });

  test.each(ROLES.filter((r) => r !== 'ANALYST' && r !== 'DEPARTMENT'))(
    '%s gets exactly the party members, compounds and volunteer teams of its jurisdiction',
    async (role) => {
      const r = await q(
        role,
        `{ partyMembers(under: "220600", limit: 1) { totalCount }
      compounds(under: "220600", limit: 1) { totalCount } volunteerTeams(under: "220600", limit: 1) { totalCount } }`,
      );
      expect(r.errors).toBeUndefined();
      const p = REGION[role];
      // Local members, and in-service members of organisations elsewhere with a standing dual report here (双报到).
      const local = (m: { gridCode: string | null; regionCode: string }) =>
        p.length === 15 ? m.gridCode === p : under(m.regionCode ?? '', p);
      const reportedHere = new Set(
        city.party.dualReports
          .filter((d) => d.memberId != null && !d.endedOn)
          .filter((d) => (p.length === 15 ? d.gridCode === p : under(d.regionCode, p)))
          .map((d) => d.memberId),
      );
      const members = city.party.members.filter((m) => local(m) || reportedHere.has(m.id)).length;
      const teams = city.volunteer.teams.filter((t) =>
        p.length === 15 ? t.gridCode === p : under(t.regionCode, p),
      ).length;
      expect(r.data).toEqual({
        partyMembers: { totalCount: members },
        compounds: {
          totalCount: city.property.compounds.filter((c) => under(c.gridCode, p)).length,
        },
        volunteerTeams: { totalCount: teams },
      });
    },
  );

  test.each(['STREET_STAFF', 'COMMUNITY_STAFF', 'GRID_WORKER'] as const)(
    '%s asking for a grid outside its jurisdiction gets null and FORBIDDEN',
    async (role) => {
      const r = await q(
        role,
        'query($c: String!) { grid(code: $c) { code name compounds { name } } }',
        { c: g2.code },
      );
      expect(r.data.grid).toBeNull();
      expect(r.errors[0].extensions.code).toBe('FORBIDDEN');
      expect(JSON.stringify(r)).not.toContain(g2.name);
    },
  );

  test('a department sees only the cases dispatched to it, and the grids they stand in', async () => {
    const mine = city.grid.cases.find((c) => c.departmentId === CG && under(c.gridCode, D1))!;
    const other = city.grid.cases.find(
      (c) => c.departmentId !== null && c.departmentId !== CG && under(c.gridCode, D1),
    )!;
    const r = await q(
      'DEPARTMENT',
      'query($a: ID!, $b: ID!) { a: case(id: $a) { id grid { code } } b: case(id: $b) { id } }',
      { a: String(mine.id), b: String(other.id) },
    );
    expect(r.data.a).toEqual({ id: String(mine.id), grid: { code: mine.gridCode } });
    expect(r.data.b).toBeNull();
    expect(r.errors.map((e: any) => e.extensions.code)).toEqual(['FORBIDDEN']);
  });

  test("an analyst gets every subgraph's indicators for the city and never a person", async () => {
    const r = await q(
      'ANALYST',
      `{ region(code: "220600") { gridIndicators { grids cases } partyIndicators { membersUnderGridManagement }
      propertyIndicators { serviceCoverage } volunteerIndicators { volunteers } } }`,
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.region.gridIndicators.grids).toBe(
      city.geography.grids.filter((g) => g.level === 'BASIC').length,
    );
    expect(r.data.region.volunteerIndicators.volunteers).toBe(city.volunteer.volunteers.length);
    const people = await q(
      'ANALYST',
      'query($c: String!) { partyMembers(under: "220600", limit: 5) { items { name } } grid(code: $c) { workers { name } centerHouseholds { name } } }',
      { c: g1.code },
    );
    // Lists of people are cut to nothing for an analyst (shared/auth/policy), not answered with errors.
    expect(people.errors).toBeUndefined();
    expect(people.data).toEqual({
      partyMembers: { items: [] },
      grid: { workers: [], centerHouseholds: [] },
    });
    const names = [...city.party.members, ...city.grid.workers].map((m) => m.name);
    const text = JSON.stringify(people.data);
    expect(names.filter((n) => text.includes(n))).toEqual([]);
  });
});

describe('which fields are masked', () => {
  const member = () => city.party.members.find((m) => m.gridCode === g1.code && m.phone)!;
  const Q = 'query($id: ID!) { partyMember(id: $id) { name phone } }';
  test.each([
    ['GRID_WORKER', false],
    ['COMMUNITY_STAFF', false],
    ['STREET_STAFF', false],
    ['CITY_ADMIN', true],
  ] as const)("%s sees a party member's name and phone masked: %s", async (role, masked) => {
    const m = member();
    const r = await q(role, Q, { id: String(m.id) });
    expect(r.errors).toBeUndefined();
    if (masked) {
      expect(r.data.partyMember.name).toBe(m.name[0] + '*'.repeat([...m.name].length - 1));
      expect(r.data.partyMember.phone).toBe(`${m.phone!.slice(0, 3)}****${m.phone!.slice(-4)}`);
    } else {
      expect(r.data.partyMember).toEqual({ name: m.name, phone: m.phone });
    }
  });

  test("a micro-wish resident's name is masked for every role", async () => {
    const wish = city.volunteer.wishes.find((w) => w.gridCode.startsWith(C1))!;
    for (const role of ['CITY_ADMIN', 'COMMUNITY_STAFF'] as const) {
      const r = await q(role, 'query($id: ID!) { microWish(id: $id) { residentName } }', {
        id: String(wish.id),
      });
      expect(r.data.microWish.residentName).not.toBe(wish.residentName);
      expect(r.data.microWish.residentName[0]).toBe(wish.residentName[0]);
    }
  });
});

describe('refused mutations write nothing', () => {
  const count = async (service: string, table: string) =>
    Number(
      (await stack.subgraphs[service].dataSource.query(`SELECT COUNT(*) AS n FROM ${table}`))[0].n,
    );
  const REPORT =
    'mutation($g: GridCode!) { reportCase(input: { gridCode: $g, title: "测试事项", category: OTHER, source: PATROL }) { id } }';
  const WISH =
    'mutation($g: GridCode!) { postMicroWish(input: { gridCode: $g, title: "测试心愿", residentName: "张三" }) { id } }';

  test.each(['STREET_STAFF', 'COMMUNITY_STAFF', 'GRID_WORKER'] as const)(
    '%s reports a case and posts a wish on its own grid, and is refused elsewhere',
    async (role) => {
      expect((await q(role, REPORT, { g: g1.code })).errors).toBeUndefined();
      const cases = await count('grid', 'cases');
      const wishes = await count('volunteer', 'micro_wishes');
      const outside = await q(role, REPORT, { g: g2.code });
      expect(outside.errors[0].extensions.code).toBe('FORBIDDEN');
      const wish = await q(role, WISH, { g: g2.code });
      expect(wish.errors[0].extensions.code).toBe('FORBIDDEN');
      expect(await count('grid', 'cases')).toBe(cases);
      expect(await count('volunteer', 'micro_wishes')).toBe(wishes);
    },
  );

  test('an analyst cannot change anything', async () => {
    const before = await count('grid', 'cases');
    const r = await q('ANALYST', REPORT, { g: g1.code });
    expect(r.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(await count('grid', 'cases')).toBe(before);
  });

  test('a community worker cannot publish a fee disclosure or transfer a member outside its community', async () => {
    const compound = city.property.compounds.find((c) => c.gridCode === g2.code)!;
    const disclosures = await count('property', 'fee_disclosures');
    const pub = await q(
      'COMMUNITY_STAFF',
      `mutation($c: ID!) { publishFeeDisclosure(input: { compoundId: $c, month: "2026-10",
      incomeCents: 1000, remunerationCents: 100, expensesCents: 800, balanceCents: 100 }) { id } }`,
      { c: String(compound.id) },
    );
    expect(pub.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(await count('property', 'fee_disclosures')).toBe(disclosures);
    const outsider = city.party.members.find((m) => !under(m.regionCode ?? '', C1))!;
    const target = city.party.organizations.find(
      (o) => o.level === 'GRID_BRANCH' && o.gridCode === g1.code,
    )!;
    const transfers = await count('party', 'party_member_transfers');
    const t = await q(
      'COMMUNITY_STAFF',
      `mutation($m: ID!, $o: ID!) { transferPartyMember(input: { memberId: $m, toOrganizationId: $o,
      reason: RELOCATION, transferredOn: "2026-11-01" }) { id } }`,
      { m: String(outsider.id), o: String(target.id) },
    );
    expect(t.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(await count('party', 'party_member_transfers')).toBe(transfers);
  });

  /** An accepted case of district D1 escalated and dispatched to 卫健 (WJ) by the city administrator: its id and version. */
  async function dispatchToAnother() {
    const c = city.grid.cases.find(
      (x) => x.state === 'ACCEPTED' && x.departmentId == null && under(x.gridCode, D1),
    )!;
    const step = async (name: string, input: Record<string, unknown>) =>
      (
        await q(
          'CITY_ADMIN',
          `mutation($i: ${name === 'dispatchCase' ? 'DispatchCaseInput' : 'CaseTransitionInput'}!) { r: ${name}(input: $i) { id version } }`,
          { i: input },
        )
      ).data.r as { id: string; version: number };
    const escalated = await step('escalateCase', { id: String(c.id), version: c.version });
    return step('dispatchCase', { ...escalated, departmentCode: 'WJ' });
  }

  test("a department checks in on its own dispatched case but not on another department's", async () => {
    const mine = city.grid.cases.find(
      (c) => c.departmentId === CG && c.state === 'DISPATCHED' && under(c.gridCode, D1),
    );
    const seeded = city.grid.cases.find(
      (c) =>
        c.departmentId !== CG &&
        c.departmentId !== null &&
        c.state === 'DISPATCHED' &&
        under(c.gridCode, D1),
    );
    // Without one in the demo city, the command centre blows the whistle for another department now.
    const other = seeded ?? (await dispatchToAnother());
    const CHECK =
      'mutation($id: ID!, $v: Int!) { checkInCase(input: { id: $id, version: $v }) { state } }';
    if (mine)
      expect(
        (await q('DEPARTMENT', CHECK, { id: String(mine.id), v: mine.version })).data.checkInCase
          .state,
      ).toBe('IN_PROGRESS');
    expect(other).toBeDefined();
    const refused = await q('DEPARTMENT', CHECK, { id: String(other!.id), v: other!.version });
    expect(refused.errors[0].extensions.code).toBe('FORBIDDEN');
    const row = await stack.subgraphs.grid.dataSource.query(
      'SELECT state, version FROM cases WHERE id = ?',
      [other!.id],
    );
    expect(row[0]).toMatchObject({ state: 'DISPATCHED', version: other!.version });
  });
});
