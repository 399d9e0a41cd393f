import { cpSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { PROJECT_ROOT } from '../../shared/paths';

const run = promisify(execFile);

/** A throwaway copy of the repository's sources (node_modules linked), so scaffolding never touches the real tree. */
export function copyRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'grids-kit-'));
  for (const f of [
    'shared',
    'services',
    'gateway',
    'scripts',
    'test/helpers',
    // What compose generates, as the repository holds it, so that a change to it shows as a change.
    'deploy',
    'docker-compose.yml',
    'package.json',
    'tsconfig.json',
    'tsconfig.build.json',
    'jest.config.js',
  ]) {
    cpSync(join(PROJECT_ROOT, f), join(dir, f), { recursive: true });
  }
  symlinkSync(join(PROJECT_ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  return dir;
}

/** Type-checks only the new subgraph, its tests and what they import. */
export async function typecheck(dir: string, name: string): Promise<void> {
  const config = {
    extends: './tsconfig.json',
    include: [`services/${name}/**/*.ts`, `test/${name}/**/*.ts`],
    compilerOptions: { noEmit: true },
  };
  writeFileSync(join(dir, 'tsconfig.kit.json'), JSON.stringify(config));
  await run(
    process.execPath,
    [join(PROJECT_ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.kit.json')],
    { cwd: dir },
  );
}

/** Runs the generated tests with jest in the copy; resolves with jest's JSON summary. */
export async function runJest(
  dir: string,
  name: string,
): Promise<{ numPassedTests: number; numFailedTests: number; success: boolean }> {
  const out = join(dir, 'jest-result.json');
  await run(
    process.execPath,
    [
      join(PROJECT_ROOT, 'node_modules/jest/bin/jest.js'),
      '--rootDir',
      dir,
      '--json',
      `--outputFile=${out}`,
      `test/${name}`,
    ],
    {
      cwd: dir,
      env: process.env,
      maxBuffer: 20 * 1024 * 1024,
    },
  ).catch((e) => e);
  return JSON.parse(readFileSync(out, 'utf8'));
}

/** Builds the whole copy into its dist/, as `npm run build` does (the tests are type-checked by `typecheck`). */
export async function build(dir: string): Promise<void> {
  await run(
    process.execPath,
    [join(PROJECT_ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.build.json')],
    { cwd: dir },
  );
}

/** Runs one built script of the copy (compose, seed, check-subgraph); resolves with its exit code and output. */
export async function runScript(
  dir: string,
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, [join(dir, 'dist', script), ...args], {
      cwd: dir,
      env,
      maxBuffer: 20 * 1024 * 1024,
    });
    return { code: 0, out: stdout + stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: err.code ?? 1, out: `${err.stdout ?? ''}${err.stderr ?? ''}` };
  }
}
