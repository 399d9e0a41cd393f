import type { DemoCity } from '../../services/demo-city';
import { volunteerService } from '../../services/volunteer/service';
import { partyService } from '../../services/party/service';
import { createTestDb, type TestDb } from '../helpers/db';
import {
  postGraphQL,
  startSubgraph,
  type GraphQLResponse,
  type RunningSubgraph,
} from '../helpers/stack';

/** The volunteer subgraph alone on port 0 over a fresh database, seeded with a demo city. */
export interface VolunteerHarness {
  running: RunningSubgraph;
  gql<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  /** Like gql, but fails the test on any GraphQL error and returns data. */
  ok<T = any>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

export async function startVolunteerSubgraph(
  city?: DemoCity,
  batch = true,
  opts: { party?: boolean } = {},
): Promise<VolunteerHarness> {
  const db: TestDb = createTestDb();
  const running = await startSubgraph(volunteerService, db, city, batch);
  // Claims ask the party subgraph who may claim (shared/peer.ts): it runs beside, over the same city.
  const party = opts.party ? await startSubgraph(partyService, db, city) : undefined;
  const gql = async (query: string, variables?: Record<string, unknown>) =>
    (await postGraphQL(running.url, query, variables)).body;
  return {
    running,
    gql,
    ok: async (query, variables) => {
      const body = await gql(query, variables);
      if (body.errors) throw new Error(`unexpected GraphQL errors: ${JSON.stringify(body.errors)}`);
      return body.data;
    },
    close: async () => {
      for (const s of party ? [running, party] : [running]) {
        await s.listening.close();
        await s.dataSource.destroy();
      }
      await db.drop(party ? ['volunteer', 'party'] : ['volunteer']);
    },
  };
}

/** Small fluent fixtures through the public API: each returns the new row's id. */
export function fixtures(h: VolunteerHarness) {
  return {
    team: async (gridCode: string, category = 'HEALTH') =>
      (
        await h.ok(
          `mutation($i: CreateVolunteerTeamInput!) { createVolunteerTeam(input: $i) { id } }`,
          { i: { name: '测试服务队', category, gridCode } },
        )
      ).createVolunteerTeam.id as string,
    volunteer: async (regionCode: string, teamIds: string[] = [], partyMemberId?: string) =>
      (
        await h.ok(
          `mutation($i: RegisterVolunteerInput!) { registerVolunteer(input: $i) { id } }`,
          { i: { name: '张三丰', phone: '13800001234', regionCode, teamIds, partyMemberId } },
        )
      ).registerVolunteer.id as string,
    /** An activity under way now (started an hour ago, `hours` long: by default ends in two), open for sign-up. */
    activity: async (teamId: string, capacity: number, hours = 3) =>
      (
        await h.ok(`mutation($i: ScheduleActivityInput!) { scheduleActivity(input: $i) { id } }`, {
          i: {
            teamId,
            title: '测试活动',
            capacity,
            startsAt: new Date(Date.now() - 3600000),
            endsAt: new Date(Date.now() + (hours - 1) * 3600000),
          },
        })
      ).scheduleActivity.id as string,
    signUp: async (activityId: string, volunteerId: string) =>
      (
        await h.ok(
          `mutation($a: ID!, $v: ID!) { signUpForActivity(activityId: $a, volunteerId: $v) { id } }`,
          { a: activityId, v: volunteerId },
        )
      ).signUpForActivity.id as string,
    wish: async (gridCode: string) =>
      (
        await h.ok(`mutation($i: PostMicroWishInput!) { postMicroWish(input: $i) { id } }`, {
          i: { gridCode, title: '一辆轮椅', residentName: '张桂英' },
        })
      ).postMicroWish.id as string,
  };
}

/** A volunteer in a fresh team whose verified hours earned exactly `points` (at 10 points an hour). */
export async function volunteerWithPoints(
  h: VolunteerHarness,
  gridCode: string,
  points: number,
  partyMemberId?: string,
) {
  const f = fixtures(h);
  const regionCode = gridCode.slice(0, 12);
  await h.ok(
    `mutation($r: RegionCode!) { setPointsRate(regionCode: $r, pointsPerHour: 10) { pointsPerHour } }`,
    { r: regionCode },
  );
  const teamId = await f.team(gridCode);
  const volunteerId = await f.volunteer(regionCode, [teamId], partyMemberId);
  // Long enough for the hours served: hours beyond an activity's length are refused.
  const activityId = await f.activity(teamId, 5, Math.max(3, points / 10 + 1));
  const participationId = await f.signUp(activityId, volunteerId);
  await h.ok(`mutation($i: RecordHoursInput!) { recordServiceHours(input: $i) { state } }`, {
    i: { participationId, hours: points / 10 },
  });
  await h.ok(`mutation($i: VerifyHoursInput!) { verifyServiceHours(input: $i) { state } }`, {
    i: { participationId, role: 'COMMUNITY', verifierName: '王社工' },
  });
  return { teamId, volunteerId, activityId, participationId };
}
