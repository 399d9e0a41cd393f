import { generateCity } from '../../services/demo-city';
import { fixtures, startVolunteerSubgraph } from './volunteer-harness';
import { forThisFile } from '../helpers/for-this-file';

const city = generateCity('demo', 20210104);
const grid = city.geography.grids.find((g) => g.level === 'MICRO')!;
const community = grid.regionCode;
// Claimants the party subgraph knows in the wish's community: members of its organisations, units reporting there.
const members = city.party.members
  .filter((m) => m.regionCode === community)
  .map((m) => String(m.id));
const units = [
  ...new Set(
    city.party.dualReports
      .filter((r) => r.unitId != null && r.endedOn == null && r.regionCode === community)
      .map((r) => r.unitId!),
  ),
].map((id) => city.party.units.find((u) => u.id === id)!);
const h = forThisFile(() => startVolunteerSubgraph(city, true, { party: true }));

const CLAIM = `mutation($i: ClaimMicroWishInput!) { claimMicroWish(input: $i) { state claimantKind claimantMember { id } claimantUnitId claimantUnitName claimedAt } }`;
const FULFIL = `mutation($id: ID!) { fulfilMicroWish(id: $id) { state fulfilledAt nextStates } }`;
const CONFIRM = `mutation($id: ID!) { confirmMicroWish(id: $id) { state confirmedAt nextStates } }`;

describe('micro-wishes (微心愿)', () => {
  test('a wish goes OPEN → CLAIMED → FULFILLED → CONFIRMED and shows on the claiming member', async () => {
    const id = await fixtures(h).wish(grid.code);
    const member = members[0];
    const claimed = (await h.ok(CLAIM, { i: { wishId: id, partyMemberId: member } }))
      .claimMicroWish;
    expect(claimed).toMatchObject({
      state: 'CLAIMED',
      claimantKind: 'PARTY_MEMBER',
      claimantMember: { id: member },
      claimantUnitId: null,
    });
    expect(claimed.claimedAt).toBeTruthy();
    expect((await h.ok(FULFIL, { id })).fulfilMicroWish).toMatchObject({
      state: 'FULFILLED',
      nextStates: ['CONFIRMED'],
    });
    expect((await h.ok(CONFIRM, { id })).confirmMicroWish).toMatchObject({
      state: 'CONFIRMED',
      nextStates: [],
    });
    const shown = await h.ok(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on PartyMember { claimedWishes { id state residentName } } } }`,
      { r: [{ __typename: 'PartyMember', id: member }] },
    );
    expect(shown._entities[0].claimedWishes).toContainEqual({
      id,
      state: 'CONFIRMED',
      residentName: '张**',
    });
  });

  test('of ten concurrent claims on one wish exactly one wins; the others learn it is CLAIMED and may only become FULFILLED', async () => {
    const id = await fixtures(h).wish(grid.code);
    const claims = Array.from({ length: 10 }, (_, i) =>
      i % 2
        ? { wishId: id, partyMemberId: members[i % members.length] }
        : { wishId: id, unitId: String(units[i % units.length].id) },
    );
    const results = await Promise.all(claims.map((i) => h.gql(CLAIM, { i })));
    const winners = results.filter((r) => r.data?.claimMicroWish);
    expect(winners).toHaveLength(1);
    for (const r of results.filter((x) => x.errors)) {
      expect(r.errors![0].extensions).toMatchObject({
        code: 'CONFLICT',
        currentState: 'CLAIMED',
        allowedNextStates: ['FULFILLED'],
        requestedState: 'CLAIMED',
      });
    }
    const stored = (
      await h.ok(
        `query($id: ID!) { microWish(id: $id) { state claimantKind claimantMember { id } claimantUnitId claimantUnitName } }`,
        { id },
      )
    ).microWish;
    const w = winners[0].data.claimMicroWish;
    expect(stored).toEqual({
      state: 'CLAIMED',
      claimantKind: w.claimantKind,
      claimantMember: w.claimantMember,
      claimantUnitId: w.claimantUnitId,
      claimantUnitName: w.claimantUnitName,
    });
  });

  test('an illegal transition is refused with CONFLICT naming the current state and the allowed next states', async () => {
    const id = await fixtures(h).wish(grid.code);
    const early = await h.gql(CONFIRM, { id });
    expect(early.errors?.[0].message).toMatch(/is OPEN .*allowed next states: CLAIMED/);
    expect(early.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      currentState: 'OPEN',
      allowedNextStates: ['CLAIMED'],
    });
    await h.ok(CLAIM, { i: { wishId: id, unitId: String(units[0].id), unitName: units[0].name } });
    await h.ok(FULFIL, { id });
    await h.ok(CONFIRM, { id });
    const late = await h.gql(FULFIL, { id });
    expect(late.errors?.[0].message).toMatch(/is CONFIRMED .*allowed next states: none/);
    expect(late.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      currentState: 'CONFIRMED',
      allowedNextStates: [],
    });
  });

  test("a claim names exactly one claimant, the unit's registered name if any, and an existing wish", async () => {
    const id = await fixtures(h).wish(grid.code);
    const both = await h.gql(CLAIM, {
      i: { wishId: id, partyMemberId: members[0], unitId: String(units[0].id) },
    });
    expect(both.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const misnamed = await h.gql(CLAIM, {
      i: { wishId: id, unitId: String(units[0].id), unitName: '某单位' },
    });
    expect(misnamed.errors?.[0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'unitName',
    });
    const missing = await h.gql(CLAIM, { i: { wishId: '999999', partyMemberId: members[0] } });
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(
      (await h.ok(`query($id: ID!) { microWish(id: $id) { state } }`, { id })).microWish.state,
    ).toBe('OPEN');
  });

  test('a unit claims under its registered name, which the party subgraph gives', async () => {
    const id = await fixtures(h).wish(grid.code);
    const claimed = (await h.ok(CLAIM, { i: { wishId: id, unitId: String(units[0].id) } }))
      .claimMicroWish;
    expect(claimed).toMatchObject({
      claimantKind: 'UNIT',
      claimantUnitId: String(units[0].id),
      claimantUnitName: units[0].name,
    });
  });

  test("a member who neither belongs nor reports to the wish's community, and a unit with no standing report there, are refused naming the field", async () => {
    const id = await fixtures(h).wish(grid.code);
    const reportsHere = new Set(
      city.party.dualReports
        .filter((r) => r.memberId != null && r.endedOn == null && r.regionCode === community)
        .map((r) => r.memberId),
    );
    const stranger = city.party.members.find(
      (m) =>
        m.regionCode !== community && !m.gridCode?.startsWith(community) && !reportsHere.has(m.id),
    )!;
    const elsewhere = city.party.units.find((u) => !units.includes(u))!;
    const asMember = await h.gql(CLAIM, { i: { wishId: id, partyMemberId: String(stranger.id) } });
    const asUnit = await h.gql(CLAIM, { i: { wishId: id, unitId: String(elsewhere.id) } });
    const nobody = await h.gql(CLAIM, { i: { wishId: id, partyMemberId: '999999' } });
    expect([asMember, asUnit, nobody].map((r) => r.errors?.[0].extensions)).toEqual([
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'partyMemberId' }),
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'unitId' }),
      expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'partyMemberId' }),
    ]);
    expect(
      (await h.ok(`query($id: ID!) { microWish(id: $id) { state claimantKind } }`, { id }))
        .microWish,
    ).toEqual({ state: 'OPEN', claimantKind: null });
  });

  test('wishes under a region are listed by state, newest first, with masked names', async () => {
    const street = grid.code.slice(0, 9);
    const data = await h.ok(
      `query($u: String!) { microWishes(under: $u, state: OPEN, limit: 100) { totalCount items { gridCode state residentName } } }`,
      { u: street },
    );
    const seeded = city.volunteer.wishes.filter(
      (w) => w.gridCode.startsWith(street) && w.state === 'OPEN',
    ).length;
    expect(data.microWishes.totalCount).toBeGreaterThanOrEqual(seeded);
    for (const w of data.microWishes.items) {
      expect(w).toMatchObject({ state: 'OPEN' });
      expect(w.gridCode.startsWith(street)).toBe(true);
      expect(w.residentName).toMatch(/^\S\*+$/u);
    }
  });
});
