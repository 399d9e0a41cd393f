import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../shared/paths';
import { kitNames, NAME_RULE, RESERVED, type KitNames } from './kit/names';
import { serviceFiles } from './kit/service-templates';
import { entityFiles } from './kit/entity-templates';
import { stubFiles } from './kit/stub-templates';
import { testFiles } from './kit/test-templates';
import { KitError, LIST_FILE, listedSubgraphs, registrationEdit } from './kit/register';

export { KitError } from './kit/register';

export const USAGE = `usage: npm run new-subgraph -- <name> [--entity <entity>] [--cn <中文部门名>] [--entity-cn <中文实体名>] [--port <port>]
  name, entity: lowercase letters and digits, starting with a letter (2–20 characters), e.g. urban, component`;

export interface ScaffoldOptions {
  root?: string;
  name: string;
  entity?: string;
  cn?: string;
  entityCn?: string;
  port?: number;
  stamp?: number;
}

/** Writes a new department subgraph in the house layout and adds its one line to the light list; refuses bad or taken names before writing anything. */
export function scaffold(o: ScaffoldOptions): { names: KitNames; files: string[] } {
  const root = o.root ?? PROJECT_ROOT;
  const entity = o.entity ?? 'item';
  for (const [what, v] of [
    ['name', o.name],
    ['entity', entity],
  ] as const) {
    if (!NAME_RULE.test(v))
      throw new KitError(
        `invalid ${what} "${v}": use 2–20 lowercase letters and digits, starting with a letter (it becomes a folder, an env prefix and a GraphQL name)`,
      );
  }
  if (RESERVED.has(o.name))
    throw new KitError(`"${o.name}" is reserved in this repository; pick another name`);
  const read = (f: string) => readFileSync(join(root, f), 'utf8');
  const list = read(LIST_FILE);
  const taken = listedSubgraphs(list);
  if (
    o.name in taken ||
    existsSync(join(root, 'services', o.name)) ||
    existsSync(join(root, 'test', o.name))
  ) {
    throw new KitError(
      `a subgraph named "${o.name}" already exists (services/${o.name}, test/${o.name} or shared/subgraphs.ts); pick another name`,
    );
  }
  const port = o.port ?? Math.max(4000, ...Object.values(taken)) + 1;
  if (!Number.isInteger(port) || port < 1024 || port > 65535 || Object.values(taken).includes(port))
    throw new KitError(`port ${port} is not free: taken ${JSON.stringify(taken)}`);
  const names = kitNames({
    name: o.name,
    entity,
    cn: o.cn ?? '部门',
    entityCn: o.entityCn ?? '记录',
    port,
    stamp: o.stamp ?? Date.now(),
  });
  const edited = registrationEdit(names, list);
  const files = {
    ...serviceFiles(names),
    ...entityFiles(names),
    ...stubFiles(names),
    ...testFiles(names),
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text, { flag: 'wx' });
  }
  writeFileSync(join(root, LIST_FILE), edited);
  return { names, files: [...Object.keys(files), LIST_FILE] };
}

export function main(
  argv: string[],
  out: (s: string) => void = console.log,
  err: (s: string) => void = console.error,
): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        entity: { type: 'string' },
        cn: { type: 'string' },
        'entity-cn': { type: 'string' },
        port: { type: 'string' },
      },
    });
  } catch (e) {
    err(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    err(USAGE);
    return 2;
  }
  try {
    const { names, files } = scaffold({
      name: positionals[0],
      entity: values.entity,
      cn: values.cn,
      entityCn: values['entity-cn'],
      port: values.port ? Number(values.port) : undefined,
    });
    out(
      `新建子图 created subgraph "${names.name}" (port ${names.port}):\n${files.map((f) => `  ${f}`).join('\n')}`,
    );
    out(
      `next 下一步: npx jest test/${names.name}; npm run compose (supergraph and docker-compose.yml); start it and run npm run check-subgraph -- http://127.0.0.1:${names.port}/graphql --name ${names.name}`,
    );
    return 0;
  } catch (e) {
    if (!(e instanceof KitError)) throw e;
    err(`new-subgraph: ${e.message}`);
    return 1;
  }
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
