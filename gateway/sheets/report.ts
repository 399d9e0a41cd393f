import { excel } from './exceljs';
import type { Writable } from 'node:stream';
import type { ImportReport } from './importer';

/** The import report as a workbook: a summary and every rejected cell (row, column, message). */
export async function writeReport(report: ImportReport, out: string | Writable): Promise<void> {
  const wb = new (excel().stream.xlsx.WorkbookWriter)(
    typeof out === 'string' ? { filename: out } : { stream: out },
  );
  const summary = wb.addWorksheet('汇总');
  summary.columns = [
    { header: '项目', width: 16 },
    { header: '数值', width: 16 },
  ];
  const lines: [string, string | number][] = [
    ['类型 kind', report.kind],
    ['读取行数 rows', report.rows],
    ['拒绝单元格 rejected cells', report.rejected.length],
    ['新增 created', report.created],
    ['更新 updated', report.updated],
    ['未变 unchanged', report.unchanged],
    ['已写入 stored', report.stored ? '是' : '否'],
    ['试运行 dry run', report.dryRun ? '是' : '否'],
  ];
  for (const line of lines) summary.addRow(line).commit();
  summary.commit();
  const errors = wb.addWorksheet('错误明细');
  errors.columns = [
    { header: '行号', key: 'row', width: 8 },
    { header: '列', key: 'column', width: 20 },
    { header: '问题', key: 'message', width: 80 },
  ];
  for (const r of report.rejected) errors.addRow(r).commit();
  errors.commit();
  await wb.commit();
}
