import { generateCity } from '../../services/demo-city';
import { startParty } from './party-helpers';
import { forThisFile } from '../helpers/for-this-file';

/** Alliances (党建联盟) and service stations (党群服务站) are written under the same rules as the rest. */
const city = generateCity('demo', 20210104);
const p = city.party;
const streetCommittee = p.organizations.find((o) => o.level === 'STREET_WORKING_COMMITTEE')!;
const S = streetCommittee.regionCode;
const D = S.slice(0, 6);
const districtUnits = p.units.filter((u) => u.regionCode === D);
const foreignUnit = p.units.find(
  (u) =>
    !u.regionCode.startsWith(D) &&
    !p.dualReports.some(
      (r) => r.unitId === u.id && r.endedOn == null && r.regionCode.startsWith(S),
    ),
)!;
const otherStreet = p.organizations.find(
  (o) => o.level === 'STREET_WORKING_COMMITTEE' && !o.regionCode.startsWith(D),
)!;
const grid = city.geography.grids.find((g) => g.level === 'BASIC' && g.code.startsWith(S))!;
const run = forThisFile(() => startParty(city));

const street = (q: string, v = {}) => run.as('STREET_STAFF', S, q, v);
const today = () => new Date().toISOString().slice(0, 10);
const fieldOf = (r: any) => r.errors?.[0]?.extensions;
/** Sent twice by the street with one idempotency key: the same row both times, one row more in `table`. */
async function storedOnce(table: string, mutation: string, field: string, i: object) {
  const before = await run.count(table);
  const a = await street(mutation, { i });
  const b = await street(mutation, { i });
  expect(b.data[field].id).toBe(a.data[field].id);
  expect(await run.count(table)).toBe(before + 1);
}

const CREATE = `mutation($i: CreateAllianceInput!) { createAlliance(input: $i) {
  id name regionCode foundedOn leadOrganization { id }
  members { unit { id } joinedOn coBuilding resourceSharing affairsConsultation talentDevelopment } } }`;
const alliance = (extra: Record<string, unknown> = {}) => ({
  name: '红色物业联盟',
  regionCode: S,
  leadOrganizationId: String(streetCommittee.id),
  foundedOn: '2024-05-01',
  members: [
    {
      unitId: String(districtUnits[0].id),
      lists: { coBuilding: ['支部共建'], resourceSharing: ['会议室'], talentDevelopment: ['党课'] },
    },
    { unitId: String(districtUnits[1].id), joinedOn: '2024-06-01' },
  ],
  ...extra,
});

describe('alliances (党建联盟)', () => {
  test('a street forms an alliance with its member units and their four lists', async () => {
    const r = await street(CREATE, { i: alliance() });
    expect(r.errors).toBeUndefined();
    expect(r.data.createAlliance).toMatchObject({
      regionCode: S,
      foundedOn: '2024-05-01',
      leadOrganization: { id: String(streetCommittee.id) },
      members: [
        {
          unit: { id: String(districtUnits[0].id) },
          joinedOn: '2024-05-01',
          coBuilding: ['支部共建'],
          resourceSharing: ['会议室'],
          affairsConsultation: [],
          talentDevelopment: ['党课'],
        },
        { unit: { id: String(districtUnits[1].id) }, joinedOn: '2024-06-01', coBuilding: [] },
      ],
    });
  });

  test.each([
    [
      'members[1].unitId',
      'a unit of another district that does not report there',
      () => ({
        members: [{ unitId: String(districtUnits[0].id) }, { unitId: String(foreignUnit.id) }],
      }),
    ],
    [
      'members[1].unitId',
      'the same unit twice',
      () => ({
        members: [{ unitId: String(districtUnits[0].id) }, { unitId: String(districtUnits[0].id) }],
      }),
    ],
    [
      'members[0].unitId',
      'a unit that does not exist',
      () => ({ members: [{ unitId: '999999' }] }),
    ],
    [
      'members[0].joinedOn',
      'a unit joining before the founding',
      () => ({
        members: [{ unitId: String(districtUnits[0].id), joinedOn: '2024-04-30' }],
      }),
    ],
    [
      'leadOrganizationId',
      'a lead of another region',
      () => ({
        leadOrganizationId: String(
          p.organizations.find((o) => o.level === 'COMMUNITY_COMMITTEE')!.id,
        ),
      }),
    ],
    ['foundedOn', 'a founding in the future', () => ({ foundedOn: '2999-01-01' })],
    ['regionCode', 'an alliance of a whole district', () => ({ regionCode: D })],
  ])('%s: %s is BAD_USER_INPUT naming it, nothing stored', async (field, _why, extra) => {
    const before = [await run.count('party_alliances'), await run.count('party_alliance_members')];
    const r = await run.gql(CREATE, { i: alliance(extra()) });
    expect(fieldOf(r)).toMatchObject({ code: 'BAD_USER_INPUT', field });
    expect([await run.count('party_alliances'), await run.count('party_alliance_members')]).toEqual(
      before,
    );
  });

  test('an alliance of another street is FORBIDDEN, and a retried one with the same key is stored once', async () => {
    const outside = await street(CREATE, {
      i: alliance({ regionCode: otherStreet.regionCode, leadOrganizationId: null }),
    });
    expect(fieldOf(outside).code).toBe('FORBIDDEN');
    await storedOnce(
      'party_alliances',
      CREATE,
      'createAlliance',
      alliance({ idempotencyKey: `alliance-${Date.now()}` }),
    );
  });

  test('a unit joins, its lists are replaced, it leaves; a second joining is CONFLICT and the last member stays', async () => {
    const made = (
      await street(CREATE, { i: alliance({ members: [{ unitId: String(districtUnits[0].id) }] }) })
    ).data.createAlliance;
    const unit = String(districtUnits[2].id);
    const ADD = `mutation($i: AddAllianceMemberInput!) { addAllianceMember(input: $i) { id joinedOn resourceSharing unit { id } } }`;
    const added = await street(ADD, {
      i: { allianceId: made.id, unitId: unit, lists: { resourceSharing: ['车辆'] } },
    });
    expect(added.data.addAllianceMember).toMatchObject({
      joinedOn: today(),
      resourceSharing: ['车辆'],
      unit: { id: unit },
    });
    expect(fieldOf(await street(ADD, { i: { allianceId: made.id, unitId: unit } }))).toMatchObject({
      code: 'CONFLICT',
      field: 'unitId',
    });
    const updated = await street(
      `mutation($i: UpdateAllianceMemberInput!) { updateAllianceMember(input: $i) { coBuilding resourceSharing } }`,
      { i: { allianceId: made.id, unitId: unit, lists: { coBuilding: ['联合主题党日'] } } },
    );
    expect(updated.data.updateAllianceMember).toEqual({
      coBuilding: ['联合主题党日'],
      resourceSharing: ['车辆'],
    });
    const REMOVE = `mutation($a: ID!, $u: ID!) { removeAllianceMember(allianceId: $a, unitId: $u) { members { unit { id } } } }`;
    const removed = await street(REMOVE, { a: made.id, u: unit });
    expect(removed.data.removeAllianceMember.members).toEqual([
      { unit: { id: String(districtUnits[0].id) } },
    ]);
    const last = await street(REMOVE, { a: made.id, u: String(districtUnits[0].id) });
    expect(fieldOf(last)).toMatchObject({ code: 'BAD_USER_INPUT', field: 'unitId' });
  });

  test('an alliance is renamed and its lead changed; another street’s alliance is FORBIDDEN', async () => {
    const mine = p.alliances.find((a) => a.regionCode.startsWith(S))!;
    const UPDATE = `mutation($i: UpdateAllianceInput!) { updateAlliance(input: $i) { name leadOrganization { id } } }`;
    const r = await street(UPDATE, {
      i: { id: String(mine.id), name: '区域化党建联盟', leadOrganizationId: null },
    });
    expect(r.data.updateAlliance).toEqual({ name: '区域化党建联盟', leadOrganization: null });
    const theirs = p.alliances.find((a) => !a.regionCode.startsWith(D))!;
    const forbidden = await street(UPDATE, { i: { id: String(theirs.id), name: '改名' } });
    expect(fieldOf(forbidden).code).toBe('FORBIDDEN');
    const [row] = await run.party.dataSource.query(
      'SELECT name FROM party_alliances WHERE id = ?',
      [theirs.id],
    );
    expect(row.name).toBe(theirs.name);
  });
});

describe('service stations (党群服务中心/站)', () => {
  const OPEN = `mutation($i: OpenServiceStationInput!) { openServiceStation(input: $i) {
    id kind regionCode gridCode gridKind floorArea openedOn } }`;
  const station = (extra: Record<string, unknown> = {}) => ({
    name: '幸福小区党群服务站',
    kind: 'STATION',
    gridCode: grid.code,
    floorArea: 120,
    openedOn: '2025-03-01',
    ...extra,
  });

  test("a street opens a grid's station (its community from the grid) and a community's centre", async () => {
    const s = await street(OPEN, { i: station() });
    expect(s.data.openServiceStation).toMatchObject({
      kind: 'STATION',
      regionCode: grid.code.slice(0, 12),
      gridCode: grid.code,
      gridKind: 'RESIDENTIAL',
      floorArea: 120,
    });
    const c = await street(OPEN, {
      i: station({
        kind: 'CENTER',
        gridCode: null,
        regionCode: grid.code.slice(0, 12),
        name: '社区党群服务中心',
        floorArea: 800,
      }),
    });
    expect(c.data.openServiceStation).toMatchObject({
      kind: 'CENTER',
      gridCode: null,
      gridKind: null,
    });
  });

  test.each([
    ['gridCode', 'a station without a grid', () => ({ gridCode: null })],
    ['gridCode', 'a centre on a grid', () => ({ kind: 'CENTER' })],
    [
      'regionCode',
      "a station in another community than its grid's",
      () => ({ regionCode: `${S}999` }),
    ],
    ['floorArea', 'a floor area of 0', () => ({ floorArea: 0 })],
    ['openedOn', 'an opening in the future', () => ({ openedOn: '2999-01-01' })],
  ])('%s: %s is BAD_USER_INPUT naming it, nothing stored', async (field, _why, extra) => {
    const before = await run.count('party_service_stations');
    expect(fieldOf(await run.gql(OPEN, { i: station(extra()) }))).toMatchObject({
      code: 'BAD_USER_INPUT',
      field,
    });
    expect(await run.count('party_service_stations')).toBe(before);
  });

  test('a station is updated in its street and FORBIDDEN elsewhere; a retry with the same key opens one', async () => {
    const UPDATE = `mutation($i: UpdateServiceStationInput!) { updateServiceStation(input: $i) { name floorArea } }`;
    const mine = p.stations.find((x) => x.regionCode.startsWith(S))!;
    const r = await street(UPDATE, {
      i: { id: String(mine.id), floorArea: 150, name: '新址服务站' },
    });
    expect(r.data.updateServiceStation).toEqual({ name: '新址服务站', floorArea: 150 });
    const theirs = p.stations.find((x) => !x.regionCode.startsWith(D))!;
    expect(fieldOf(await street(UPDATE, { i: { id: String(theirs.id), floorArea: 1 } })).code).toBe(
      'FORBIDDEN',
    );
    await storedOnce(
      'party_service_stations',
      OPEN,
      'openServiceStation',
      station({ idempotencyKey: `station-${Date.now()}` }),
    );
  });
});
