import type { DemoCity } from '../../services/demo-city';
import { volunteerService } from '../../services/volunteer/service';
import { partyService } from '../../services/party/service';
import { startHarness, type Harness } from '../helpers/harness';

/** The volunteer subgraph alone on port 0 over a fresh database (the shared harness). */
export type VolunteerHarness = Harness;

/** With `party`, the party subgraph runs beside it over the same city: claims ask it who may claim (shared/peer.ts). */
export const startVolunteerSubgraph = (
  city?: DemoCity,
  batch = true,
  opts: { party?: boolean } = {},
): Promise<VolunteerHarness> =>
  startHarness(volunteerService, { city, batch, peers: opts.party ? [partyService] : [] });

/** Anything that answers GraphQL like the harness: the subgraph itself, or a gateway in front of it. */
export type GraphQLClient = Pick<VolunteerHarness, 'ok'>;

/** Small fluent fixtures through the public API: each returns the new row's id. */
export function fixtures(h: GraphQLClient) {
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
  h: GraphQLClient,
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
