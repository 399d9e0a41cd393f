import { generateCity } from '../../services/demo-city';
import { composeSupergraph } from '../../gateway/compose';
import { gridService } from '../../services/grid/service';
import { partyService } from '../../services/party/service';
import { startParty, codeOf } from './party-helpers';
import { forThisFile } from '../helpers/for-this-file';

const city = generateCity('demo', 20210104);
const p = city.party;
const run = forThisFile(() => startParty(city));

const branchGrids = () =>
  p.organizations.filter((o) => o.level === 'GRID_BRANCH').map((o) => o.gridCode!);

/** `_entities` for these ids of `typename` answers them all, in order, with one SQL statement. */
async function expectOneStatement(typename: string, fields: string, ids: string[]) {
  run.party.counter.reset();
  const r = await run.gql(
    `query($r: [_Any!]!) { _entities(representations: $r) { ... on ${typename} { ${fields} } } }`,
    { r: ids.map((id) => ({ __typename: typename, id })) },
  );
  expect(r.errors).toBeUndefined();
  expect(r.data._entities.map((e: { id: string }) => e.id)).toEqual(ids);
  expect(run.party.counter.statements).toBe(1);
}

describe('party subgraph', () => {
  test('composes with the grid subgraph into one supergraph', async () => {
    const result = await composeSupergraph(
      [gridService, partyService],
      (n) => `http://127.0.0.1/${n}`,
    );
    expect(result.errors).toEqual([]);
    expect(result.supergraphSdl).toContain('partyIndicators');
  });

  test('_entities with 100 PartyOrganization representations runs exactly one SQL statement', async () => {
    const ids = p.organizations.slice(0, 100).map((o) => String(o.id));
    expect(ids).toHaveLength(100);
    await expectOneStatement('PartyOrganization', 'id level', ids);
  });

  test('_entities with 100 PartyMember representations runs exactly one SQL statement', async () => {
    const ids = p.members.slice(100, 200).map((m) => String(m.id));
    await expectOneStatement('PartyMember', 'id status', ids);
  });

  test('a grid shows its branch with members, its building groups, centre households and reports', async () => {
    const code = branchGrids()[0];
    const r = await run.gql(
      `query($r: [_Any!]!) { _entities(representations: $r) { ... on Grid {
      code partyBranch { id level gridCode grid { code } members { id } } buildingGroups { id buildingLabel }
      centerHouseholds { id centerHousehold } reportedMembers { member { id status } offers } reportedUnits { unit { id } } } } }`,
      { r: [{ __typename: 'Grid', code }] },
    );
    expect(r.errors).toBeUndefined();
    const g = r.data._entities[0];
    const branch = p.organizations.find((o) => o.level === 'GRID_BRANCH' && o.gridCode === code)!;
    const groupIds = p.organizations.filter((o) => o.parentId === branch.id).map((o) => o.id);
    expect(g.partyBranch).toMatchObject({
      id: String(branch.id),
      level: 'GRID_BRANCH',
      gridCode: code,
      grid: { code },
    });
    expect(g.buildingGroups.map((o: { id: string }) => Number(o.id)).sort()).toEqual(
      groupIds.sort(),
    );
    const memberIds = p.members
      .filter((m) => m.organizationId === branch.id || groupIds.includes(m.organizationId))
      .map((m) => m.id);
    expect(g.partyBranch.members.map((m: { id: string }) => Number(m.id))).toEqual(memberIds);
    expect(g.centerHouseholds.map((m: { id: string }) => Number(m.id))).toEqual(
      p.members.filter((m) => m.gridCode === code && m.centerHousehold).map((m) => m.id),
    );
    const standing = p.dualReports.filter((d) => d.gridCode === code && !d.endedOn);
    expect(g.reportedMembers).toHaveLength(
      standing.filter((d) => d.reporterKind === 'MEMBER').length,
    );
    expect(g.reportedUnits).toHaveLength(standing.filter((d) => d.reporterKind === 'UNIT').length);
    g.reportedMembers.forEach((d: any) => expect(d.member.status).toBe('IN_SERVICE'));
  });

  test('the Grid fields cost the same statements for one grid as for every grid', async () => {
    const query = `query($r: [_Any!]!) { _entities(representations: $r) { ... on Grid {
      partyBranch { id parent { id } members { id organization { id } } } buildingGroups { id }
      centerHouseholds { transfers { id } } reportedMembers { member { id } } reportedUnits { unit { id } } partyServiceStations { id } } } }`;
    const count = async (codes: string[]) => {
      run.party.counter.reset();
      const r = await run.gql(query, { r: codes.map((code) => ({ __typename: 'Grid', code })) });
      expect(r.errors).toBeUndefined();
      return run.party.counter.statements;
    };
    const codes = city.geography.grids.filter((g) => g.level === 'BASIC').map((g) => g.code);
    expect(codes.length).toBeGreaterThan(20);
    // The single grid has every relation filled, so no loader is skipped for lack of rows.
    const full = codes.find(
      (c) =>
        p.members.some((m) => m.gridCode === c && m.centerHousehold) &&
        p.dualReports.some((d) => d.gridCode === c && d.reporterKind === 'UNIT' && !d.endedOn) &&
        p.dualReports.some((d) => d.gridCode === c && d.reporterKind === 'MEMBER' && !d.endedOn) &&
        branchGrids().includes(c),
    )!;
    expect(full).toBeDefined();
    const one = await count([full]);
    expect(await count(codes)).toBe(one);
    expect(one).toBeLessThanOrEqual(10);
  });

  test('an organisation points at its grid and region as entity references', async () => {
    const branch = p.organizations.find((o) => o.level === 'GRID_BRANCH')!;
    const street = p.organizations.find((o) => o.level === 'STREET_WORKING_COMMITTEE')!;
    const r = await run.gql(
      `query($a: ID!, $b: ID!) { a: partyOrganization(id: $a) { grid { code } region { code } }
      b: partyOrganization(id: $b) { grid { code } region { code } } }`,
      { a: branch.id, b: street.id },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.a).toEqual({
      grid: { code: branch.gridCode },
      region: { code: branch.regionCode },
    });
    expect(r.data.b).toEqual({ grid: null, region: { code: street.regionCode } });
  });

  test('organisations under a region are filtered by level and paginated', async () => {
    const street = city.geography.regions.find((r) => r.level === 'STREET')!;
    const expected = p.organizations.filter(
      (o) => o.regionCode.startsWith(street.code) && o.level === 'BUILDING_GROUP',
    );
    const r = await run.gql(
      `query($u: String!) { partyOrganizations(under: $u, level: BUILDING_GROUP, limit: 5) { totalCount hasMore items { id regionCode } } }`,
      { u: street.code },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.partyOrganizations.totalCount).toBe(expected.length);
    expect(r.data.partyOrganizations.items).toHaveLength(Math.min(5, expected.length));
    expect(r.data.partyOrganizations.hasMore).toBe(expected.length > 5);
  });

  test('a malformed region code and a page over 100 are refused with BAD_USER_INPUT', async () => {
    expect(codeOf(await run.gql('{ partyOrganizations(under: "22ab") { totalCount } }'))).toBe(
      'BAD_USER_INPUT',
    );
    expect(
      codeOf(await run.gql('{ partyMembers(under: "220602", limit: 500) { totalCount } }')),
    ).toBe('BAD_USER_INPUT');
  });
});
