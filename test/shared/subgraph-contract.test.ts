import { readFileSync } from 'node:fs';
import { buildSchema, isEnumType, isInputObjectType, isInterfaceType, isObjectType } from 'graphql';
import { SUBGRAPHS } from '../../services/registry';
import { SUPERGRAPH_FILE } from '../../gateway/supergraph-file';
import { createDataSource } from '../../shared/data-source';
import { createTestDb } from '../helpers/db';

/**
 * What every subgraph owes the house, generated over the registry: a new subgraph is checked by
 * construction, with no test file of its own to remember.
 */
describe.each(SUBGRAPHS.map((s) => [s.name, s] as const))('the %s subgraph', (name, service) => {
  test('its migrations, run on a fresh database, leave no difference from its entities', async () => {
    const db = createTestDb();
    const { dataSource } = await createDataSource({
      service: name,
      db: db.config,
      entities: service.entities,
      migrations: service.migrations,
    });
    try {
      expect(await dataSource.showMigrations()).toBe(false); // none left pending
      const sql = await dataSource.driver.createSchemaBuilder().log();
      expect(sql.upQueries.map((q) => q.query)).toEqual([]);
    } finally {
      await dataSource.destroy();
      await db.drop([name]);
    }
  });
});

const CJK = /[\u3400-\u9fff]/;
const BUILT_IN = new Set(['String', 'Int', 'Float', 'Boolean', 'ID']);
const FEDERATION = /^(join__|link__|_)/;

describe('the supergraph', () => {
  test('describes every type, field, argument and enum value with its Chinese term, ids and page fields included', () => {
    const schema = buildSchema(readFileSync(SUPERGRAPH_FILE, 'utf8'), { assumeValidSDL: true });
    const missing: string[] = [];
    let checked = 0;
    const check = (where: string, description: string | null | undefined) => {
      checked++;
      if (!description || !CJK.test(description)) missing.push(where);
    };
    const roots = new Set(['Query', 'Mutation', 'Subscription']);
    for (const [name, type] of Object.entries(schema.getTypeMap())) {
      if (name.startsWith('__') || BUILT_IN.has(name) || FEDERATION.test(name)) continue;
      if (!roots.has(name)) check(name, type.description);
      if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type))
        for (const field of Object.values(type.getFields())) {
          if (FEDERATION.test(field.name)) continue;
          check(`${name}.${field.name}`, field.description);
          for (const arg of 'args' in field ? field.args : [])
            check(`${name}.${field.name}(${arg.name})`, arg.description);
        }
      if (isEnumType(type))
        for (const value of type.getValues()) check(`${name}.${value.name}`, value.description);
    }
    expect(missing).toEqual([]);
    expect(checked).toBeGreaterThan(1000);
  });
});
