import { readFileSync } from 'node:fs';
import { SignJWT } from 'jose';
import { generateCity } from '../../services/demo-city';
import { SUPERGRAPH_FILE } from '../../gateway/supergraph-file';
import { createGatewayServer } from '../../gateway/server';
import { createTokenVerifier } from '../../shared/auth/tokens';
import { EXAMPLE_QUERY } from '../../scripts/example-query';
import { startStack } from '../helpers/stack';
import { TEST_GATEWAY_SECRET, TEST_JWT, bearer } from '../helpers/auth';
import { forThisFile } from '../helpers/for-this-file';

/** Issue 22, findings 5–7: what one request may cost, and who may read the gateway's metrics. */
const city = generateCity('demo', 20210104);
const METRICS_TOKEN = 'metrics-token-for-this-test';
const stack = forThisFile(() => startStack(city, { gateway: { metricsToken: METRICS_TOKEN } }));

const base = () => stack.gatewayUrl.replace(/\/graphql$/, '');
const subgraphRequests = () =>
  Object.values(stack.subgraphs).reduce((n, s) => n + s.stats.requests, 0);
const post = async (body: unknown, headers: Record<string, string>) => {
  const res = await fetch(stack.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return {
    status: res.status,
    type: res.headers.get('content-type') ?? '',
    body: (await res.json()) as any,
  };
};
const sign = (claims: Record<string, unknown>, lifetime?: string) => {
  const jwt = new SignJWT(claims)
    .setProtectedHeader({ alg: 'HS256' })
    .setSubject('t')
    .setIssuer(TEST_JWT.issuer)
    .setAudience(TEST_JWT.audience)
    .setIssuedAt();
  return (lifetime ? jwt.setExpirationTime(lifetime) : jwt).sign(
    new TextEncoder().encode(TEST_JWT.secret),
  );
};

describe('finding 5: metrics', () => {
  test('two hundred invented operation names add at most the cap of series, the rest counted as `other`', async () => {
    const admin = await bearer('CITY_ADMIN', '');
    for (let i = 0; i < 200; i++) await post({ query: `query Invented${i} { __typename }` }, admin);
    const res = await fetch(`${base()}/metrics`, {
      headers: { authorization: `Bearer ${METRICS_TOKEN}` },
    });
    expect(res.status).toBe(200);
    const series = (await res.text())
      .split('\n')
      .filter((l) => l.startsWith('graphql_requests_total{'));
    expect(series.length).toBeLessThanOrEqual(102);
    expect(series.some((l) => l.includes('operation="other"'))).toBe(true);
  });

  test('/metrics without the configured token is refused with a coded error', async () => {
    const res = await fetch(`${base()}/metrics`);
    expect(res.status).toBe(401);
    expect(((await res.json()) as any).errors[0].extensions.code).toBe('UNAUTHENTICATED');
  });
});

describe('finding 6: cost', () => {
  const body =
    'children { children { children { code grids(limit: 100) { items { code openCases { id state } compounds { name company { name compounds { name } } } } } } } }';
  const ATTACK = `query Attack {\n${Array.from({ length: 30 }, (_, i) => `  a${i}: region(code: "220600") { ${body} }`).join('\n')}\n}`;

  test('the 6 KB query of nested lists is refused with a coded error before any subgraph is called', async () => {
    expect(ATTACK.length).toBeGreaterThan(5000);
    const before = subgraphRequests();
    const r = await post({ query: ATTACK }, await bearer('CITY_ADMIN', ''));
    expect(r.status).toBe(400);
    expect([r.body.errors[0].extensions.code, r.body.errors[0].message]).toEqual([
      'QUERY_REJECTED',
      expect.stringContaining('estimated cost'),
    ]);
    expect(subgraphRequests()).toBe(before);
  });

  test("the README's example query stays well under the cost limit", async () => {
    const code = city.geography.grids.find((g) => g.level === 'BASIC')!.code;
    const r = await post(
      { query: EXAMPLE_QUERY, variables: { code } },
      await bearer('CITY_ADMIN', ''),
    );
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.grid.code).toBe(code);
  });

  test('an answer over the response size cap is replaced by a coded error', async () => {
    const small = await createGatewayServer({
      supergraphSdl: readFileSync(SUPERGRAPH_FILE, 'utf8'),
      subgraphUrls: Object.fromEntries(Object.values(stack.subgraphs).map((s) => [s.name, s.url])),
      gatewaySecret: TEST_GATEWAY_SECRET,
      verifyToken: await createTokenVerifier({ ...TEST_JWT, algorithm: 'HS256' }),
      costLimits: { responseBytes: 2048 },
    });
    const gw = await small.listen(0);
    try {
      const res = await fetch(gw.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(await bearer('CITY_ADMIN', '')) },
        body: JSON.stringify({
          query: '{ grids(under: "220600", limit: 100) { items { code name regionCode } } }',
        }),
      });
      const r = (await res.json()) as any;
      expect(r.data).toBeUndefined();
      expect(r.errors[0].extensions.code).toBe('RESPONSE_TOO_LARGE');
    } finally {
      await gw.close();
    }
  });
});

describe('finding 6: pages for the lists that grow without bound', () => {
  test("a case's events, an organisation's members, a team's volunteers and a volunteer's points come in windows of at most 100", async () => {
    const kase = city.grid.cases.find(
      (c) => city.grid.caseEvents.filter((e) => e.caseId === c.id).length > 2,
    )!;
    const org = city.party.organizations.find(
      (o) => city.party.members.filter((m) => m.organizationId === o.id).length > 2,
    )!;
    const team = city.volunteer.teams.find(
      (t) => city.volunteer.memberships.filter((m) => m.teamId === t.id).length > 2,
    )!;
    const r = await stack.query(
      `query($c: ID!, $o: ID!, $t: ID!) { case(id: $c) { events(limit: 2) { toState } }
      partyOrganization(id: $o) { members(limit: 2, offset: 1) { name } } volunteerTeam(id: $t) { volunteers(limit: 2) { name pointsEntries(limit: 1) { points } } } }`,
      { c: String(kase.id), o: String(org.id), t: String(team.id) },
    );
    expect(r.errors).toBeUndefined();
    expect([
      r.data.case.events.length,
      r.data.partyOrganization.members.length,
      r.data.volunteerTeam.volunteers.length,
    ]).toEqual([2, 2, 2]);
    expect(r.data.volunteerTeam.volunteers.every((v: any) => v.pointsEntries.length <= 1)).toBe(
      true,
    );
    const tooMany = await post(
      { query: `{ case(id: "${kase.id}") { events(limit: 101) { toState } } }` },
      await bearer('CITY_ADMIN', ''),
    );
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('finding 7: tokens', () => {
  test.each([
    ['without exp', () => sign({ role: 'CITY_ADMIN', region: '' }), 'no expiry'],
    [
      'living longer than the configured maximum',
      () => sign({ role: 'CITY_ADMIN', region: '' }, '400d'),
      'lifetime',
    ],
    [
      'of a GRID_WORKER whose region is "2"',
      () => sign({ role: 'GRID_WORKER', region: '2' }, '1h'),
      'must have 15 digits',
    ],
    [
      'of a STREET_STAFF whose region is a district',
      () => sign({ role: 'STREET_STAFF', region: '220602' }, '1h'),
      'must have 9 digits',
    ],
  ])('a token %s is refused with UNAUTHENTICATED', async (_what, token, why) => {
    const r = await post({ query: '{ __typename }' }, { authorization: `Bearer ${await token()}` });
    expect(r.status).toBe(401);
    expect(r.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
    expect(r.body.errors[0].message).toContain(why);
  });

  test('a 20 KB token gets a 431 with a coded JSON error', async () => {
    const r = await post(
      { query: '{ __typename }' },
      { authorization: `Bearer ${'a'.repeat(20_000)}` },
    );
    expect(r.status).toBe(431);
    expect(r.type).toContain('application/json');
    expect(r.body.errors[0].extensions.code).toBe('QUERY_REJECTED');
  });
});
