import { generateCity } from '../../services/demo-city';
import { startStack, postGraphQL } from '../helpers/stack';
import { forThisFile } from '../helpers/for-this-file';
import { bearer } from '../helpers/auth';

const city = generateCity('demo', 20210104);
const INTROSPECT = '{ __schema { queryType { name } } }';
const open = forThisFile(() => startStack(city), 60000);
const closed = forThisFile(() => startStack(city, { gateway: { introspection: false } }), 60000);

describe('introspection', () => {
  test('stays on for authenticated callers, so analysts can explore the schema', async () => {
    const r = await postGraphQL(open.gatewayUrl, INTROSPECT, {}, await bearer('ANALYST', ''));
    expect(r.body.data.__schema.queryType.name).toBe('Query');
  });

  test('is never open to a caller without a token', async () => {
    const r = await postGraphQL(open.gatewayUrl, INTROSPECT, {}, {});
    expect(r.status).toBe(401);
  });

  test('can be switched off by configuration, while queries keep working', async () => {
    const auth = await bearer('CITY_ADMIN', '220600');
    const r = await postGraphQL(closed.gatewayUrl, INTROSPECT, {}, auth);
    expect(r.body.errors[0].extensions.code).toBe('GRAPHQL_VALIDATION_FAILED');
    const q = await postGraphQL(closed.gatewayUrl, '{ rootRegions { code } }', {}, auth);
    expect(q.body.data.rootRegions).toEqual([{ code: '220600' }]);
  });
});
