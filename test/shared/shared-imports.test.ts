import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

const ROOT = resolve(__dirname, '../..');
const SHARED = join(ROOT, 'shared');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('the shared floor', () => {
  test('no file in shared/ imports from services/ or gateway/', () => {
    const offenders: string[] = [];
    for (const file of files(SHARED)) {
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(/(?:from|import|require\()\s*['"]([^'"]+)['"]/g)) {
        const target = m[1].startsWith('.') ? relative(ROOT, resolve(file, '..', m[1])) : m[1];
        if (/^(services|gateway)(\/|$)/.test(target))
          offenders.push(`${relative(ROOT, file)} -> ${m[1]}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  test('the check itself sees a relative import that climbs out of shared/', () => {
    const file = join(SHARED, 'demo', 'x.ts');
    expect(relative(ROOT, resolve(file, '..', '../../services/grid/demo'))).toBe(
      'services/grid/demo',
    );
  });
});
