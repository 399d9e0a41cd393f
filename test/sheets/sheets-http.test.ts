import { writeFileSync, readFileSync } from 'node:fs';
import * as XLSX from 'xlsx';
import { excel } from '../../gateway/sheets/exceljs';
import { generateCity } from '../../services/demo-city';
import { startStack } from '../helpers/stack';
import { tokenFor } from '../helpers/auth';
import type { Role } from '../../shared/viewer';
import { csvFile, readBack, sheetjsWorkbook, tmpPath } from './sheets-helpers';
import { forThisFile } from '../helpers/for-this-file';

const city = generateCity('demo', 20210104);
const community = city.geography.regions.find(
  (r) =>
    r.level === 'COMMUNITY' &&
    city.geography.grids.filter((g) => g.regionCode === r.code).length > 2,
)!;
const street = community.code.slice(0, 9);
const district = community.code.slice(0, 6);

const stack = forThisFile(() => startStack(city), 60000);

/** The compound ledger's columns, as its template names them and an import gives them. */
const COMPOUND_HEADERS = [
  '名称',
  '所在网格编码',
  '户数',
  '楼栋数',
  '老旧小区',
  '单体楼',
  '当前管理模式',
  '物业企业统一社会信用代码',
  '现模式起始日',
];
const base = () => stack.gatewayUrl.replace(/\/graphql$/, '');
async function as(role: Role, prefix: string) {
  return { authorization: `Bearer ${await tokenFor(role, prefix)}` };
}
async function download(path: string, headers: Record<string, string>) {
  const res = await fetch(`${base()}${path}`, { headers });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    body: Buffer.from(await res.arrayBuffer()),
  };
}
async function upload(path: string, file: string, headers: Record<string, string>) {
  const res = await fetch(`${base()}${path}`, {
    method: 'POST',
    headers: {
      ...headers,
      'content-type': file.endsWith('.csv') ? 'text/csv' : 'application/octet-stream',
    },
    body: readFileSync(file),
  });
  return { status: res.status, body: (await res.json()) as any };
}
const saved = (buf: Buffer, name: string) => {
  const p = tmpPath(name);
  writeFileSync(p, buf);
  return p;
};

describe('spreadsheets through the gateway', () => {
  test('a community exports its grids as a workbook with Chinese headers, and the export imports again unchanged; an edited cell updates', async () => {
    const auth = await as('COMMUNITY_STAFF', community.code);
    const exported = await download(`/sheets/export/grids?under=${community.code}`, auth);
    expect(exported.status).toBe(200);
    const path = saved(exported.body, 'grids.xlsx');
    const rows = readBack(path);
    const header = rows[0] as string[];
    expect(header).toEqual(
      expect.arrayContaining(['网格编码', '名称', '层级', '上级网格编码', '所属社区代码', '户数']),
    );
    const mine = city.geography.grids.filter((g) => g.regionCode === community.code);
    expect(rows.slice(1)).toHaveLength(mine.length);
    expect(rows.slice(1).map((r) => r[header.indexOf('层级')])).toContain('基础网格');

    const again = await upload('/sheets/import/grids', path, auth);
    expect(again.body).toMatchObject({
      rows: mine.length,
      rejected: [],
      created: 0,
      updated: 0,
      unchanged: mine.length,
      stored: true,
    });

    // Edited by SheetJS, as a person editing the export in another program would.
    const edited = rows.map((r, i) =>
      i === 1 ? r.map((c, j) => (j === header.indexOf('户数') ? 4321 : c)) : r,
    );
    const changed = await upload(
      '/sheets/import/grids',
      sheetjsWorkbook(edited, 'grids-edited'),
      auth,
    );
    expect(changed.body).toMatchObject({ updated: 1, unchanged: mine.length - 1 });
    const code = rows[1][header.indexOf('网格编码')];
    expect(
      Number(
        (
          await stack.subgraphs.grid.dataSource.query(
            'SELECT households AS h FROM grids WHERE code = ?',
            [code],
          )
        )[0].h,
      ),
    ).toBe(4321);
  }, 60000);

  test('a list export is masked as the graph masks the caller: a city administrator sees 张*, the street sees names', async () => {
    const adminRows = readBack(
      saved(
        (await download(`/sheets/export/partyMembers?under=${street}`, await as('CITY_ADMIN', '')))
          .body,
        'pm-admin.xlsx',
      ),
    );
    const streetRows = readBack(
      saved(
        (
          await download(
            `/sheets/export/partyMembers?under=${street}`,
            await as('STREET_STAFF', street),
          )
        ).body,
        'pm-street.xlsx',
      ),
    );
    const col = (adminRows[0] as string[]).indexOf('姓名');
    expect(adminRows.length).toBeGreaterThan(1);
    expect(adminRows.length).toBe(streetRows.length);
    expect(adminRows.slice(1).every((r) => String(r[col]).includes('*'))).toBe(true);
    expect(streetRows.slice(1).some((r) => !String(r[col]).includes('*'))).toBe(true);
    expect(adminRows[0]).toContain('所在党组织');
  }, 60000);

  test("a district dashboard exports as one row per region, and a street may not export another street's", async () => {
    const d = await download(`/sheets/export/dashboard?under=${district}`, await as('ANALYST', ''));
    expect(d.status).toBe(200);
    const rows = readBack(saved(d.body, 'dash.xlsx'));
    expect(rows.slice(1)).toHaveLength(
      1 + city.geography.regions.filter((r) => r.parentCode === district).length,
    );
    expect(rows[0]).toEqual(expect.arrayContaining(['区划代码', '名称']));
    expect((rows[0] as string[]).some((h) => h.includes('·'))).toBe(true);
    const other = city.geography.regions.find((r) => r.level === 'STREET' && r.code !== street)!;
    const refused = await fetch(`${base()}/sheets/export/dashboard?under=${other.code}`, {
      headers: await as('STREET_STAFF', street),
    });
    expect(refused.status).toBe(403);
    expect(((await refused.json()) as any).error.code).toBe('FORBIDDEN');
  }, 60000);

  test('a template has Chinese headers, a note and a meaning for each column, and drop-down lists for enums', async () => {
    const t = await download('/sheets/template/compounds', await as('STREET_STAFF', street));
    const wb = XLSX.read(t.body, { type: 'buffer' });
    expect(wb.SheetNames).toEqual(['台账', '说明']);
    expect(XLSX.utils.sheet_to_json<string[]>(wb.Sheets['台账'], { header: 1 })[0]).toEqual(
      COMPOUND_HEADERS,
    );
    const book = new (excel().Workbook)();
    await book.xlsx.load(t.body as any);
    const sheet = book.getWorksheet('台账')!;
    expect(sheet.getCell('G1').note).toBeTruthy();
    expect(sheet.getCell('G2').dataValidation).toMatchObject({
      type: 'list',
      formulae: ['"专业物业,准物业,居民自治,街道社区兜底,无物业"'],
    });
  }, 60000);

  test('compounds with a wrong credit-code check character or on a micro grid are named; partial stores the good row', async () => {
    const auth = await as('STREET_STAFF', street);
    const company = city.property.companies[0];
    const basic = city.geography.grids.find(
      (g) => g.level === 'BASIC' && g.code.startsWith(street),
    )!;
    const micro = city.geography.grids.find(
      (g) => g.level === 'MICRO' && g.code.startsWith(street),
    )!;
    const wrong = company.creditCode.slice(0, 17) + (company.creditCode[17] === '1' ? '2' : '1');
    const header = COMPOUND_HEADERS;
    const path = sheetjsWorkbook([
      header,
      ['导入花园', basic.code, 300, 6, '否', '否', '专业物业', company.creditCode, '2024-01-01'],
      ['错码小区', basic.code, 100, 2, '是', '否', '专业物业', wrong, '2024-01-01'],
      ['微网格小区', micro.code, 100, 2, '是', '否', '居民自治', '', '2024-01-01'],
      ['坏模式小区', basic.code, 100, 2, '否', '否', '物业托管', '', '2024-13-01'],
    ]);
    const all = await upload('/sheets/import/compounds', path, auth);
    expect(all.body.stored).toBe(false);
    expect(all.body.rejected.map((r: any) => [r.row, r.column])).toEqual([
      [3, '物业企业统一社会信用代码'],
      [4, '所在网格编码'],
      [5, '当前管理模式'],
      [5, '现模式起始日'],
    ]);
    expect(all.body.rejected[0].message).toMatch(/check character/);
    const partial = await upload('/sheets/import/compounds?partial=1', path, auth);
    expect(partial.body).toMatchObject({ created: 1, stored: true });
    const stored = await stack.subgraphs.property.dataSource.query(
      "SELECT company_id AS c FROM residential_compounds WHERE name = '导入花园'",
    );
    expect(stored).toHaveLength(1);
  }, 60000);

  test('volunteers import from CSV, once; a grid worker may not import and a missing token is a 401', async () => {
    const rows = [
      ['姓名', '电话', '登记社区代码'],
      ['王小志', '13900000001', community.code],
      ['李小愿', '13900000002', community.code],
    ];
    const path = csvFile(rows);
    const auth = await as('COMMUNITY_STAFF', community.code);
    expect((await upload('/sheets/import/volunteers', path, auth)).body).toMatchObject({
      created: 2,
      rejected: [],
      stored: true,
    });
    expect((await upload('/sheets/import/volunteers', path, auth)).body).toMatchObject({
      created: 0,
      unchanged: 2,
      stored: true,
    });
    const balances = await stack.subgraphs.volunteer.dataSource.query(
      "SELECT COUNT(*) AS n FROM volunteers v JOIN points_balances b ON b.volunteer_id = v.id WHERE v.phone IN ('13900000001', '13900000002')",
    );
    expect(Number(balances[0].n)).toBe(2);
    const worker = await upload(
      '/sheets/import/volunteers',
      csvFile([...rows, ['赵三', '13900000003', community.code]]),
      await as(
        'GRID_WORKER',
        city.geography.grids.find((g) => g.regionCode === community.code)!.code,
      ),
    );
    expect(worker.status).toBe(403);
    expect(worker.body.error.code).toBe('FORBIDDEN');
    const none = await fetch(`${base()}/sheets/import/volunteers`, {
      method: 'POST',
      body: readFileSync(path),
    });
    expect(none.status).toBe(401);
  }, 60000);

  test('grid workers import by grid, phone and role; a micro-grid worker on a basic grid and a unit head without a label are named', async () => {
    const auth = await as('COMMUNITY_STAFF', community.code);
    const basic = city.geography.grids.find(
      (g) => g.level === 'BASIC' && g.regionCode === community.code,
    )!;
    const header = ['姓名', '电话', '角色', '所在网格编码', '楼栋/单元', '任职日期'];
    const good = [
      ['周网格', '13700000001', '专职网格员', basic.code, '', '2025-03-01'],
      ['吴楼长', '13700000002', '楼栋长', basic.code, '3号楼', '2025-03-01'],
    ];
    const path = sheetjsWorkbook([
      header,
      ...good,
      ['郑微格', '13700000003', '微网格员', basic.code, '', '2025-03-01'],
      ['钱单元', '13700000004', '单元长', basic.code, '', '2025-03-01'],
    ]);
    const all = await upload('/sheets/import/grid-workers', path, auth);
    expect(all.body.rejected.map((r: any) => [r.row, r.column])).toEqual([
      [4, '所在网格编码'],
      [5, '楼栋/单元'],
    ]);
    expect(all.body.stored).toBe(false);
    const ok = sheetjsWorkbook([header, ...good]);
    expect((await upload('/sheets/import/grid-workers', ok, auth)).body).toMatchObject({
      created: 2,
      stored: true,
    });
    expect((await upload('/sheets/import/grid-workers', ok, auth)).body).toMatchObject({
      created: 0,
      unchanged: 2,
    });
    const history = await stack.subgraphs.grid.dataSource.query(
      "SELECT COUNT(*) AS n FROM grid_worker_assignments a JOIN grid_workers w ON w.id = a.worker_id WHERE w.phone IN ('13700000001', '13700000002')",
    );
    expect(Number(history[0].n)).toBe(2);
  }, 60000);
});
