import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { KitError, main, scaffold } from '../../scripts/new-subgraph';
import { build, copyRepo, runJest, runScript, typecheck } from './kit-copy';
import { hangUp, spawnProc, waitListening, waitUrl } from '../../scripts/processes';
import { SUBGRAPH_LIST } from '../../shared/subgraphs';

// The kit takes the port after the highest one registered (urban 4005, accountability 4006, ...).
const NEXT_PORT = Math.max(...SUBGRAPH_LIST.map((s) => s.port)) + 1;

/** Everything happens in a throwaway copy of the repository; the real tree is never touched. */
let dir: string;
beforeAll(() => {
  dir = copyRepo();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const snapshot = () =>
  ['shared/subgraphs.ts']
    .map((f) => readFileSync(join(dir, f), 'utf8'))
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
    expect(
      main(
        [],
        () => {},
        (s) => errors.push(s),
      ),
    ).toBe(2);
    expect(errors.join('\n')).toContain('usage: npm run new-subgraph -- <name>');
  });

  test('a scaffolded subgraph adds one line to the light list, builds, composes, starts, passes check-subgraph, and its generated tests pass', async () => {
    const tracked = (d: string) =>
      execFileSync('git', ['ls-files', '-z', '-o', '-m', '--exclude-standard', d], { cwd: dir })
        .toString()
        .split('\0')
        .filter(Boolean);
    execFileSync('git', ['init', '-q'], { cwd: dir });
    execFileSync('git', ['add', '-A'], { cwd: dir });
    execFileSync(
      'git',
      ['-c', 'user.email=kit@test', '-c', 'user.name=kit', 'commit', '-qm', 'before'],
      { cwd: dir },
    );
    const list = readFileSync(join(dir, 'shared/subgraphs.ts'), 'utf8');
    const { names, files } = scaffold({
      root: dir,
      name: 'kitprobe',
      entity: 'sample',
      cn: '试验',
      entityCn: '样本',
    });
    expect(names.port).toBe(NEXT_PORT);
    for (const f of files) expect(existsSync(join(dir, f))).toBe(true);
    const added = readFileSync(join(dir, 'shared/subgraphs.ts'), 'utf8')
      .split('\n')
      .filter((l) => !list.split('\n').includes(l));
    expect(added).toEqual([`  { name: 'kitprobe', cn: '试验', port: ${NEXT_PORT} },`]);

    await build(dir);
    const compose = await runScript(dir, 'scripts/compose.js', [], {
      PATH: process.env.PATH ?? '',
    });
    expect(compose.out).toContain('kitprobe');
    expect(compose.code).toBe(0);
    expect(readFileSync(join(dir, 'docker-compose.yml'), 'utf8')).toContain(
      `KITPROBE_URL: http://kitprobe:${NEXT_PORT}/graphql`,
    );
    // Nothing outside the new folders changed by hand: the kit's one line and what compose generates.
    const changed = tracked('.').filter(
      (f) =>
        !f.startsWith('services/kitprobe/') &&
        !f.startsWith('test/kitprobe/') &&
        !f.startsWith('dist/'),
    );
    // The Kubernetes manifests are compose's output too (deploy/k8s): the new subgraph's own, and
    // the shared ones that list every subgraph's URL; nothing else under deploy/.
    const k8s = changed.filter((f) => f.startsWith('deploy/k8s/'));
    expect(changed.filter((f) => !k8s.includes(f)).sort()).toEqual([
      'docker-compose.yml',
      'gateway/supergraph.graphql',
      'shared/subgraphs.ts',
    ]);
    expect(k8s).toContain('deploy/k8s/20-kitprobe.yaml');
    expect(k8s.filter((f) => /\/20-(?!kitprobe)/.test(f))).toEqual([]);

    const env = {
      PATH: process.env.PATH ?? '',
      SQLITE_DIR: join(dir, 'data'),
      GATEWAY_SECRET: randomBytes(32).toString('hex'),
      KITPROBE_PORT: '0', // it reports the port the OS gave it (scripts/processes.ts)
      LOG_LEVEL: 'warn',
    };
    expect((await runScript(dir, 'scripts/seed.js', [], env)).code).toBe(0);
    const kitprobe = spawnProc('kitprobe', [join(dir, 'dist/services/kitprobe/main.js')], env, 0);
    const child = kitprobe.child;
    try {
      const port = await waitListening(kitprobe, 30000);
      hangUp(kitprobe);
      await waitUrl(`http://127.0.0.1:${port}/health`, { timeoutMs: 30000 });
      const check = await runScript(
        dir,
        'scripts/check-subgraph.js',
        [`http://127.0.0.1:${port}/graphql`, '--name', 'kitprobe'],
        env,
      );
      expect(check.out).toContain('结论 Result: 通过 PASS');
      expect(check.code).toBe(0);
    } finally {
      child.kill('SIGTERM');
    }

    await typecheck(dir, 'kitprobe');
    const result = await runJest(dir, 'kitprobe');
    expect({ failed: result.numFailedTests, passed: result.numPassedTests }).toEqual({
      failed: 0,
      passed: 7,
    });
  }, 600000);
});
