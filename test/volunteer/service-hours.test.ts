import { generateCity } from '../../services/demo-city';
import { fixtures, startVolunteerSubgraph, volunteerWithPoints } from './volunteer-harness';
import { postGraphQL } from '../helpers/subgraph';
import { proofHeader } from '../helpers/auth';
import { forThisFile } from '../helpers/for-this-file';

const city = generateCity('demo', 20210104);
const grid = city.geography.grids.find((g) => g.level === 'BASIC')!;
const community = grid.regionCode;
const h = forThisFile(() => startVolunteerSubgraph(city));

const RECORD = `mutation($p: ID!, $h: Float!) { recordServiceHours(input: { participationId: $p, hours: $h }) { state hours } }`;
const VERIFY = `mutation($i: VerifyHoursInput!) { verifyServiceHours(input: $i) { state hours verifiedByRole verifiedBy } }`;
const hoursOf = async (volunteerId: string) =>
  (
    await h.ok(`query($id: ID!) { volunteer(id: $id) { verifiedHours pointsBalance } }`, {
      id: volunteerId,
    })
  ).volunteer;

describe('service activities and verified hours', () => {
  test('twenty volunteers signing up at once for five places leave exactly five signed up', async () => {
    const f = fixtures(h);
    const teamId = await f.team(grid.code);
    const activityId = await f.activity(teamId, 5);
    const volunteers = await Promise.all(
      Array.from({ length: 20 }, () => f.volunteer(community, [teamId])),
    );
    const results = await Promise.all(
      volunteers.map((v) =>
        h.gql(
          `mutation($a: ID!, $v: ID!) { signUpForActivity(activityId: $a, volunteerId: $v) { id } }`,
          { a: activityId, v: v },
        ),
      ),
    );
    expect(results.filter((r) => r.data?.signUpForActivity)).toHaveLength(5);
    for (const r of results.filter((x) => x.errors))
      expect(r.errors![0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'FULL',
        capacity: 5,
      });
    const a = (
      await h.ok(
        `query($id: ID!) { serviceActivity(id: $id) { capacity signedUp participations { id } } }`,
        { id: activityId },
      )
    ).serviceActivity;
    expect(a).toMatchObject({ capacity: 5, signedUp: 5 });
    expect(a.participations).toHaveLength(5);
  });

  test('a volunteer who signs up twice is refused with CONFLICT and does not take a second place', async () => {
    const f = fixtures(h);
    const teamId = await f.team(grid.code);
    const activityId = await f.activity(teamId, 3);
    const v = await f.volunteer(community, [teamId]);
    await f.signUp(activityId, v);
    const again = await h.gql(
      `mutation($a: ID!, $v: ID!) { signUpForActivity(activityId: $a, volunteerId: $v) { id } }`,
      { a: activityId, v },
    );
    expect(again.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'ALREADY_SIGNED_UP',
    });
    const a = (
      await h.ok(`query($id: ID!) { serviceActivity(id: $id) { signedUp } }`, { id: activityId })
    ).serviceActivity;
    expect(a.signedUp).toBe(1);
  });

  test("recorded hours count nowhere until verified, then they count and earn points at the region's rate", async () => {
    const f = fixtures(h);
    await h.ok(
      `mutation($r: RegionCode!) { setPointsRate(regionCode: $r, pointsPerHour: 12) { pointsPerHour } }`,
      { r: community },
    );
    const teamId = await f.team(grid.code);
    const v = await f.volunteer(community, [teamId]);
    const p = await f.signUp(await f.activity(teamId, 2), v);
    const indicator = async () =>
      (
        await h.ok(
          `query($r: [_Any!]!) { _entities(representations: $r) { ... on Region { volunteerIndicators { verifiedHours pointsIssued } } } }`,
          { r: [{ __typename: 'Region', code: community }] },
        )
      )._entities[0].volunteerIndicators;
    const before = await indicator();
    expect((await h.ok(RECORD, { p, h: 2.5 })).recordServiceHours).toEqual({
      state: 'RECORDED',
      hours: 2.5,
    });
    expect(await hoursOf(v)).toEqual({ verifiedHours: 0, pointsBalance: 0 });
    expect(await indicator()).toEqual(before);
    const verified = (
      await h.ok(VERIFY, { i: { participationId: p, role: 'COMMUNITY', verifierName: '王社工' } })
    ).verifyServiceHours;
    expect(verified).toEqual({
      state: 'VERIFIED',
      hours: 2.5,
      verifiedByRole: 'COMMUNITY',
      verifiedBy: '王社工',
    });
    expect(await hoursOf(v)).toEqual({ verifiedHours: 2.5, pointsBalance: 30 });
    expect(await indicator()).toEqual({
      verifiedHours: before.verifiedHours + 2.5,
      pointsIssued: before.pointsIssued + 30,
    });
  });

  test("only the team's own leader may verify as TEAM_LEADER", async () => {
    const f = fixtures(h);
    const teamId = await f.team(grid.code);
    const leader = await f.volunteer(community, [teamId]);
    const member = await f.volunteer(community, [teamId]);
    const p = await f.signUp(await f.activity(teamId, 2), member);
    await h.ok(RECORD, { p, h: 2 });
    const notLeader = await h.gql(VERIFY, {
      i: { participationId: p, role: 'TEAM_LEADER', verifierVolunteerId: leader },
    });
    expect(notLeader.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await hoursOf(member)).verifiedHours).toBe(0);
    await h.ok(`mutation($t: ID!, $v: ID!) { setTeamLeader(teamId: $t, volunteerId: $v) { id } }`, {
      t: teamId,
      v: leader,
    });
    const ok = (
      await h.ok(VERIFY, {
        i: { participationId: p, role: 'TEAM_LEADER', verifierVolunteerId: leader },
      })
    ).verifyServiceHours;
    expect(ok).toMatchObject({
      state: 'VERIFIED',
      verifiedByRole: 'TEAM_LEADER',
      verifiedBy: '张三丰',
    });
  });

  test('verified hours can be neither verified again nor re-recorded, so points are earned once', async () => {
    const { volunteerId, participationId } = await volunteerWithPoints(h, grid.code, 20);
    const again = await h.gql(VERIFY, {
      i: { participationId, role: 'COMMUNITY', verifierName: '王社工' },
    });
    expect(again.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      currentState: 'VERIFIED',
    });
    const rerecord = await h.gql(RECORD, { p: participationId, h: 8 });
    expect(rerecord.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      currentState: 'VERIFIED',
    });
    expect(await hoursOf(volunteerId)).toEqual({ verifiedHours: 2, pointsBalance: 20 });
  });

  test('hours that are not recorded cannot be verified, and hours must come in half-hour steps', async () => {
    const f = fixtures(h);
    const teamId = await f.team(grid.code);
    const p = await f.signUp(await f.activity(teamId, 2), await f.volunteer(community, [teamId]));
    const early = await h.gql(VERIFY, {
      i: { participationId: p, role: 'COMMUNITY', verifierName: '王社工' },
    });
    expect(early.errors?.[0].extensions).toMatchObject({
      code: 'CONFLICT',
      currentState: 'SIGNED_UP',
    });
    expect((await h.gql(RECORD, { p, h: 1.2 })).errors?.[0].extensions?.code).toBe(
      'BAD_USER_INPUT',
    );
    expect((await h.gql(RECORD, { p, h: 30 })).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('the longest configured prefix sets the points rate', async () => {
    const street = community.slice(0, 9);
    await h.ok(
      `mutation($r: RegionCode!) { setPointsRate(regionCode: $r, pointsPerHour: 7) { pointsPerHour } }`,
      { r: street },
    );
    const other = city.geography.regions.find(
      (r) => r.level === 'COMMUNITY' && r.code.startsWith(street) && r.code !== community,
    )!.code;
    const rate = async (r: string) =>
      (await h.ok(`query($r: String!) { pointsPerHour(regionCode: $r) }`, { r })).pointsPerHour;
    expect(await rate(other)).toBe(7);
    await h.ok(
      `mutation($r: RegionCode!) { setPointsRate(regionCode: $r, pointsPerHour: 15) { pointsPerHour } }`,
      { r: community },
    );
    expect(await rate(community)).toBe(15);
    expect(await rate(other)).toBe(7);
  });

  test("an activity scheduled in a grid shows among the grid's upcoming activities until it starts", async () => {
    const teamId = await fixtures(h).team(grid.code);
    const startsAt = new Date(Date.now() + 3 * 86400000);
    const created = (
      await h.ok(
        `mutation($i: ScheduleActivityInput!) { scheduleActivity(input: $i) { id gridCode } }`,
        {
          i: {
            teamId,
            title: '义诊进网格',
            capacity: 10,
            startsAt,
            endsAt: new Date(startsAt.getTime() + 7200000),
          },
        },
      )
    ).scheduleActivity;
    expect(created.gridCode).toBe(grid.code);
    const g = (
      await h.ok(
        `query($r: [_Any!]!) { _entities(representations: $r) { ... on Grid { upcomingActivities { id startsAt } } } }`,
        { r: [{ __typename: 'Grid', code: grid.code }] },
      )
    )._entities[0];
    expect(g.upcomingActivities.map((a: { id: string }) => a.id)).toContain(created.id);
    for (const a of g.upcomingActivities)
      expect(new Date(a.startsAt).getTime()).toBeGreaterThan(Date.now() - 60000);
    const elsewhere = city.geography.grids.find(
      (x) => x.level === 'BASIC' && x.regionCode !== grid.regionCode,
    )!;
    const wrong = await h.gql(
      `mutation($i: ScheduleActivityInput!) { scheduleActivity(input: $i) { id } }`,
      {
        i: {
          teamId,
          title: '跨社区活动',
          capacity: 10,
          gridCode: elsewhere.code,
          startsAt,
          endsAt: new Date(startsAt.getTime() + 1),
        },
      },
    );
    expect(wrong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  test('the community verifies as the caller: a department system is refused, a community worker is recorded by account', async () => {
    const f = fixtures(h);
    const teamId = await f.team(grid.code);
    const p = await f.signUp(await f.activity(teamId, 2), await f.volunteer(community, [teamId]));
    await h.ok(RECORD, { p, h: 1 });
    const as = async (viewer: Parameters<typeof proofHeader>[0]) =>
      (
        await postGraphQL(
          h.running.url,
          VERIFY,
          { i: { participationId: p, role: 'COMMUNITY' } },
          await proofHeader(viewer),
        )
      ).body;
    const dept = await as({
      sub: 'cg-system',
      role: 'DEPARTMENT',
      regionPrefix: community,
      departmentCode: 'CG',
    });
    expect(dept.errors[0].extensions.code).toBe('FORBIDDEN');
    const worker = await as({
      sub: 'worker-0412',
      role: 'COMMUNITY_STAFF',
      regionPrefix: community,
    });
    expect(worker.errors).toBeUndefined();
    expect(worker.data.verifyServiceHours).toEqual({
      state: 'VERIFIED',
      hours: 1,
      verifiedByRole: 'COMMUNITY',
      verifiedBy: 'worker-0412',
    });
  });

  test("serviceActivities lists a team's activities under its grid, community and district, and none to a grid worker of another grid", async () => {
    const f = fixtures(h);
    const teamId = await f.team(grid.code);
    const ids = [await f.activity(teamId, 4), await f.activity(teamId, 6)];
    const LIST = `query($u: String!, $t: ID) { serviceActivities(under: $u, teamId: $t) { totalCount items { id gridCode } } }`;
    for (const under of [grid.code, community, grid.code.slice(0, 6)]) {
      const page = (await h.ok(LIST, { u: under, t: teamId })).serviceActivities;
      expect(page.totalCount).toBe(2);
      expect(page.items.map((a: { id: string }) => a.id).sort()).toEqual([...ids].sort());
      expect(page.items.every((a: { gridCode: string }) => a.gridCode === grid.code)).toBe(true);
    }
    const other = city.geography.grids.find(
      (g) => g.level === 'BASIC' && g.regionCode === community && g.code !== grid.code,
    )!;
    const outside = await postGraphQL(
      h.running.url,
      LIST,
      { u: community, t: teamId },
      await proofHeader({ sub: 'worker-9', role: 'GRID_WORKER', regionPrefix: other.code }),
    );
    expect(outside.body.errors).toBeUndefined();
    expect(outside.body.data.serviceActivities.totalCount).toBe(0);
    const bad = await h.gql(LIST, { u: '22', t: teamId });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
