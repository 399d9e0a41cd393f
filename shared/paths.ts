import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** The repository root, found from source (ts-jest/swc) and from dist/ alike. */
function findRoot(start: string): string {
  let dir = start;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${start}`);
    dir = up;
  }
  return dir;
}

export const PROJECT_ROOT = findRoot(__dirname);
