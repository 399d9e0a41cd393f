import { generateCity } from '../../services/demo-city';
import {
  fixtures,
  startVolunteerSubgraph,
  volunteerWithPoints,
  type VolunteerHarness,
} from './volunteer-harness';
import { forThisFile } from '../helpers/for-this-file';

const city = generateCity('demo', 20210104);
// With the party subgraph beside: a claim asks it who may claim (shared/peer.ts).
const h = forThisFile(() => startVolunteerSubgraph(city, true, { party: true }));

/** Statements one _entities call costs, with the representations and selection given. */
async function statementsFor(
  harness: VolunteerHarness,
  reps: Record<string, unknown>[],
  selection: string,
) {
  harness.running.counter.reset();
  const body = await harness.gql(
    `query($r: [_Any!]!) { _entities(representations: $r) { ${selection} } }`,
    { r: reps },
  );
  expect(body.errors).toBeUndefined();
  return { statements: harness.running.counter.statements, data: body.data._entities };
}

const GRID_SELECTION = `... on Grid { code volunteerTeams { name volunteers { name } leader { name } }
  openMicroWishes { id title residentName } upcomingActivities { title } }`;

describe('batched loading (no N+1)', () => {
  test('_entities with 100 Volunteer representations runs exactly one SQL statement', async () => {
    const ids = city.volunteer.volunteers.slice(0, 100).map((v) => String(v.id));
    expect(ids).toHaveLength(100);
    const { statements, data } = await statementsFor(
      h,
      ids.map((id) => ({ __typename: 'Volunteer', id })),
      '... on Volunteer { id name }',
    );
    expect(data.map((v: { id: string }) => v.id)).toEqual(ids);
    expect(statements).toBe(1);
  });

  test('without batching the same 100 volunteers cost 100 statements, so the count above is meaningful', async () => {
    const unbatched = await startVolunteerSubgraph(city, false);
    try {
      const reps = city.volunteer.volunteers
        .slice(0, 100)
        .map((v) => ({ __typename: 'Volunteer', id: String(v.id) }));
      expect((await statementsFor(unbatched, reps, '... on Volunteer { id }')).statements).toBe(
        100,
      );
    } finally {
      await unbatched.close();
    }
  });

  test('Grid teams with their volunteers, open wishes and upcoming activities cost the same statements for 1 grid as for 50', async () => {
    const v = city.volunteer;
    const staffed = new Set(v.memberships.map((m) => m.teamId));
    const withTeam = v.teams.find(
      (t) => t.gridCode && staffed.has(t.id) && t.leaderVolunteerId,
    )!.gridCode!;
    await fixtures(h).wish(withTeam);
    const codes = [
      withTeam,
      ...city.geography.grids.map((g) => g.code).filter((c) => c !== withTeam),
    ].slice(0, 50);
    expect(codes).toHaveLength(50);
    const one = await statementsFor(h, [{ __typename: 'Grid', code: withTeam }], GRID_SELECTION);
    const many = await statementsFor(
      h,
      codes.map((code) => ({ __typename: 'Grid', code })),
      GRID_SELECTION,
    );
    expect(one.data[0].volunteerTeams.length).toBeGreaterThan(0);
    expect(one.data[0].openMicroWishes.length).toBeGreaterThan(0);
    expect(many.data.flatMap((g: any) => g.volunteerTeams).length).toBeGreaterThan(
      one.data[0].volunteerTeams.length,
    );
    expect(one.statements).toBe(many.statements);
    // teams, open wishes, upcoming activities, memberships, members, leaders: one statement each.
    expect(one.statements).toBe(6);
  });

  test('PartyMember volunteer hours and claimed wishes cost the same statements for 1 member as for 50', async () => {
    const grid = city.geography.grids.find((g) => g.level === 'BASIC')!;
    const f = fixtures(h);
    // Two members of the grid's community with no seeded wishes or volunteer service of their own.
    const busy = new Set([
      ...city.volunteer.volunteers.map((v) => v.partyMemberId),
      ...city.volunteer.wishes.map((w) => w.claimantMemberId),
    ]);
    const [m1, m2] = city.party.members
      .filter((m) => m.regionCode === grid.regionCode && !busy.has(m.id))
      .map((m) => String(m.id));
    for (const member of [m1, m2]) {
      const wish = await f.wish(grid.code);
      await h.ok(`mutation($i: ClaimMicroWishInput!) { claimMicroWish(input: $i) { state } }`, {
        i: { wishId: wish, partyMemberId: member },
      });
      await volunteerWithPoints(h, grid.code, 30, member);
    }
    const selection =
      '... on PartyMember { id volunteerHours claimedWishes { id state residentName } }';
    const one = await statementsFor(h, [{ __typename: 'PartyMember', id: m1 }], selection);
    // Members from the seeded city where the party generator provides them, padded with unknown ids.
    const seeded = [
      ...new Set(
        city.volunteer.volunteers
          .filter((v) => v.partyMemberId != null)
          .map((v) => String(v.partyMemberId)),
      ),
    ];
    const ids = [
      m1,
      m2,
      ...seeded,
      ...Array.from({ length: 48 }, (_, i) => String(8000 + i)),
    ].slice(0, 50);
    const many = await statementsFor(
      h,
      ids.map((id) => ({ __typename: 'PartyMember', id })),
      selection,
    );
    expect(one.data[0]).toMatchObject({ volunteerHours: 3, claimedWishes: [{ state: 'CLAIMED' }] });
    expect(many.data[1].claimedWishes).toHaveLength(1);
    expect(one.statements).toBe(2);
    expect(many.statements).toBe(2);
  });

  test('Region, Grid and PartyMember stubs resolve without touching the database', async () => {
    const { statements } = await statementsFor(
      h,
      [
        { __typename: 'Grid', code: city.geography.grids[0].code },
        { __typename: 'PartyMember', id: '1' },
      ],
      '... on Grid { code } ... on PartyMember { id }',
    );
    expect(statements).toBe(0);
  });
});
