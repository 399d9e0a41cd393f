import { generateCity } from '../../services/demo-city';
import { startParty, codeOf } from './party-helpers';
import { forThisFile } from '../helpers/for-this-file';

const city = generateCity('demo', 20210104);
const p = city.party;
const run = forThisFile(() => startParty(city));

const ORG =
  'id level parentId: parent { id } path: ancestors { id level } gridCode regionCode version';
const create = (input: Record<string, unknown>) =>
  run.gql(
    `mutation($i: CreatePartyOrganizationInput!) { createPartyOrganization(input: $i) { ${ORG} } }`,
    { i: input },
  );
const move = (id: number | string, newParentId: number | string, expectedVersion?: number) =>
  run.gql(
    `mutation($id: ID!, $p: ID!, $v: Int) { movePartyOrganization(id: $id, newParentId: $p, expectedVersion: $v) { ${ORG} } }`,
    { id: String(id), p: String(newParentId), v: expectedVersion },
  );
const orgCount = async () =>
  Number((await run.party.dataSource.query('SELECT COUNT(*) AS n FROM party_organizations'))[0].n);
/** Creating `input` is refused as BAD_USER_INPUT naming `why` (its field, its reason), and no organisation is written. */
async function expectRefused(input: Record<string, unknown>, why: Record<string, string>) {
  const before = await orgCount();
  const r = await create(input);
  expect(codeOf(r)).toBe('BAD_USER_INPUT');
  expect(r.errors![0].extensions).toMatchObject(why);
  expect(await orgCount()).toBe(before);
}
const byLevel = (level: string) => p.organizations.filter((o) => o.level === level);
/** The grid a test gives a new branch: the first basic grid without one (or a micro grid). */
const newBranchGrid = (() => {
  const has = new Set(byLevel('GRID_BRANCH').map((o) => o.gridCode));
  return (
    city.geography.grids.find((g) => g.level === 'BASIC' && !has.has(g.code)) ??
    city.geography.grids.find((g) => g.level === 'MICRO')!
  );
})();

describe('the organisation tree', () => {
  test('in the demo city every tree level sits directly below the one before it', () => {
    const parentLevel: Record<string, string> = {
      DISTRICT_COMMITTEE: 'CITY_COMMITTEE',
      STREET_WORKING_COMMITTEE: 'DISTRICT_COMMITTEE',
      COMMUNITY_COMMITTEE: 'STREET_WORKING_COMMITTEE',
      GRID_BRANCH: 'COMMUNITY_COMMITTEE',
      BUILDING_GROUP: 'GRID_BRANCH',
    };
    const byId = new Map(p.organizations.map((o) => [o.id, o]));
    for (const o of p.organizations) {
      const parent = o.parentId == null ? null : byId.get(o.parentId)!;
      if (parentLevel[o.level]) expect(parent?.level).toBe(parentLevel[o.level]);
      if (parent)
        expect(o.regionCode.startsWith(parent.regionCode.replace(/(00)+$/, ''))).toBe(true);
      if (o.level === 'GRID_BRANCH' || o.level === 'BUILDING_GROUP')
        expect(o.gridCode?.slice(0, 12)).toBe(o.regionCode);
    }
  });

  test('the ancestors of a building group run from the city committee down to its branch', async () => {
    const group = byLevel('BUILDING_GROUP')[3];
    const r = await run.gql(
      'query($id: ID!) { partyOrganization(id: $id) { ancestors { level } } }',
      { id: group.id },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.partyOrganization.ancestors.map((a: { level: string }) => a.level)).toEqual([
      'CITY_COMMITTEE',
      'DISTRICT_COMMITTEE',
      'STREET_WORKING_COMMITTEE',
      'COMMUNITY_COMMITTEE',
      'GRID_BRANCH',
    ]);
  });

  test('ancestors of one organisation and of a hundred cost the same statements', async () => {
    const count = async (ids: number[]) => {
      run.party.counter.reset();
      const r = await run.gql(
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on PartyOrganization { ancestors { id } children { id } } } }',
        { r: ids.map((id) => ({ __typename: 'PartyOrganization', id: String(id) })) },
      );
      expect(r.errors).toBeUndefined();
      return run.party.counter.statements;
    };
    const groups = byLevel('BUILDING_GROUP').map((o) => o.id);
    expect(await count(groups.slice(0, 100))).toBe(await count(groups.slice(0, 1)));
  });

  test('the subtree of a street lists everything beneath it in tree order, page by page', async () => {
    // A street none of this file's writes reach (they run in any order): not the first community's
    // street, nor the street of the grid that gets a new branch, nor above the industries.
    const touched = [
      p.organizations.find((o) => o.id === byLevel('COMMUNITY_COMMITTEE')[0].parentId)!,
      ...byLevel('INDUSTRY'),
    ];
    const street = byLevel('STREET_WORKING_COMMITTEE').find(
      (s) =>
        !newBranchGrid.regionCode.startsWith(s.regionCode) &&
        !touched.some((t) => t.path.startsWith(s.path)),
    )!;
    expect(street).toBeDefined();
    const below = p.organizations.filter(
      (o) => o.path.startsWith(street.path) && o.id !== street.id,
    );
    expect(below.length).toBeGreaterThan(10);
    const r = await run.gql(
      'query($id: ID!) { partyOrganizationSubtree(id: $id, limit: 100) { totalCount items { id } } }',
      { id: street.id },
    );
    expect(r.errors).toBeUndefined();
    expect(r.data.partyOrganizationSubtree.totalCount).toBe(below.length);
    const expected = [...below]
      .sort((a, b) => a.path.localeCompare(b.path))
      .slice(0, 100)
      .map((o) => String(o.id));
    expect(r.data.partyOrganizationSubtree.items.map((o: { id: string }) => o.id)).toEqual(
      expected,
    );
  });

  test('a community committee placed directly under a district committee is refused and nothing is written', async () => {
    const district = byLevel('DISTRICT_COMMITTEE')[0];
    const community = city.geography.regions.find(
      (r) => r.level === 'COMMUNITY' && r.code.startsWith(district.regionCode),
    )!;
    await expectRefused(
      {
        name: '新社区党委',
        level: 'COMMUNITY_COMMITTEE',
        parentId: String(district.id),
        regionCode: community.code,
      },
      { field: 'parentId', reason: 'LEVEL' },
    );
  });

  test('a grid branch without a grid, and a street committee on a community code, are refused and nothing is written', async () => {
    const community = byLevel('COMMUNITY_COMMITTEE')[0];
    const branch = { name: '无网格党支部', level: 'GRID_BRANCH', parentId: String(community.id) };
    await expectRefused(branch, { field: 'gridCode' });
    const district = byLevel('DISTRICT_COMMITTEE')[0];
    await expectRefused(
      {
        name: '街道党工委',
        level: 'STREET_WORKING_COMMITTEE',
        parentId: String(district.id),
        regionCode: community.regionCode,
      },
      { field: 'regionCode' },
    );
  });

  test('a grid branch outside its parent community is refused and nothing is written', async () => {
    const [a, b] = byLevel('COMMUNITY_COMMITTEE');
    const grid = city.geography.grids.find(
      (g) => g.regionCode === b.regionCode && g.level === 'BASIC',
    )!;
    await expectRefused(
      { name: '越界党支部', level: 'GRID_BRANCH', parentId: String(a.id), gridCode: grid.code },
      { field: 'parentId', reason: 'REGION' },
    );
  });

  test("a new grid branch on a grid without one becomes that grid's partyBranch", async () => {
    const grid = newBranchGrid;
    const community = byLevel('COMMUNITY_COMMITTEE').find((o) => o.regionCode === grid.regionCode)!;
    const r = await create({
      name: '新建网格党支部',
      level: 'GRID_BRANCH',
      parentId: String(community.id),
      gridCode: grid.code,
      secretary: '张三',
    });
    expect(r.errors).toBeUndefined();
    expect(r.data.createPartyOrganization).toMatchObject({
      level: 'GRID_BRANCH',
      gridCode: grid.code,
      regionCode: grid.regionCode,
    });
    expect(r.data.createPartyOrganization.path.at(-1)).toEqual({
      id: String(community.id),
      level: 'COMMUNITY_COMMITTEE',
    });
    const g = await run.gql(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Grid { partyBranch { id } } } }',
      { r: [{ __typename: 'Grid', code: grid.code }] },
    );
    expect(g.data._entities[0].partyBranch.id).toBe(r.data.createPartyOrganization.id);
  });

  test('a building group cannot move to the branch of another grid, and a move to its own branch only bumps the version', async () => {
    const branches = byLevel('GRID_BRANCH');
    const [from, to] = branches.flatMap((a) =>
      branches.filter((b) => b !== a && b.parentId === a.parentId).map((b) => [a, b]),
    )[0];
    const group = byLevel('BUILDING_GROUP').find((o) => o.parentId === from.id)!;
    const refused = await move(group.id, to.id);
    expect(codeOf(refused)).toBe('BAD_USER_INPUT');
    expect(refused.errors![0].extensions!.reason).toBe('REGION');
    const same = await move(group.id, from.id, 1);
    expect(same.errors).toBeUndefined();
    expect(same.data.movePartyOrganization).toMatchObject({
      version: 2,
      parentId: { id: String(from.id) },
    });
  });

  test('a community joint committee moves up to its street working committee, but not to another street', async () => {
    const community = byLevel('COMMUNITY_COMMITTEE')[0];
    const street = byLevel('STREET_WORKING_COMMITTEE').find((o) => o.id === community.parentId)!;
    const otherStreet = byLevel('STREET_WORKING_COMMITTEE').find((o) => o.id !== street.id)!;
    const created = await create({
      name: '联合党委',
      level: 'JOINT_COMMITTEE',
      parentId: String(community.id),
      regionCode: community.regionCode,
    });
    expect(created.errors).toBeUndefined();
    const joint = created.data.createPartyOrganization;
    expect(codeOf(await move(joint.id, otherStreet.id))).toBe('BAD_USER_INPUT');
    const r = await move(joint.id, street.id);
    expect(r.errors).toBeUndefined();
    expect(r.data.movePartyOrganization.path.map((a: { level: string }) => a.level)).toEqual([
      'CITY_COMMITTEE',
      'DISTRICT_COMMITTEE',
      'STREET_WORKING_COMMITTEE',
    ]);
  });

  test('moving an enterprise subtree rewrites every path below it, and a move under its own descendant is refused as a cycle', async () => {
    const industry = byLevel('INDUSTRY')[0];
    const other = byLevel('INDUSTRY')[1];
    // A chain of three enterprise organisations under the industry committee, each below the one before.
    const enterprise = async (name: string, parentId: string) =>
      (await create({ name, level: 'ENTERPRISE', parentId, regionCode: industry.regionCode })).data
        .createPartyOrganization;
    const a = await enterprise('集团党委', String(industry.id));
    const b = await enterprise('子公司党总支', a.id);
    const c = await enterprise('项目部党支部', b.id);
    const cycle = await move(a.id, c.id);
    expect(codeOf(cycle)).toBe('BAD_USER_INPUT');
    expect(cycle.errors![0].extensions!.reason).toBe('CYCLE');
    const unchanged = await run.gql(
      'query($id: ID!) { partyOrganization(id: $id) { version parent { id } } }',
      { id: a.id },
    );
    expect(unchanged.data.partyOrganization).toEqual({
      version: 1,
      parent: { id: String(industry.id) },
    });
    expect(codeOf(await move(a.id, a.id))).toBe('BAD_USER_INPUT');
    const moved = await move(b.id, other.id);
    expect(moved.errors).toBeUndefined();
    const r = await run.gql('query($id: ID!) { partyOrganization(id: $id) { ancestors { id } } }', {
      id: c.id,
    });
    const ids = r.data.partyOrganization.ancestors.map((x: { id: string }) => x.id);
    expect(ids.slice(-2)).toEqual([String(other.id), b.id]);
    expect(ids).not.toContain(a.id);
    const sub = await run.gql(
      'query($id: ID!) { partyOrganizationSubtree(id: $id) { totalCount } }',
      { id: a.id },
    );
    expect(sub.data.partyOrganizationSubtree.totalCount).toBe(0);
  });

  test('a move with a stale version is refused with CONFLICT, and a missing parent with NOT_FOUND', async () => {
    const group = byLevel('BUILDING_GROUP')[0];
    expect(codeOf(await move(group.id, group.parentId!, 99))).toBe('CONFLICT');
    expect(codeOf(await move(group.id, 999999))).toBe('NOT_FOUND');
  });
});
