import type { KitNames } from './names';

/** A registration edit that did not find its anchor: the file changed shape and the kit must not guess. */
export class KitError extends Error {}

export const LIST_FILE = 'shared/subgraphs.ts';
const ENTRY = /^\s*\{ name: '([a-z][a-z0-9]*)', cn: '[^']*', port: (\d+) \},$/;

/** The names and ports already in the light list, to refuse a taken name and pick the next port. */
export function listedSubgraphs(text: string): Record<string, number> {
  const entries = text
    .split('\n')
    .map((l) => l.match(ENTRY))
    .filter((m): m is RegExpMatchArray => !!m);
  if (entries.length === 0) throw new KitError(`${LIST_FILE}: cannot find SUBGRAPH_LIST entries`);
  return Object.fromEntries(entries.map((m) => [m[1], Number(m[2])]));
}

/** The light list with the new subgraph's one line added at the end; computed before anything is written. */
export function registrationEdit(n: KitNames, list: string): string {
  const lines = list.split('\n');
  let last = -1;
  lines.forEach((l, i) => {
    if (ENTRY.test(l)) last = i;
  });
  if (last < 0 || !/^\] as const;$/.test(lines[last + 1] ?? ''))
    throw new KitError(`${LIST_FILE}: cannot find the end of SUBGRAPH_LIST`);
  lines.splice(
    last + 1,
    0,
    `  { name: '${n.name}', cn: '${n.cn.replace(/'/g, '')}', port: ${n.port} },`,
  );
  return lines.join('\n');
}
