import { Field, ObjectType, Query, Resolver } from 'type-graphql';
import { execute, isObjectType, parse } from 'graphql';
import { buildFederatedSchema } from '../../shared/federation';
import { Place, isGuarded } from '../../shared/auth/policy';
import { PersonalData } from '../../shared/personal-data';
import { runInRequestScope } from '../../shared/auth/request-scope';
import type { Viewer } from '../../shared/viewer';
import { SUBGRAPHS } from '../../services/registry';

/**
 * The read guard and the masking are put around every field's resolver when a subgraph's schema is
 * built (shared/auth/policy guardSchema, shared/personal-data maskPersonalFields): no field is left
 * out, and a field of an object already checked answers without a promise.
 */
@ObjectType({ description: 'a fixture row with a place' })
@Place('code')
class GuardProbe {
  @Field({ description: 'its grid code' })
  code!: string;

  @PersonalData('phone')
  @Field({ description: 'a phone number' })
  phone!: string;
}

const inside = Object.assign(new GuardProbe(), { code: '220602001001', phone: '13912345678' });
const outside = Object.assign(new GuardProbe(), { code: '220699001001', phone: '13912345678' });

@Resolver()
class GuardProbeResolver {
  @Query(() => GuardProbe, { nullable: true, description: 'one row inside the caller’s street' })
  probeInside(): GuardProbe {
    return inside;
  }

  @Query(() => GuardProbe, { nullable: true, description: 'one row outside it' })
  probeOutside(): GuardProbe {
    return outside;
  }

  @Query(() => [GuardProbe], { description: 'both rows: the list keeps the visible one' })
  probes(): GuardProbe[] {
    return [inside, outside];
  }
}

const viewer = (role: Viewer['role']): Viewer => ({ sub: 't', role, regionPrefix: '220602' });
const run = async (query: string, v: Viewer) => {
  const schema = await buildFederatedSchema({ resolvers: [GuardProbeResolver] });
  return runInRequestScope(() =>
    execute({ schema, document: parse(query), contextValue: { viewer: v } }),
  );
};

test('every field of every subgraph carries the guard, the federation fields aside', async () => {
  for (const mod of SUBGRAPHS) {
    const schema = await mod.createSchema();
    const bare: string[] = [];
    let fields = 0;
    for (const type of Object.values(schema.getTypeMap())) {
      if (!isObjectType(type) || type.name.startsWith('_')) continue;
      for (const field of Object.values(type.getFields())) {
        if (field.name === '_entities' || field.name === '_service') continue;
        fields += 1;
        if (!isGuarded(field)) bare.push(`${type.name}.${field.name}`);
      }
    }
    expect({ subgraph: mod.name, bare }).toEqual({ subgraph: mod.name, bare: [] });
    expect(fields).toBeGreaterThan(20);
  }
});

test('a query whose resolvers answer at once is answered at once, the guard and the mask included', async () => {
  const result = run('{ probeInside { code phone } probes { code } }', viewer('GRID_WORKER'));
  // execute() gives a plain object, not a promise, when no field on the way returned one.
  const answer = await result;
  expect(answer.errors).toBeUndefined();
  expect(answer.data).toEqual({
    probeInside: { code: '220602001001', phone: '13912345678' },
    probes: [{ code: '220602001001' }],
  });
  const schema = await buildFederatedSchema({ resolvers: [GuardProbeResolver] });
  const sync = runInRequestScope(() =>
    execute({
      schema,
      document: parse('{ probeInside { code phone } }'),
      contextValue: { viewer: viewer('GRID_WORKER') },
    }),
  );
  expect(typeof (sync as { then?: unknown }).then).toBe('undefined');
});

test('the guard still refuses an object outside the jurisdiction, and the mask still masks', async () => {
  const refused = await run('{ probeOutside { code } }', viewer('GRID_WORKER'));
  expect(refused.data).toEqual({ probeOutside: null });
  expect(refused.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
  // CITY_ADMIN sees no personal data in clear (shared/auth/policy CLEAR).
  const masked = await run('{ probeInside { phone } }', viewer('CITY_ADMIN'));
  expect(masked.errors).toBeUndefined();
  expect(masked.data).toEqual({ probeInside: { phone: '139****5678' } });
});
