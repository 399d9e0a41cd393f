import { generateCity } from '../../services/demo-city';
import { SERVICES } from '../../shared/env';
import { signProof } from '../../shared/auth/gateway-proof';
import { startStack, postGraphQL } from '../helpers/stack';
import { bearer, tokenFor, TEST_JWT } from '../helpers/auth';
import { mintToken } from '../../shared/auth/tokens';
import { forThisFile } from '../helpers/for-this-file';

const city = generateCity('demo', 20210104);
const stack = forThisFile(() => startStack(city));

const requests = () =>
  Object.fromEntries(SERVICES.map((s) => [s, stack.subgraphs[s].stats.requests]));

describe('authentication at the gateway', () => {
  test('a request without a token is UNAUTHENTICATED with status 401', async () => {
    const r = await postGraphQL(stack.gatewayUrl, '{ rootRegions { code } }', {}, {});
    expect(r.status).toBe(401);
    expect(r.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });

  test.each([
    [
      'signed with another secret',
      () =>
        mintToken(
          { sub: 'x', role: 'CITY_ADMIN', regionPrefix: '' },
          { ...TEST_JWT, secret: 'y'.repeat(40) },
        ),
    ],
    [
      'for another audience',
      () =>
        mintToken(
          { sub: 'x', role: 'CITY_ADMIN', regionPrefix: '' },
          { ...TEST_JWT, audience: 'elsewhere' },
        ),
    ],
    [
      'already expired',
      () =>
        mintToken({ sub: 'x', role: 'CITY_ADMIN', regionPrefix: '' }, { ...TEST_JWT, ttl: '-1m' }),
    ],
    [
      'with an unknown role',
      () => mintToken({ sub: 'x', role: 'ROOT' as never, regionPrefix: '' }, TEST_JWT),
    ],
    ['not a JWT at all', async () => 'not-a-token'],
  ])(
    'a token %s is refused with UNAUTHENTICATED before any subgraph is called',
    async (_name, make) => {
      const before = requests();
      const r = await postGraphQL(
        stack.gatewayUrl,
        '{ rootRegions { code } }',
        {},
        { authorization: `Bearer ${await make()}` },
      );
      expect(r.status).toBe(401);
      expect(r.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(requests()).toEqual(before);
    },
  );

  test('a valid token is accepted and the caller reaches the subgraphs', async () => {
    const r = await postGraphQL(
      stack.gatewayUrl,
      '{ rootRegions { code } }',
      {},
      await bearer('CITY_ADMIN', '220600'),
    );
    expect(r.body.data.rootRegions).toEqual([{ code: '220600' }]);
  });
});

describe('subgraphs answer only the gateway', () => {
  test.each(SERVICES)(
    'the %s subgraph refuses a request without the gateway proof',
    async (name) => {
      const r = await postGraphQL(
        stack.subgraphs[name].url,
        '{ _service { sdl } }',
        {},
        {},
        { proof: false },
      );
      expect(r.status).toBe(401);
      expect(r.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      expect(r.body.data).toBeUndefined();
    },
  );

  test.each(SERVICES)(
    'the %s subgraph refuses a user token sent to it directly, and a proof signed with another secret',
    async (name) => {
      const user = await postGraphQL(
        stack.subgraphs[name].url,
        '{ _service { sdl } }',
        {},
        { authorization: `Bearer ${await tokenFor('CITY_ADMIN', '')}` },
        { proof: false },
      );
      expect(user.status).toBe(401);
      const forged = await signProof('z'.repeat(64), {
        sub: 'mallory',
        role: 'SERVICE',
        regionPrefix: '',
      });
      const f = await postGraphQL(
        stack.subgraphs[name].url,
        '{ _service { sdl } }',
        {},
        { 'x-gateway-proof': forged },
        { proof: false },
      );
      expect(f.status).toBe(401);
    },
  );
});

describe('abusive queries are rejected at the gateway before any subgraph is called', () => {
  const cases: [string, () => { query: string; variables?: Record<string, unknown> }][] = [
    [
      '50 levels deep',
      () => ({
        query: `{ grid(code: "220602001001002") { ${'parent { '.repeat(49)}code${' }'.repeat(49)} } }`,
      }),
    ],
    [
      '100 aliases (within the token limit, over the alias limit)',
      () => ({
        query: `{ ${Array.from({ length: 100 }, (_, i) => `a${i}: rootRegions { code }`).join(' ')} }`,
      }),
    ],
    [
      '1,000 aliases',
      () => ({
        query: `{ ${Array.from({ length: 1000 }, (_, i) => `a${i}: rootRegions { code }`).join(' ')} }`,
      }),
    ],
    ['a 1 MB document', () => ({ query: `{ rootRegions { code } } # ${'x'.repeat(1024 * 1024)}` })],
    [
      'a page size of 1,000,000',
      () => ({ query: '{ grids(under: "220600", limit: 1000000) { totalCount } }' }),
    ],
    [
      'a page size of 1,000,000 in a variable',
      () => ({
        query: 'query($n: Int!) { cases(under: "220600", limit: $n) { totalCount } }',
        variables: { n: 1000000 },
      }),
    ],
  ];
  test.each(cases)(
    '%s gets a coded error within milliseconds and no subgraph call',
    async (_name, make) => {
      const { query, variables } = make();
      const before = requests();
      const started = Date.now();
      const r = await postGraphQL(
        stack.gatewayUrl,
        query,
        variables,
        await bearer('CITY_ADMIN', ''),
      );
      const took = Date.now() - started;
      console.log(`${_name}: ${r.status} ${r.body.errors[0].extensions.code} in ${took} ms`);
      expect(r.status).toBeGreaterThanOrEqual(400);
      expect(r.status).toBeLessThan(500);
      expect(typeof r.body.errors[0].extensions.code).toBe('string');
      expect(r.body.data ?? null).toBeNull();
      expect(requests()).toEqual(before);
    },
  );
});
