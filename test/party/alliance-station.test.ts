import { generateCity } from '../../services/demo-city';
import { startParty } from './party-helpers';
import { forThisFile } from '../helpers/for-this-file';

const city = generateCity('demo', 20210104);
const p = city.party;
const run = forThisFile(() => startParty(city));

describe('alliances, joint committees and service stations', () => {
  test("a street's alliances list their member units with the four lists", async () => {
    const a = p.alliances[0];
    const street = a.regionCode.slice(0, 9);
    const r = await run.gql(
      `query($u: String!) { partyAlliances(under: $u) { totalCount items { id name leadOrganization { level }
      members { unit { id name } coBuilding resourceSharing affairsConsultation talentDevelopment } } } }`,
      { u: street },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.partyAlliances.totalCount).toBe(
      p.alliances.filter((x) => x.regionCode.startsWith(street)).length,
    );
    const got = r.data.partyAlliances.items.find((x: { id: string }) => x.id === String(a.id));
    const members = p.allianceMembers.filter((m) => m.allianceId === a.id);
    expect(got.members).toHaveLength(members.length);
    expect(got.members[0]).toEqual({
      unit: { id: String(members[0].unitId), name: p.units[members[0].unitId - 1].name },
      coBuilding: members[0].coBuilding,
      resourceSharing: members[0].resourceSharing,
      affairsConsultation: members[0].affairsConsultation,
      talentDevelopment: members[0].talentDevelopment,
    });
  });

  test('a joint committee shows its part-time members and the resident units they come from', async () => {
    const joint = p.organizations.find(
      (o) =>
        o.level === 'JOINT_COMMITTEE' &&
        p.jointCommitteeMembers.some((m) => m.organizationId === o.id),
    )!;
    const r = await run.gql(
      'query($id: ID!) { partyOrganization(id: $id) { level parent { level } partTimeMembers { name position unit { id } } } }',
      { id: joint.id },
    );
    expect(r.errors).toBeUndefined();
    const expected = p.jointCommitteeMembers.filter((m) => m.organizationId === joint.id);
    expect(r.data.partyOrganization.partTimeMembers).toEqual(
      expected.map((m) => ({ name: m.name, position: m.position, unit: { id: String(m.unitId) } })),
    );
    expect(['STREET_WORKING_COMMITTEE', 'COMMUNITY_COMMITTEE']).toContain(
      r.data.partyOrganization.parent.level,
    );
  });

  test('service stations under a street carry their grid and floor area, centres none', async () => {
    const street = city.geography.regions.find((x) => x.level === 'STREET')!;
    const r = await run.gql(
      'query($u: String!) { partyServiceStations(under: $u, limit: 100) { totalCount items { kind floorArea gridKind grid { code } } } }',
      { u: street.code },
    );
    expect(r.errors).toBeUndefined();
    const expected = p.stations.filter((s) => s.regionCode.startsWith(street.code));
    expect(r.data.partyServiceStations.totalCount).toBe(expected.length);
    for (const s of r.data.partyServiceStations.items) {
      expect(s.floorArea).toBeGreaterThan(0);
      if (s.kind === 'STATION') expect(s.grid.code.startsWith(street.code)).toBe(true);
      else expect(s.grid).toBeNull();
    }
  });
});
