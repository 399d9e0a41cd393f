import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { importSheet } from '../../gateway/sheets/importer';
import { writeReport } from '../../gateway/sheets/report';
import { writeTemplate } from '../../gateway/sheets/template';
import { KINDS } from '../../gateway/sheets/kinds';
import { cliGraph, run } from './cli';

const USAGE = `usage: npm run import -- <file.xlsx|file.csv> --kind <${Object.keys(KINDS).join('|')}> [--dry-run] [--partial] [--json] [--report r.xlsx] [--token T] [--url U]
       npm run import -- --template <kind> --out <file.xlsx>`;

run(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      kind: { type: 'string' },
      'dry-run': { type: 'boolean' },
      partial: { type: 'boolean' },
      json: { type: 'boolean' },
      report: { type: 'string' },
      template: { type: 'string' },
      out: { type: 'string' },
      token: { type: 'string' },
      url: { type: 'string' },
      batch: { type: 'string' },
    },
  });
  if (values.template) {
    if (!values.out) throw new Error(USAGE);
    await writeTemplate(values.template, values.out);
    console.error(`wrote the ${values.template} template to ${values.out}`);
    return 0;
  }
  if (positionals.length !== 1 || !values.kind) throw new Error(USAGE);
  const started = Date.now();
  let last = 0;
  const report = await importSheet({
    kind: values.kind,
    path: positionals[0],
    graph: cliGraph(values),
    dryRun: values['dry-run'],
    partial: values.partial,
    batchSize: values.batch ? Number(values.batch) : undefined,
    progress: (phase, rows) => {
      if (Date.now() - last < 1000) return;
      last = Date.now();
      console.error(
        `${phase === 'check' ? 'checked' : 'written'} ${rows} rows (${Math.round(rows / ((Date.now() - started) / 1000))} rows/s)`,
      );
    },
  });
  if (values.json) console.log(JSON.stringify(report, null, 2));
  if (values.report) await writeReport(report, values.report);
  const seconds = (Date.now() - started) / 1000;
  const peakMb = process.resourceUsage().maxRSS / 1024;
  console.error(
    `${report.rows} rows in ${seconds.toFixed(1)} s (${Math.round(report.rows / seconds)} rows/s, peak memory ${peakMb.toFixed(0)} MB): ${report.created} created, ${report.updated} updated, ${report.unchanged} unchanged, ${report.rejected.length} cells rejected; ${report.stored ? 'stored' : 'nothing stored'}`,
  );
  if (!values.json)
    for (const r of report.rejected.slice(0, 50))
      console.error(`  row ${r.row}, ${r.column}: ${r.message}`);
  return report.rejected.length ? 1 : 0;
});
