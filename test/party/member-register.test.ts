import { generateCity } from '../../services/demo-city';
import type { Role } from '../../shared/viewer';
import { idNumberCheckChar } from '../../shared/cell-checks';
import { startParty } from './party-helpers';
import { forThisFile } from '../helpers/for-this-file';

/** 党员转入登记 and a member's record: registered once, in the caller's jurisdiction, every refusal naming its field. */
const city = generateCity('demo', 20210104);
const p = city.party;
const branch = p.organizations.find((o) => o.level === 'GRID_BRANCH')!;
const C = branch.regionCode;
const elsewhere = p.organizations.find(
  (o) => o.level === 'COMMUNITY_COMMITTEE' && !o.regionCode.startsWith(C.slice(0, 6)),
)!;
const run = forThisFile(() => startParty(city));

const community = (q: string, v = {}) => run.as('COMMUNITY_STAFF', C, q, v);
const today = () => new Date().toISOString().slice(0, 10);
const tomorrow = () => new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);

let serial = 0;
/** A valid ID number (GB 11643 check character) born on `birth` (YYYYMMDD), unique per call. */
function idNumber(birth = '19800101'): string {
  const first17 = `${C.slice(0, 6)}${birth}${String(++serial).padStart(3, '0')}`;
  return first17 + idNumberCheckChar(first17);
}

/** The same ID number with a wrong check character. */
const flip = (id: string) => id.slice(0, 17) + (id[17] === '0' ? '1' : '0');

const REGISTER = `mutation($i: RegisterPartyMemberInput!) { registerPartyMember(input: $i) {
  id name regionCode gridCode status joinedOn transferredInOn transferredInFrom version organization { id } } }`;
const arrival = (extra: Record<string, unknown> = {}) => ({
  name: '刘建国',
  idNumber: idNumber(),
  phone: '13912345678',
  organizationId: String(branch.id),
  status: 'RESIDENT',
  joinedOn: '2005-07-01',
  transferredInOn: today(),
  transferredInFrom: '吉林省通化市某社区党委',
  ...extra,
});

describe('a member whose relation moves in (组织关系转入)', () => {
  test("a community registers the member with the receiving organisation, its grid and the letter's sender", async () => {
    const before = await run.count('party_members');
    const r = await community(REGISTER, { i: arrival() });
    expect(r.errors).toBeUndefined();
    expect(r.data.registerPartyMember).toMatchObject({
      regionCode: C,
      gridCode: branch.gridCode,
      status: 'RESIDENT',
      joinedOn: '2005-07-01',
      transferredInOn: today(),
      transferredInFrom: '吉林省通化市某社区党委',
      version: 1,
      organization: { id: String(branch.id) },
    });
    expect(await run.count('party_members')).toBe(before + 1);
  });

  test('registering into an organisation outside the caller’s jurisdiction is FORBIDDEN and stores nothing', async () => {
    const before = await run.count('party_members');
    const r = await community(REGISTER, { i: arrival({ organizationId: String(elsewhere.id) }) });
    expect(r.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(JSON.stringify(r)).not.toContain(elsewhere.regionCode);
    expect(await run.count('party_members')).toBe(before);
  });

  const district = p.organizations.find((o) => o.level === 'DISTRICT_COMMITTEE')!;
  test.each([
    [
      'idNumber',
      'an ID number whose check character is wrong',
      () => ({ idNumber: flip(idNumber()) }),
    ],
    ['phone', 'a phone that is no phone', () => ({ phone: '12345' })],
    ['joinedOn', 'a joining day in the future', () => ({ joinedOn: tomorrow() })],
    ['transferredInOn', 'a relation moving in tomorrow', () => ({ transferredInOn: tomorrow() })],
    [
      'transferredInOn',
      'a relation moving in before the member joined',
      () => ({ joinedOn: '2010-01-01', transferredInOn: '2009-12-31' }),
    ],
    [
      'joinedOn',
      'joining before the 18th birthday',
      () => ({ idNumber: idNumber('19950601'), joinedOn: '2013-05-31' }),
    ],
    ['organizationId', 'an organisation that does not exist', () => ({ organizationId: '999999' })],
    [
      'organizationId',
      'a committee that holds no members',
      () => ({ organizationId: String(district.id) }),
    ],
    [
      'gridCode',
      "a grid outside the organisation's community",
      () => ({ gridCode: `${elsewhere.regionCode}001` }),
    ],
  ])('%s: %s is BAD_USER_INPUT naming it, nothing stored', async (field, _why, extra) => {
    const before = await run.count('party_members');
    // As SERVICE (whole graph), so that only the rule under test can refuse.
    const r = await run.gql(REGISTER, { i: arrival(extra()) });
    expect(r.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect(await run.count('party_members')).toBe(before);
  });

  test('a person is registered once: the same ID number again is CONFLICT on idNumber, even when the first lies outside the caller’s view', async () => {
    const id = idNumber();
    const first = await run.gql(REGISTER, {
      i: arrival({ idNumber: id, organizationId: String(elsewhere.id) }),
    });
    expect(first.errors).toBeUndefined();
    const again = await community(REGISTER, { i: arrival({ idNumber: id }) });
    expect(again.errors[0].extensions).toMatchObject({ code: 'CONFLICT', field: 'idNumber' });
    expect(JSON.stringify(again)).not.toContain(elsewhere.regionCode);
  });

  test('a retry with the same idempotency key returns the first member and stores one', async () => {
    const i = arrival({ idempotencyKey: `arrival-${Date.now()}` });
    const before = await run.count('party_members');
    const a = await community(REGISTER, { i });
    const b = await community(REGISTER, { i });
    expect(a.errors).toBeUndefined();
    expect(b.data.registerPartyMember.id).toBe(a.data.registerPartyMember.id);
    expect(await run.count('party_members')).toBe(before + 1);
  });
});

describe("a member's record", () => {
  const UPDATE = `mutation($i: UpdatePartyMemberInput!) { updatePartyMember(input: $i) {
    id phone address status gridCode centerHousehold version } }`;
  const member = () =>
    p.members.find((m) => m.regionCode === C && m.gridCode && m.status === 'RESIDENT')!;

  test('a community changes phone, address and status; the version goes up, a stale version is CONFLICT', async () => {
    const m = member();
    const [row] = await run.party.dataSource.query(
      'SELECT version FROM party_members WHERE id = ?',
      [m.id],
    );
    const r = await community(UPDATE, {
      i: {
        id: String(m.id),
        expectedVersion: row.version,
        phone: '0435-3216688',
        address: null,
        status: 'RETIRED',
      },
    });
    expect(r.errors).toBeUndefined();
    expect(r.data.updatePartyMember).toMatchObject({
      phone: '0435-3216688',
      address: null,
      status: 'RETIRED',
      version: row.version + 1,
    });
    const stale = await community(UPDATE, {
      i: { id: String(m.id), expectedVersion: row.version, phone: '13900001111' },
    });
    expect(stale.errors[0].extensions).toMatchObject({
      code: 'CONFLICT',
      currentVersion: row.version + 1,
    });
  });

  test("a member outside the caller's jurisdiction is FORBIDDEN; a grid beyond the organisation and its dual reports, or a centre household without a grid, is BAD_USER_INPUT", async () => {
    const outside = p.members.find((m) => !m.regionCode.startsWith(C.slice(0, 6)))!;
    const forbidden = await community(UPDATE, {
      i: { id: String(outside.id), phone: '13900002222' },
    });
    expect(forbidden.errors[0].extensions.code).toBe('FORBIDDEN');
    const m = member();
    const far = p.members.find((x) => x.regionCode !== C && x.gridCode)!.gridCode!;
    const grid = await run.gql(UPDATE, { i: { id: String(m.id), gridCode: far } });
    expect(grid.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'gridCode' });
    const household = await community(UPDATE, {
      i: { id: String(m.id), gridCode: null, centerHousehold: true },
    });
    expect(household.errors[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'centerHousehold',
    });
    const [row] = await run.party.dataSource.query(
      'SELECT grid_code FROM party_members WHERE id = ?',
      [m.id],
    );
    expect(row.grid_code).toBe(m.gridCode);
  });

  test('a transfer to an organisation outside the caller’s jurisdiction is FORBIDDEN: a move writes where it lands too', async () => {
    const m = member();
    const before = await run.count('party_member_transfers');
    const r = await community(
      `mutation($i: TransferPartyMemberInput!) { transferPartyMember(input: $i) { id } }`,
      {
        i: {
          memberId: String(m.id),
          toOrganizationId: String(elsewhere.id),
          reason: 'RELOCATION',
          transferredOn: today(),
        },
      },
    );
    expect(r.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(await run.count('party_member_transfers')).toBe(before);
  });
});

describe('who serves in a community (the claimants of its micro-wishes)', () => {
  const SERVES = `query($r: [_Any!]!, $c: RegionCode!) { _entities(representations: $r) {
    ... on PartyMember { servesIn(communityCode: $c) } ... on PartyUnit { servesIn(communityCode: $c) } } }`;
  const ask = (typename: string, id: number, c: string, role: Role = 'SERVICE', region = '') =>
    run.as(role, region, SERVES, { r: [{ __typename: typename, id: String(id) }], c });

  test('a member organised there or managed in one of its grids serves; one of elsewhere serves once it reports there (双报到)', async () => {
    const own = p.members.find((m) => m.regionCode === C)!;
    // Managed in a grid of another community than its organisation's.
    const managed = p.members.find((m) => m.gridCode && !m.gridCode.startsWith(m.regionCode))!;
    const arrived = await run.gql(REGISTER, {
      i: arrival({ organizationId: String(elsewhere.id), status: 'IN_SERVICE' }),
    });
    const newcomer = Number(arrived.data.registerPartyMember.id);
    const before = await ask('PartyMember', newcomer, C);
    const reported = await run.gql(
      `mutation($i: ReportDualReportInput!) { reportDualReport(input: $i) { id } }`,
      {
        i: {
          memberId: String(newcomer),
          communityCode: C,
          reportedOn: today(),
          offers: ['法律咨询'],
        },
      },
    );
    expect(reported.errors).toBeUndefined();
    const answers = [
      await ask('PartyMember', own.id, C),
      await ask('PartyMember', managed.id, managed.gridCode!.slice(0, 12)),
      before,
      await ask('PartyMember', newcomer, C),
    ];
    expect(answers.map((a) => a.data._entities[0].servesIn)).toEqual([true, true, false, true]);
  });

  test('a unit serves where it has a standing dual report; the question is asked under the read policy', async () => {
    const report = p.dualReports.find((r) => r.unitId != null && r.endedOn == null)!;
    const other = city.geography.regions.find(
      (r) =>
        r.code.length === 12 &&
        !p.dualReports.some(
          (d) => d.unitId === report.unitId && d.endedOn == null && d.regionCode === r.code,
        ),
    )!;
    expect(
      (await ask('PartyUnit', report.unitId!, report.regionCode)).data._entities[0].servesIn,
    ).toBe(true);
    expect((await ask('PartyUnit', report.unitId!, other.code)).data._entities[0].servesIn).toBe(
      false,
    );
    const outside = await ask(
      'PartyUnit',
      report.unitId!,
      report.regionCode,
      'COMMUNITY_STAFF',
      other.code,
    );
    expect(outside.errors[0].extensions.code).toBe('FORBIDDEN');
    const dept = await ask(
      'PartyUnit',
      report.unitId!,
      report.regionCode,
      'DEPARTMENT',
      report.regionCode,
    );
    expect(dept.errors[0].extensions.code).toBe('FORBIDDEN');
  });
});
