import { createRequire } from 'node:module';
import parseSax = require('./exceljs-sax');

// Before exceljs loads its readers: they take the XML event reader from this module path (see exceljs-sax.ts).
// Under jest, whose module registry ignores require.cache, jest.config.js maps the same path.
const path = createRequire(require.resolve('exceljs')).resolve('./lib/utils/parse-sax');
require.cache[path] = {
  id: path,
  filename: path,
  loaded: true,
  exports: parseSax,
} as unknown as NodeJS.Module;

import ExcelJS = require('exceljs');
export default ExcelJS;
