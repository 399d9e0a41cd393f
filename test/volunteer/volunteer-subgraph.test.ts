import { generateCity } from '../../services/demo-city';
import { composeSupergraph } from '../../gateway/compose';
import { gridService } from '../../services/grid/service';
import { volunteerService } from '../../services/volunteer/service';
import { fixtures, startVolunteerSubgraph } from './volunteer-harness';
import { forThisFile } from '../helpers/for-this-file';

const city = generateCity('demo', 20210104);
const h = forThisFile(() => startVolunteerSubgraph(city));

describe('volunteer subgraph', () => {
  test('the grid and volunteer subgraphs compose into one supergraph without errors', async () => {
    const result = await composeSupergraph(
      [gridService, volunteerService],
      (n) => `http://127.0.0.1/${n}`,
    );
    expect(result.errors).toEqual([]);
    expect(result.supergraphSdl).toContain('volunteerIndicators');
  });

  test('a team is found by id with its category, grid and every member', async () => {
    const team = city.volunteer.teams.find((t) => t.gridCode)!;
    const data = await h.ok(
      `query($id: ID!) { volunteerTeam(id: $id) { id name category gridCode grid { code } volunteers { id } leader { id } } }`,
      { id: String(team.id) },
    );
    const members = city.volunteer.memberships
      .filter((m) => m.teamId === team.id)
      .map((m) => String(m.volunteerId));
    expect(data.volunteerTeam).toMatchObject({
      name: team.name,
      category: team.category,
      gridCode: team.gridCode,
      grid: { code: team.gridCode },
    });
    expect(data.volunteerTeam.volunteers.map((v: { id: string }) => v.id).sort()).toEqual(
      members.sort(),
    );
    expect(data.volunteerTeam.leader?.id ?? null).toBe(
      team.leaderVolunteerId == null ? null : String(team.leaderVolunteerId),
    );
  });

  test('teams under a street are listed by category with a total, whatever the page size', async () => {
    // Not the street of the first basic grid, where another test founds a team (any order).
    const first = city.geography.grids.find((g) => g.level === 'BASIC')!;
    const street = city.geography.regions.find(
      (r) => r.level === 'STREET' && !first.code.startsWith(r.code),
    )!.code;
    const expected = city.volunteer.teams.filter((t) => t.regionCode.startsWith(street));
    expect(expected.length).toBeGreaterThan(0);
    const data = await h.ok(
      `query($u: String!) { volunteerTeams(under: $u, limit: 2) { totalCount items { regionCode } hasMore } }`,
      { u: street },
    );
    expect(data.volunteerTeams.totalCount).toBe(expected.length);
    expect(data.volunteerTeams.items.length).toBe(Math.min(2, expected.length));
    for (const t of data.volunteerTeams.items) expect(t.regionCode.startsWith(street)).toBe(true);
  });

  test("a volunteer who is a party member points at the party subgraph's PartyMember by id", async () => {
    const f = fixtures(h);
    const grid = city.geography.grids.find((g) => g.level === 'BASIC')!;
    const teamId = await f.team(grid.code);
    const id = await f.volunteer(grid.regionCode, [teamId], '4242');
    const data = await h.ok(
      `query($id: ID!) { volunteer(id: $id) { regionCode partyMember { id } teams { id } pointsBalance verifiedHours } }`,
      { id },
    );
    expect(data.volunteer).toEqual({
      regionCode: grid.regionCode,
      partyMember: { id: '4242' },
      teams: [{ id: teamId }],
      pointsBalance: 0,
      verifiedHours: 0,
    });
  });

  test("a micro-wish shows the resident's name masked (张*) in every view", async () => {
    const grid = city.geography.grids.find((g) => g.level === 'BASIC')!;
    const id = await fixtures(h).wish(grid.code);
    const one = await h.ok(
      `query($id: ID!) { microWish(id: $id) { residentName state nextStates } }`,
      { id },
    );
    expect(one.microWish).toEqual({ residentName: '张**', state: 'OPEN', nextStates: ['CLAIMED'] });
    const viaGrid = await h.ok(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Grid { openMicroWishes { id residentName } } } }`,
      { r: [{ __typename: 'Grid', code: grid.code }] },
    );
    const mine = viaGrid._entities[0].openMicroWishes.find((w: { id: string }) => w.id === id);
    expect(mine.residentName).toBe('张**');
    const raw = JSON.stringify(viaGrid);
    expect(raw).not.toContain('张桂英');
  });

  test('a team needs a grid or a community code but not both, and bad codes are refused with BAD_USER_INPUT', async () => {
    const both = await h.gql(
      `mutation { createVolunteerTeam(input: { name: "队伍", category: HEALTH, gridCode: "220602001001002", regionCode: "220602001001" }) { id } }`,
    );
    expect(both.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const bad = await h.gql(
      `mutation { createVolunteerTeam(input: { name: "队伍", category: HEALTH, gridCode: "12ab" }) { id } }`,
    );
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const prefix = await h.gql(`{ volunteerTeams(under: "22x") { totalCount } }`);
    expect(prefix.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(prefix)).not.toMatch(/stacktrace|at .*\.ts/);
  });

  test('joining a team that does not exist is refused with NOT_FOUND and registers nobody', async () => {
    const before = await h.running.dataSource.query('SELECT COUNT(*) AS n FROM volunteers');
    const res = await h.gql(
      `mutation { registerVolunteer(input: { name: "李四", phone: "13900001111", regionCode: "220602001001", teamIds: ["999999"] }) { id } }`,
    );
    expect(res.errors?.[0].extensions?.code).toBe('NOT_FOUND');
    const after = await h.running.dataSource.query('SELECT COUNT(*) AS n FROM volunteers');
    expect(Number(after[0].n)).toBe(Number(before[0].n));
  });
});
