import type { KitNames } from './names';

/** A registration edit that did not find its anchor: the file changed shape and the kit must not guess. */
export class KitError extends Error {}

function insertAfterLast(text: string, pattern: RegExp, line: string, file: string): string {
  const lines = text.split('\n');
  let at = -1;
  lines.forEach((l, i) => { if (pattern.test(l)) at = i; });
  if (at < 0) throw new KitError(`${file}: cannot find where to register (no line matching ${pattern})`);
  lines.splice(at + 1, 0, line);
  return lines.join('\n');
}

/** The ports already taken in scripts/compose-ports.ts, to pick the next one. */
export function composePorts(text: string): Record<string, number> {
  const body = text.match(/COMPOSE_PORTS[^=]*=\s*\{([^}]*)\}/)?.[1];
  if (body == null) throw new KitError('scripts/compose-ports.ts: cannot find COMPOSE_PORTS');
  return Object.fromEntries([...body.matchAll(/(\w+):\s*(\d+)/g)].map((m) => [m[1], Number(m[2])]));
}

/** The service names of shared/env.ts SERVICES. */
export function envServices(text: string): string[] {
  const list = text.match(/export const SERVICES = \[([^\]]*)\] as const;/)?.[1];
  if (list == null) throw new KitError('shared/env.ts: cannot find SERVICES');
  return [...list.matchAll(/'([^']+)'/g)].map((m) => m[1]);
}

/** New contents of the three files that list every subgraph; computed before anything is written. */
export function registrationEdits(n: KitNames, files: { registry: string; env: string; ports: string }): { registry: string; env: string; ports: string } {
  let registry = insertAfterLast(files.registry, /^import .* from '\.\/\w+\/service';$/, `import { ${n.name}Service } from './${n.name}/service';`, 'services/registry.ts');
  if (!/\n\];\s*$/.test(registry)) throw new KitError('services/registry.ts: cannot find the end of SUBGRAPHS');
  registry = registry.replace(/\n\];\s*$/, `\n  ${n.name}Service,\n];\n`);

  let env = files.env.replace(/(export const SERVICES = \[[^\]]*)\] as const;/, `$1, '${n.name}'] as const;`);
  env = insertAfterLast(env, /^\s+[A-Z]+_PORT: port\.default\(\d+\),$/, `  ${n.UPPER}_PORT: port.default(${n.port}),`, 'shared/env.ts');
  env = insertAfterLast(env, /^\s+[A-Z]+_URL: z\.url\(\)\.optional\(\),$/, `  ${n.UPPER}_URL: z.url().optional(),`, 'shared/env.ts');

  const ports = files.ports.replace(/(COMPOSE_PORTS[^=]*=\s*\{[^}]*?)\s*\}/, `$1, ${n.name}: ${n.port} }`);
  return { registry, env, ports };
}
