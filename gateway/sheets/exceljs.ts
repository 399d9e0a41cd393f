import { createRequire } from 'node:module';
import type * as ExcelJS from 'exceljs';
import parseSax = require('./exceljs-sax');

export type { ExcelJS };

let loaded: typeof ExcelJS | undefined;

/**
 * exceljs, loaded on the first workbook the gateway reads or writes: it is hundreds of modules, and
 * a gateway that never serves a spreadsheet (or a test that never asks for one) does not pay for them.
 */
export function excel(): typeof ExcelJS {
  if (loaded) return loaded;
  // Before exceljs loads its readers: they take the XML event reader from this module path (see exceljs-sax.ts).
  // Under jest, whose module registry ignores require.cache, jest.config.js maps the same path.
  const path = createRequire(require.resolve('exceljs')).resolve('./lib/utils/parse-sax');
  require.cache[path] = {
    id: path,
    filename: path,
    loaded: true,
    exports: parseSax,
  } as unknown as NodeJS.Module;
  // A plain require, so that jest's module registry (and its mapping) sees it as it saw the import.
  loaded = require('exceljs') as typeof ExcelJS;
  return loaded;
}
