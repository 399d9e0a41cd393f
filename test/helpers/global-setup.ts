import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { SEED_CACHE_ENV, TEMPLATE_PREFIX_ENV } from './seeded';

/** Once per jest run, before any worker starts: where this run keeps its seeded databases (test/helpers/seeded.ts). */
export default function globalSetup(): void {
  process.env[SEED_CACHE_ENV] = mkdtempSync(join(tmpdir(), 'grids-seeded-'));
  process.env[TEMPLATE_PREFIX_ENV] = `t_tpl${randomBytes(3).toString('hex')}_`;
}
