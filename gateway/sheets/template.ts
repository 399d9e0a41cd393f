import { excel, type ExcelJS } from './exceljs';
import type { Writable } from 'node:stream';
import { columnsOf, importKind } from './kinds';

const VALIDATED_ROWS = 20000;
const colName = (i: number): string =>
  i < 26 ? String.fromCharCode(65 + i) : colName(Math.floor(i / 26) - 1) + colName(i % 26);

/**
 * An empty workbook for a kind: Chinese headers, each explained in a note and on the 说明 sheet,
 * drop-down lists for enums and 是/否, text format for codes and ID numbers (so Excel keeps the digits).
 */
export async function writeTemplate(kindName: string, out: string | Writable): Promise<void> {
  const kind = importKind(kindName);
  const columns = columnsOf(kind);
  const wb = new (excel().Workbook)();
  const sheet = wb.addWorksheet('台账');
  // Range validations exist at run time but are missing from exceljs's typings.
  const validations = (
    sheet as unknown as { dataValidations: { add(range: string, v: ExcelJS.DataValidation): void } }
  ).dataValidations;
  sheet.columns = columns.map((c) => ({
    header: c.header,
    key: c.field,
    width: Math.max(12, c.header.length * 3),
  }));
  columns.forEach((c, i) => {
    const letter = colName(i);
    const head = sheet.getCell(`${letter}1`);
    head.font = { bold: true, color: c.required ? { argb: 'FFC00000' } : undefined };
    head.note = `${c.required ? '必填 required. ' : ''}${c.description}`;
    const range = `${letter}2:${letter}${VALIDATED_ROWS}`;
    const list =
      c.type === 'enum'
        ? [...c.enum!.toLabel.values()]
        : c.type === 'Boolean'
          ? ['是', '否']
          : null;
    if (list)
      validations.add(range, {
        type: 'list',
        allowBlank: !c.required,
        formulae: [`"${list.join(',')}"`],
        showErrorMessage: true,
        error: `请选择 ${list.join('、')}`,
      });
    if (c.type === 'Int')
      validations.add(range, {
        type: 'whole',
        operator: 'greaterThanOrEqual',
        allowBlank: !c.required,
        formulae: [0],
        showErrorMessage: true,
      });
    if (c.type === 'String') sheet.getColumn(i + 1).numFmt = '@';
  });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
  const help = wb.addWorksheet('说明');
  help.columns = [
    { header: '列', width: 16 },
    { header: '必填', width: 6 },
    { header: '说明 meaning', width: 90 },
  ];
  for (const c of columns) {
    const values =
      c.type === 'enum'
        ? `: ${[...c.enum!.toLabel.values()].join('、')}`
        : c.type === 'Boolean'
          ? ': 是/否'
          : '';
    help.addRow([c.header, c.required ? '是' : '否', `${c.description}${values}`]);
  }
  if (typeof out === 'string') await wb.xlsx.writeFile(out);
  else await wb.xlsx.write(out);
}
