import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { exportDashboard, exportList } from '../../gateway/sheets/exporter';
import { cliGraph, run } from './cli';

const USAGE =
  'usage: npm run export -- <dashboard|grids|partyMembers|compounds|cases|...any paginated list> --under <code> --out <file.xlsx> [--token T] [--url U]';

run(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      under: { type: 'string' },
      out: { type: 'string' },
      token: { type: 'string' },
      url: { type: 'string' },
    },
  });
  if (positionals.length !== 1 || !values.under || !values.out) throw new Error(USAGE);
  const graph = cliGraph(values);
  const what = positionals[0];
  const rows =
    what === 'dashboard'
      ? await exportDashboard(graph, values.under, values.out)
      : await exportList(graph, what, values.under, values.out);
  console.error(`wrote ${rows} rows of ${what} under ${values.under} to ${values.out}`);
});
