import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PROJECT_ROOT } from '../../shared/paths';

// No Docker engine runs here: the image's recipe is read instead of built.
const dockerfile = readFileSync(join(PROJECT_ROOT, 'Dockerfile'), 'utf8');
const build = JSON.parse(readFileSync(join(PROJECT_ROOT, 'tsconfig.build.json'), 'utf8'));
const scripts = JSON.parse(readFileSync(join(PROJECT_ROOT, 'package.json'), 'utf8')).scripts;

describe('the production image', () => {
  test('installs exactly what the lockfile pins, with npm ci', () => {
    expect(dockerfile).toMatch(/RUN npm ci\b/);
    expect(dockerfile).not.toMatch(/npm install/);
  });

  test('carries no tests: the Dockerfile copies no test folder and the build leaves tests out', () => {
    expect(dockerfile).not.toMatch(/COPY\s+test\b/);
    expect(scripts.build).toContain('tsconfig.build.json');
    expect(build.include.some((p: string) => p.startsWith('test'))).toBe(false);
    expect(build.exclude).toContain('test');
  });
});
