import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { KitError, main, scaffold } from '../../scripts/new-subgraph';
import { copyRepo, runJest, typecheck } from './kit-copy';
import { COMPOSE_PORTS } from '../../scripts/compose-ports';

// The kit takes the port after the highest one registered (urban 4005, accountability 4006, ...).
const NEXT_PORT = Math.max(...Object.values(COMPOSE_PORTS)) + 1;

/** Everything happens in a throwaway copy of the repository; the real tree is never touched. */
let dir: string;
beforeAll(() => { dir = copyRepo(); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const snapshot = () => ['services/registry.ts', 'shared/env.ts', 'scripts/compose-ports.ts'].map((f) => readFileSync(join(dir, f), 'utf8'))
  .concat(readdirSync(join(dir, 'services')).join(','));

describe('npm run new-subgraph', () => {
  test.each([
    ['grid', /already exists/],
    ['Urban-Mgmt', /invalid name "Urban-Mgmt"/],
    ['x', /invalid name "x"/],
    ['gateway', /reserved/],
  ])('refuses the name "%s" with a readable message and writes nothing', (name, message) => {
    const before = snapshot();
    expect(() => scaffold({ root: dir, name })).toThrow(KitError);
    expect(() => scaffold({ root: dir, name })).toThrow(message);
    expect(snapshot()).toEqual(before);
  });

  test('the command line prints its usage and exits 2 without a name', () => {
    const errors: string[] = [];
    expect(main([], () => {}, (s) => errors.push(s))).toBe(2);
    expect(errors.join('\n')).toContain('usage: npm run new-subgraph -- <name>');
  });

  test('a scaffolded subgraph registers itself, type-checks, and its generated tests pass', async () => {
    const { names, files } = scaffold({ root: dir, name: 'kitprobe', entity: 'sample', cn: '试验', entityCn: '样本' });
    expect(names.port).toBe(NEXT_PORT);
    for (const f of files) expect(existsSync(join(dir, f))).toBe(true);
    expect(readFileSync(join(dir, 'services/registry.ts'), 'utf8')).toContain('kitprobeService,');
    expect(readFileSync(join(dir, 'shared/env.ts'), 'utf8')).toMatch(/'kitprobe'\] as const[\s\S]*KITPROBE_PORT: port\.default\(\d+\)[\s\S]*KITPROBE_URL/);
    expect(readFileSync(join(dir, 'shared/env.ts'), 'utf8')).toContain(`KITPROBE_PORT: port.default(${NEXT_PORT})`);
    expect(readFileSync(join(dir, 'scripts/compose-ports.ts'), 'utf8')).toContain(`kitprobe: ${NEXT_PORT} }`);
    await typecheck(dir, 'kitprobe');
    const result = await runJest(dir, 'kitprobe');
    expect({ failed: result.numFailedTests, passed: result.numPassedTests }).toEqual({ failed: 0, passed: 7 });
  }, 300000);
});
