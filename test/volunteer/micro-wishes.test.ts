import { generateCity } from '../../services/demo-city';
import { fixtures, startVolunteerSubgraph, type VolunteerHarness } from './volunteer-harness';

const city = generateCity('demo', 41);
const grid = city.geography.grids.find((g) => g.level === 'MICRO')!;
let h: VolunteerHarness;

beforeAll(async () => {
  h = await startVolunteerSubgraph(city);
});
afterAll(async () => h.close());

const CLAIM = `mutation($i: ClaimMicroWishInput!) { claimMicroWish(input: $i) { state claimantKind claimantMember { id } claimantUnitId claimantUnitName claimedAt } }`;
const FULFIL = `mutation($id: ID!) { fulfilMicroWish(id: $id) { state fulfilledAt nextStates } }`;
const CONFIRM = `mutation($id: ID!) { confirmMicroWish(id: $id) { state confirmedAt nextStates } }`;

describe('micro-wishes (微心愿)', () => {
  test('a wish goes OPEN → CLAIMED → FULFILLED → CONFIRMED and shows on the claiming member', async () => {
    const id = await fixtures(h).wish(grid.code);
    const claimed = (await h.ok(CLAIM, { i: { wishId: id, partyMemberId: '501' } })).claimMicroWish;
    expect(claimed).toMatchObject({
      state: 'CLAIMED',
      claimantKind: 'PARTY_MEMBER',
      claimantMember: { id: '501' },
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
    const member = await h.ok(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on PartyMember { claimedWishes { id state residentName } } } }`,
      { r: [{ __typename: 'PartyMember', id: '501' }] },
    );
    expect(member._entities[0].claimedWishes).toEqual([
      { id, state: 'CONFIRMED', residentName: '张**' },
    ]);
  });

  test('of ten concurrent claims on one wish exactly one wins; the others learn it is CLAIMED and may only become FULFILLED', async () => {
    const id = await fixtures(h).wish(grid.code);
    const claims = Array.from({ length: 10 }, (_, i) =>
      i % 2
        ? { wishId: id, partyMemberId: String(600 + i) }
        : { wishId: id, unitId: String(900 + i), unitName: `白山市第${i}中学` },
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
    await h.ok(CLAIM, { i: { wishId: id, unitId: '77', unitName: '国网白山供电公司' } });
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

  test('a claim names exactly one claimant, a unit with its name, and an existing wish', async () => {
    const id = await fixtures(h).wish(grid.code);
    const both = await h.gql(CLAIM, {
      i: { wishId: id, partyMemberId: '1', unitId: '2', unitName: '某单位' },
    });
    expect(both.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const nameless = await h.gql(CLAIM, { i: { wishId: id, unitId: '2' } });
    expect(nameless.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await h.gql(CLAIM, { i: { wishId: '999999', partyMemberId: '1' } });
    expect(missing.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    expect(
      (await h.ok(`query($id: ID!) { microWish(id: $id) { state } }`, { id })).microWish.state,
    ).toBe('OPEN');
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
