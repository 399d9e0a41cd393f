import { generateCity } from '../../services/demo-city';
import { startStack } from '../helpers/stack';
import { importSheet } from '../../gateway/sheets/importer';
import { graphAs, idNumber, sheetjsWorkbook } from './sheets-helpers';
import { forThisFile } from '../helpers/for-this-file';

const city = generateCity('demo', 20210104);
const HEADER = [
  '姓名',
  '身份证号',
  '电话',
  '所在党组织',
  '状态',
  '党员中心户',
  '纳入管理的网格',
  '入党日期',
  '住址',
];
// A grid branch whose name no other organisation shares, and its street.
const branch = city.party.organizations.find(
  (o) =>
    o.level === 'GRID_BRANCH' &&
    o.gridCode &&
    city.party.organizations.filter((x) => x.name === o.name).length === 1,
)!;
const street = branch.gridCode!.slice(0, 9);
const otherGrid = city.geography.grids.find((g) => !g.code.startsWith(street))!;

const stack = forThisFile(() => startStack(city), 60000);

const member = (seq: number, over: Partial<Record<string, unknown>> = {}) => {
  const row = {
    姓名: `测试党员${seq}`,
    身份证号: idNumber(seq),
    电话: `139${String(seq).padStart(8, '0')}`,
    所在党组织: branch.name,
    状态: '居民党员',
    党员中心户: seq % 5 === 0 ? '是' : '否',
    纳入管理的网格: branch.gridCode,
    入党日期: '2001-07-01',
    住址: `幸福路${seq}号`,
    ...over,
  };
  return HEADER.map((h) => (row as Record<string, unknown>)[h]);
};

async function storedWith(seqs: number[]) {
  const ids = seqs.map(idNumber);
  const rows: {
    id_number: string;
    name: string;
    center_household: number | boolean;
    version: number;
  }[] = await stack.subgraphs.party.dataSource.query(
    `SELECT id_number, name, center_household, version FROM party_members WHERE id_number IN (${ids.map(() => '?').join(',')}) ORDER BY id_number`,
    ids,
  );
  return rows.map((r) => ({ ...r, center_household: Boolean(Number(r.center_household)) }));
}

describe('importing workbooks made by another library (SheetJS)', () => {
  test('a street imports its members in batches, a second import changes nothing, and a changed row updates', async () => {
    const seqs = Array.from({ length: 23 }, (_, i) => 1000 + i);
    const path = sheetjsWorkbook([HEADER, ...seqs.map((s) => member(s))]);
    const graph = await graphAs(stack, 'STREET_STAFF', street);
    const progress: number[] = [];
    const first = await importSheet({
      kind: 'party-members',
      path,
      graph,
      batchSize: 10,
      progress: (_p, n) => progress.push(n),
    });
    expect(first).toMatchObject({
      rows: 23,
      rejected: [],
      created: 23,
      updated: 0,
      unchanged: 0,
      stored: true,
    });
    expect(progress).toEqual([10, 20, 23, 10, 20, 23]);
    const stored = await storedWith(seqs);
    expect(stored.map((r) => r.name)).toEqual(
      seqs
        .map((s) => `测试党员${s}`)
        .sort((a, b) => idNumber(+a.slice(4)).localeCompare(idNumber(+b.slice(4)))),
    );
    expect(stored.filter((r) => r.center_household)).toHaveLength(
      seqs.filter((s) => s % 5 === 0).length,
    );

    const again = await importSheet({ kind: 'party-members', path, graph, batchSize: 10 });
    expect(again).toMatchObject({
      rows: 23,
      rejected: [],
      created: 0,
      updated: 0,
      unchanged: 23,
      stored: true,
    });
    expect(await storedWith(seqs)).toEqual(stored);

    const changed = sheetjsWorkbook([
      HEADER,
      ...seqs.map((s) => member(s, s === 1004 ? { 姓名: '改名党员' } : {})),
    ]);
    const third = await importSheet({ kind: 'party-members', path: changed, graph, batchSize: 10 });
    expect(third).toMatchObject({ created: 0, updated: 1, unchanged: 22, stored: true });
    expect((await storedWith([1004]))[0].name).toBe('改名党员');
  }, 60000);

  test('a file with planted errors is refused whole, and the report names every rejected cell', async () => {
    const graph = await graphAs(stack, 'STREET_STAFF', street);
    const badId = idNumber(2003).slice(0, 17) + (idNumber(2003)[17] === '0' ? '1' : '0');
    const path = sheetjsWorkbook([
      HEADER,
      member(2001),
      member(2002, { 电话: '12345' }),
      member(2003, { 身份证号: badId }),
      member(2004, { 状态: '流动党员' }),
      member(2005, { 入党日期: '2001-02-30' }),
      member(2006, { 纳入管理的网格: '220602999999999' }),
      member(2007, { 姓名: '' }),
      member(2008, { 所在党组织: '不存在的党支部' }),
      member(2001, { 姓名: '重复' }),
      member(2010, {
        纳入管理的网格: otherGrid.code,
        所在党组织:
          city.party.organizations.find((o) => o.gridCode === otherGrid.code)?.name ?? branch.name,
      }),
      member(2011),
    ]);
    const report = await importSheet({ kind: 'party-members', path, graph });
    expect(report.stored).toBe(false);
    const named = report.rejected.map((r) => [r.row, r.column]);
    expect(named).toEqual(
      expect.arrayContaining([
        [3, '电话'],
        [4, '身份证号'],
        [5, '状态'],
        [6, '入党日期'],
        [7, '纳入管理的网格'],
        [8, '姓名'],
        [9, '所在党组织'],
        [10, '身份证号'],
        [11, '纳入管理的网格'],
      ]),
    );
    expect(report.rejected.find((r) => r.row === 4)!.message).toMatch(/check character/);
    expect(report.rejected.filter((r) => r.row === 2 || r.row === 12)).toEqual([]);
    expect(await storedWith([2001, 2011])).toEqual([]);

    const partial = await importSheet({ kind: 'party-members', path, graph, partial: true });
    expect(partial).toMatchObject({ created: 2, stored: true });
    expect((await storedWith([2001, 2011])).map((r) => r.name)).toEqual(
      expect.arrayContaining(['测试党员2001', '测试党员2011']),
    );
  }, 60000);

  test('a dry run checks everything and stores nothing', async () => {
    const graph = await graphAs(stack, 'CITY_ADMIN', '');
    const path = sheetjsWorkbook([HEADER, member(3001), member(3002)]);
    const report = await importSheet({ kind: 'party-members', path, graph, dryRun: true });
    expect(report).toMatchObject({
      rows: 2,
      rejected: [],
      created: 2,
      stored: false,
      dryRun: true,
    });
    expect(await storedWith([3001, 3002])).toEqual([]);
  }, 60000);

  test('new grids whose parents come on earlier rows import across batches, children after parents', async () => {
    const root = city.geography.grids.find(
      (g) => g.level === 'COMMUNITY_GRID' && g.regionCode.startsWith(street),
    )!;
    const taken = new Set(city.geography.grids.map((g) => g.code));
    const free = Array.from(
      { length: 999 },
      (_, i) => `${root.regionCode}${String(i + 1).padStart(3, '0')}`,
    ).filter((c) => !taken.has(c));
    const header = [
      '网格编码',
      '名称',
      '层级',
      '上级网格编码',
      '所属社区代码',
      '户数',
      '人口',
      '楼栋数',
    ];
    const path = sheetjsWorkbook([
      header,
      [free[0], '导入基础网格', '基础网格', root.code, root.regionCode, 120, 300, 4],
      [free[1], '导入微网格', '微网格', free[0], root.regionCode, 30, 80, 1],
      [free[2], '错级微网格', '微网格', root.code, root.regionCode, 30, 80, 1],
    ]);
    const graph = await graphAs(stack, 'STREET_STAFF', street);
    const refused = await importSheet({ kind: 'grids', path, graph, batchSize: 1 });
    expect(refused.rejected.map((r) => [r.row, r.column])).toEqual([[4, '上级网格编码']]);
    const report = await importSheet({ kind: 'grids', path, graph, batchSize: 1, partial: true });
    expect(report).toMatchObject({ created: 2, stored: true });
    const rows = await stack.subgraphs.grid.dataSource.query(
      'SELECT code, parent_code AS p FROM grids WHERE code IN (?, ?, ?) ORDER BY code',
      free.slice(0, 3),
    );
    expect(rows).toEqual([
      { code: free[0], p: root.code },
      { code: free[1], p: free[0] },
    ]);
  }, 60000);
});
