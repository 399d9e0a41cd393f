import 'reflect-metadata';
import { parseArgs } from 'node:util';
import ExcelJS from 'exceljs';
import { demoIdNumber } from '../../shared/demo/id-numbers';
import { cliGraph, run } from './cli';

/**
 * A city-size party-member workbook for the import benchmark: `--rows` members spread over the
 * grid branches the graph has under `--under`, written with exceljs's streaming writer.
 */
run(async () => {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string', default: '60000' },
      under: { type: 'string', default: '220600' },
      out: { type: 'string' },
      token: { type: 'string' },
      url: { type: 'string' },
    },
  });
  if (!values.out)
    throw new Error(
      'usage: node dist/scripts/sheets/bench-file.js --rows 60000 --under 220600 --out members.xlsx',
    );
  const graph = cliGraph(values);
  const branches: { name: string; gridCode: string }[] = [];
  for (let offset = 0; ; offset += 100) {
    const r = await graph(
      'query B($under: String!, $offset: Int!) { partyOrganizations(under: $under, level: GRID_BRANCH, limit: 100, offset: $offset) { totalCount items { name gridCode } } }',
      { under: values.under, offset },
    );
    const page = r.data?.partyOrganizations;
    if (!page) throw new Error(r.errors?.[0]?.message ?? 'no answer');
    branches.push(...page.items.filter((b: { gridCode: string | null }) => b.gridCode));
    if (offset + 100 >= page.totalCount) break;
  }
  const unique = branches.filter((b) => branches.filter((x) => x.name === b.name).length === 1);
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({
    filename: values.out,
    useSharedStrings: false,
  });
  const sheet = wb.addWorksheet('党员台账');
  sheet
    .addRow([
      '姓名',
      '身份证号',
      '电话',
      '所在党组织',
      '状态',
      '党员中心户',
      '纳入管理的网格',
      '入党日期',
      '住址',
    ])
    .commit();
  const statuses = ['居民党员', '在职党员', '离退休党员'];
  const rows = Number(values.rows);
  for (let i = 0; i < rows; i++) {
    const b = unique[i % unique.length];
    sheet
      .addRow([
        `党员${i}`,
        demoIdNumber(100000 + i),
        `13${String(100000000 + i).slice(-9)}`,
        b.name,
        statuses[i % 3],
        i % 40 === 0 ? '是' : '否',
        b.gridCode,
        '1999-07-01',
        `幸福路${i}号`,
      ])
      .commit();
  }
  sheet.commit();
  await wb.commit();
  console.error(`wrote ${rows} members over ${unique.length} grid branches to ${values.out}`);
});
