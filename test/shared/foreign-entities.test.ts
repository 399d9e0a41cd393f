import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { isObjectType } from 'graphql';
import { SUBGRAPHS } from '../../services/registry';
import { ENTITY, type ForeignEntityName } from '../../shared/foreign-entities';
import { SUPERGRAPH_FILE } from '../../gateway/supergraph-file';
import { buildSchema } from 'graphql';

const ROOT = resolve(__dirname, '../..');
const NAMES = Object.keys(ENTITY) as ForeignEntityName[];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

describe('one stub per foreign entity, described once', () => {
  test('every subgraph that has one of the shared entities describes it and its key as shared/foreign-entities.ts does', async () => {
    const drift: string[] = [];
    let seen = 0;
    for (const s of SUBGRAPHS) {
      const schema = await s.createSchema();
      for (const name of NAMES) {
        const type = schema.getType(name);
        if (!type || !isObjectType(type)) continue;
        seen++;
        if (type.description !== ENTITY[name].description)
          drift.push(`${s.name}: ${name} "${type.description}"`);
        const key = type.getFields()[ENTITY[name].key];
        if (key?.description !== ENTITY[name].keyDescription)
          drift.push(`${s.name}: ${name}.${ENTITY[name].key} "${key?.description}"`);
      }
    }
    expect(drift).toEqual([]);
    // The shared entities appear in more subgraphs than their owners: the check is not vacuous.
    expect(seen).toBeGreaterThan(NAMES.length);
  });

  test('the supergraph carries the owner’s description for each shared entity', () => {
    const schema = buildSchema(readFileSync(SUPERGRAPH_FILE, 'utf8'), { assumeValidSDL: true });
    for (const name of NAMES)
      expect(schema.getType(name)?.description).toBe(ENTITY[name].description);
  });

  test('no subgraph declares its own class for another subgraph’s entity', () => {
    const offenders: string[] = [];
    for (const file of files(join(ROOT, 'services'))) {
      const rel = relative(ROOT, file);
      const text = readFileSync(file, 'utf8');
      for (const m of text.matchAll(
        /@ObjectType\([\s\S]*?\)\s*(?:@[^\n]*\n\s*)*export class (\w+)/g,
      )) {
        const name = m[1] as ForeignEntityName;
        if (!(name in ENTITY)) continue;
        if (rel.startsWith(`services/${ENTITY[name].owner}/`)) continue;
        // party's Region carries an @external field for @requires, so it keeps its own class,
        // but with the shared descriptions (checked above).
        if (rel === 'services/party/region/region.stub.ts' && name === 'Region') continue;
        offenders.push(`${rel}: ${name}`);
      }
    }
    expect(offenders).toEqual([]);
  });
});
