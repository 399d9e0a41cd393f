import { startGridHarness } from '../helpers/grid-subgraph';
import { forThisFile } from '../helpers/for-this-file';

const h = forThisFile(() => startGridHarness());

const community = () => h.city.geography.regions.find((r) => r.level === 'COMMUNITY')!;
const communityGrid = (code: string) =>
  h.city.geography.grids.find((g) => g.regionCode === code && g.level === 'COMMUNITY_GRID')!;
const createGrid = (input: Record<string, unknown>) =>
  h.gql(
    'mutation($i: CreateGridInput!) { createGrid(input: $i) { code level parent { code } region { code } } }',
    { i: input },
  );

describe('grid hierarchy', () => {
  test('a region lists its children and its ancestors up to the city', async () => {
    const c = community();
    const r = await h.gql(
      'query($c: String!) { region(code: $c) { level ancestors { code level } parent { children { code } } } }',
      { c: c.code },
    );
    expect(r.data.region.ancestors.map((a: { level: string }) => a.level)).toEqual([
      'STREET',
      'DISTRICT',
      'CITY',
    ]);
    expect(r.data.region.ancestors[2].code).toBe('220600');
    const siblings = h.city.geography.regions
      .filter((x) => x.parentCode === c.parentCode)
      .map((x) => x.code)
      .sort();
    expect(r.data.region.parent.children.map((x: { code: string }) => x.code)).toEqual(siblings);
  });

  test('a micro grid knows its basic grid and its community grid as ancestors', async () => {
    const micro = h.city.geography.grids.find((g) => g.level === 'MICRO')!;
    const r = await h.gql('query($c: String!) { grid(code: $c) { ancestors { level } } }', {
      c: micro.code,
    });
    expect(r.data.grid.ancestors.map((a: { level: string }) => a.level)).toEqual([
      'BASIC',
      'COMMUNITY_GRID',
    ]);
  });

  test('grids under a street are paginated and filtered by level and name', async () => {
    // Not the street of community(), where another test creates a grid (tests run in any order).
    const street = h.city.geography.regions.find(
      (r) => r.level === 'STREET' && !community().code.startsWith(r.code),
    )!;
    const basics = h.city.geography.grids
      .filter((g) => g.code.startsWith(street.code) && g.level === 'BASIC')
      .map((g) => g.code)
      .sort();
    const page1 = await h.gql(
      'query($u: String!) { grids(under: $u, level: BASIC, limit: 3) { totalCount hasMore items { code } } }',
      { u: street.code },
    );
    expect(page1.data.grids.totalCount).toBe(basics.length);
    expect(page1.data.grids.items.map((g: { code: string }) => g.code)).toEqual(basics.slice(0, 3));
    const page2 = await h.gql(
      'query($u: String!) { grids(under: $u, level: BASIC, limit: 3, offset: 3) { items { code } } }',
      { u: street.code },
    );
    expect(page2.data.grids.items.map((g: { code: string }) => g.code)).toEqual(basics.slice(3, 6));
    const named = h.city.geography.grids.filter(
      (g) => g.code.startsWith(street.code) && g.name.includes('微网格'),
    ).length;
    const byName = await h.gql(
      'query($u: String!) { grids(under: $u, name: "微网格", limit: 1) { totalCount } }',
      { u: street.code },
    );
    expect(byName.data.grids.totalCount).toBe(named);
  });

  test('a page size over the cap is refused with BAD_USER_INPUT', async () => {
    const r = await h.gql('{ grids(under: "220600", limit: 1000000) { totalCount } }');
    expect(r.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  test('a new basic grid whose code starts with its community code is created under the community grid', async () => {
    const c = community();
    const code = `${c.code}901`;
    // The same basic grid under its community grid, by name.
    const basic = (name: string) =>
      createGrid({
        code,
        communityCode: c.code,
        name,
        level: 'BASIC',
        parentCode: communityGrid(c.code).code,
      });
    const r = await basic('新建测试网格');
    expect(r.errors).toBeUndefined();
    expect(r.data.createGrid).toEqual({
      code,
      level: 'BASIC',
      parent: { code: communityGrid(c.code).code },
      region: { code: c.code },
    });
    const dup = await basic('重复');
    expect(dup.errors[0].extensions.code).toBe('CONFLICT');
  });

  test.each([
    [
      'a code that is not 15 digits',
      (c: string) => ({ code: `${c}9x`, communityCode: c, level: 'BASIC' }),
    ],
    [
      'a code that does not start with its community',
      (c: string) => ({ code: `${c.slice(0, 11)}8902`, communityCode: c, level: 'BASIC' }),
    ],
    [
      'a basic grid without a parent',
      (c: string) => ({ code: `${c}902`, communityCode: c, level: 'BASIC' }),
    ],
    [
      'a micro grid under a community grid',
      (c: string) => ({ code: `${c}903`, communityCode: c, level: 'MICRO', parentCode: `${c}001` }),
    ],
  ])('%s is refused with BAD_USER_INPUT and nothing is written', async (_name, make) => {
    const c = community().code;
    const input = { name: '坏网格', ...make(c) };
    const r = await createGrid(input);
    expect(r.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const rows = await h.running.dataSource.query(
      'SELECT COUNT(*) AS n FROM grids WHERE code = ?',
      [input.code],
    );
    expect(Number(rows[0].n)).toBe(0);
  });
});

describe('grid workers and the three heads', () => {
  const W =
    'id role buildingLabel endedOn history { gridCode role buildingLabel startedOn endedOn endReason }';
  const basic = () => h.city.geography.grids.find((g) => g.level === 'BASIC')!;
  const micro = () => h.city.geography.grids.filter((g) => g.level === 'MICRO');

  test('assigning, moving and retiring a building head keeps every assignment in the history', async () => {
    const [m1, m2] = micro();
    const a = await h.gql(
      `mutation($i: AssignGridWorkerInput!) { assignGridWorker(input: $i) { ${W} } }`,
      {
        i: {
          name: '李楼长',
          phone: '13900001111',
          role: 'BUILDING_HEAD',
          gridCode: m1.code,
          buildingLabel: '3号楼',
          startedOn: '2025-01-01',
        },
      },
    );
    expect(a.errors).toBeUndefined();
    const id = a.data.assignGridWorker.id;
    const moved = await h.gql(
      `mutation($i: MoveGridWorkerInput!) { moveGridWorker(input: $i) { ${W} } }`,
      {
        i: { id, gridCode: m2.code, buildingLabel: '5号楼', on: '2025-06-01' },
      },
    );
    expect(moved.errors).toBeUndefined();
    const retired = await h.gql(
      `mutation($i: RetireGridWorkerInput!) { retireGridWorker(input: $i) { ${W} } }`,
      { i: { id, on: '2026-01-31' } },
    );
    expect(retired.data.retireGridWorker.endedOn).toBe('2026-01-31');
    expect(retired.data.retireGridWorker.history).toEqual([
      {
        gridCode: m1.code,
        role: 'BUILDING_HEAD',
        buildingLabel: '3号楼',
        startedOn: '2025-01-01',
        endedOn: '2025-06-01',
        endReason: 'MOVED',
      },
      {
        gridCode: m2.code,
        role: 'BUILDING_HEAD',
        buildingLabel: '5号楼',
        startedOn: '2025-06-01',
        endedOn: '2026-01-31',
        endReason: 'RETIRED',
      },
    ]);
    const serving = await h.gql('query($c: String!) { grid(code: $c) { workers { id } } }', {
      c: m2.code,
    });
    expect(serving.data.grid.workers.map((w: { id: string }) => w.id)).not.toContain(id);
    const again = await h.gql(
      `mutation($i: RetireGridWorkerInput!) { retireGridWorker(input: $i) { id } }`,
      { i: { id, on: '2026-02-01' } },
    );
    expect(again.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  test('a unit head needs a unit label and a micro-grid worker needs a micro grid', async () => {
    const noLabel = await h.gql(
      'mutation($i: AssignGridWorkerInput!) { assignGridWorker(input: $i) { id } }',
      {
        i: {
          name: '王单元',
          phone: '13900002222',
          role: 'UNIT_HEAD',
          gridCode: micro()[0].code,
          startedOn: '2025-01-01',
        },
      },
    );
    expect(noLabel.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    const wrongGrid = await h.gql(
      'mutation($i: AssignGridWorkerInput!) { assignGridWorker(input: $i) { id } }',
      {
        i: {
          name: '赵微格',
          phone: '13900003333',
          role: 'MICRO_GRID',
          gridCode: basic().code,
          startedOn: '2025-01-01',
        },
      },
    );
    expect(wrongGrid.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});
