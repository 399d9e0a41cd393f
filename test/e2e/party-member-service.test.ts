import { generateCity } from '../../services/demo-city';
import { startStack } from '../helpers/stack';
import { bearer } from '../helpers/auth';
import { forThisFile } from '../helpers/for-this-file';

const city = generateCity('demo', 20210104);
const stack = forThisFile(() => startStack(city), 60000);

describe("a party member's service, seen across subgraphs", () => {
  test("one query shows a member's branch (party), verified hours and claimed wishes (volunteer) and the grid served (grid)", async () => {
    // A member who volunteers, has claimed wishes and lives on a grid.
    const hoursByMember = new Map<number, number>();
    for (const v of city.volunteer.volunteers)
      if (v.partyMemberId) hoursByMember.set(v.partyMemberId, v.id);
    // Its wishes lie in its own community, which is the jurisdiction of the community worker asking.
    const wishesOf = (id: number) => city.volunteer.wishes.filter((w) => w.claimantMemberId === id);
    const member = city.party.members.find(
      (m) =>
        m.gridCode &&
        hoursByMember.has(m.id) &&
        wishesOf(m.id).length > 0 &&
        wishesOf(m.id).every((w) => w.gridCode.startsWith(m.regionCode ?? '-')),
    )!;
    expect(member).toBeDefined();
    const r = await stack.query(
      `query($id: ID!) { partyMember(id: $id) {
      name organization { name level } volunteerHours claimedWishes { title state } grid { code name region { name } } } }`,
      { id: String(member.id) },
      await bearer('COMMUNITY_STAFF', member.regionCode ?? ''),
    );
    expect(r.errors).toBeUndefined();
    const m = r.data.partyMember;
    expect(m.name).toBe(member.name);
    expect(m.organization.name).toBe(
      city.party.organizations.find((o) => o.id === member.organizationId)!.name,
    );
    const volunteer = city.volunteer.volunteers.find((v) => v.partyMemberId === member.id)!;
    const verified = city.volunteer.participations
      .filter((p) => p.volunteerId === volunteer.id && p.state === 'VERIFIED')
      .reduce((a, p) => a + p.minutes! / 60, 0);
    expect(m.volunteerHours).toBeCloseTo(verified, 6);
    expect(m.claimedWishes.map((w: { title: string }) => w.title).sort()).toEqual(
      city.volunteer.wishes
        .filter((w) => w.claimantMemberId === member.id)
        .map((w) => w.title)
        .sort(),
    );
    expect(m.grid).toMatchObject({
      code: member.gridCode,
      name: city.geography.grids.find((g) => g.code === member.gridCode)!.name,
    });
  });
});
