import { generateCity } from '../../services/demo-city';
import { startStackBehindProxy, postGraphQL, type TestGateway } from '../helpers/stack';
import { tokenFor } from '../helpers/auth';
import { waitUntil } from '../helpers/wait';
import { DASHBOARD_QUERY } from '../../scripts/dashboard-query';
import { regionPrefix } from '../../shared/codes';
import type { Role } from '../../shared/viewer';
import { forThisFile } from '../helpers/for-this-file';

/**
 * The gateway's region indicator cache (gateway/indicator-cache.ts): served answers are the
 * uncached ones, writes through the gateway drop the regions they touch and only those, and no
 * caller is ever served another caller's answer. Subgraph requests are counted where they arrive.
 */
const city = generateCity('demo', 20210104);
const districts = city.geography.regions.filter((r) => r.parentCode === '220600');
const [D, E] = districts.map((d) => d.code);
const gridIn = (region: string) =>
  city.geography.grids.find((g) => g.code.startsWith(regionPrefix(region)) && g.level === 'BASIC')!
    .code;

const auth = async (role: Role, region: string, sub?: string) => ({
  authorization: `Bearer ${await tokenFor(role, region, undefined, sub)}`,
});
const fetches = () => Object.values(stack.subgraphs).reduce((n, s) => n + s.stats.requests, 0);

/** The answer, and how many subgraph requests it took. */
async function dashboard(gw: TestGateway, headers: Record<string, string>, code: string) {
  const before = fetches();
  const { body } = await postGraphQL(gw.url, DASHBOARD_QUERY, { code }, headers);
  expect(body.errors).toBeUndefined();
  return { body, fetched: fetches() - before };
}

async function report(headers: Record<string, string>, gridCode: string) {
  const { body } = await postGraphQL(
    stack.gatewayUrl,
    `mutation($g: GridCode!) { reportCase(input: { gridCode: $g, title: "缓存测试", category: SANITATION, source: PATROL }) { id } }`,
    { g: gridCode },
    headers,
  );
  expect(body.errors).toBeUndefined();
}

const stack = forThisFile(
  () =>
    startStackBehindProxy('volunteer', city, {
      gateway: { indicatorCache: { ttlMs: 600_000, maxEntries: 100 } },
    }),
  180_000,
);

describe('the region indicator cache', () => {
  test('a second identical dashboard is served without any subgraph request, and equals the uncached answer', async () => {
    const analyst = await auth('ANALYST', '', 'analyst-1');
    const first = await dashboard(stack.gateway, analyst, D);
    expect(first.fetched).toBeGreaterThan(0);
    const second = await dashboard(stack.gateway, analyst, D);
    expect(second.fetched).toBe(0);
    expect(second.body).toEqual(first.body);
    const uncached = await stack.startGateway({ indicatorCache: { ttlMs: 0, maxEntries: 1 } });
    try {
      const fresh = await dashboard(uncached, analyst, D);
      expect(fresh.fetched).toBeGreaterThan(0);
      expect(fresh.body).toEqual(first.body);
    } finally {
      await uncached.close();
    }
  });

  test('a write in the region drops its cached answer; the next answer counts the write', async () => {
    const analyst = await auth('ANALYST', '', 'analyst-2');
    const cached = await dashboard(stack.gateway, analyst, D);
    expect((await dashboard(stack.gateway, analyst, D)).fetched).toBe(0);
    await report(await auth('CITY_ADMIN', '220600'), gridIn(D));
    const after = await dashboard(stack.gateway, analyst, D);
    expect(after.fetched).toBeGreaterThan(0);
    const cases = (b: any) => b.data.region.gridIndicators.cases;
    expect(cases(after.body)).toBe(cases(cached.body) + 1);
  });

  test('a write elsewhere keeps it, and drops the regions above the write', async () => {
    const analyst = await auth('ANALYST', '', 'analyst-3');
    await dashboard(stack.gateway, analyst, D);
    const cityBefore = await dashboard(stack.gateway, analyst, '220600');
    await report(await auth('CITY_ADMIN', '220600'), gridIn(E));
    // D and E are sibling districts: D's answer stays, the city's (over E) is asked again.
    expect((await dashboard(stack.gateway, analyst, D)).fetched).toBe(0);
    const cityAfter = await dashboard(stack.gateway, analyst, '220600');
    expect(cityAfter.fetched).toBeGreaterThan(0);
    expect(cityAfter.body.data.region.gridIndicators.cases).toBe(
      cityBefore.body.data.region.gridIndicators.cases + 1,
    );
  });

  test("a caller who differs in subject, role or jurisdiction is never served another caller's answer", async () => {
    const first = await auth('ANALYST', '', 'analyst-4');
    await dashboard(stack.gateway, first, D);
    expect((await dashboard(stack.gateway, first, D)).fetched).toBe(0);
    const others = [
      await auth('ANALYST', '', 'analyst-5'),
      await auth('CITY_ADMIN', ''),
      await auth('CITY_ADMIN', D),
    ];
    const uncached = await stack.startGateway({ indicatorCache: { ttlMs: 0, maxEntries: 1 } });
    try {
      for (const h of others) {
        const served = await dashboard(stack.gateway, h, D);
        expect(served.fetched).toBeGreaterThan(0);
        expect(served.body).toEqual((await dashboard(uncached, h, D)).body);
      }
    } finally {
      await uncached.close();
    }
  });

  test('an answer whose fetches started before a write is not stored', async () => {
    const analyst = await auth('ANALYST', '', 'analyst-6');
    stack.proxy.hold();
    const reached = stack.proxy.nextRequest();
    const pending = dashboard(stack.gateway, analyst, D);
    await reached;
    // The volunteer fetch of the dashboard is held; meanwhile a case is reported in D (grid, not held).
    await report(await auth('CITY_ADMIN', '220600'), gridIn(D));
    stack.proxy.release();
    expect((await pending).fetched).toBeGreaterThan(0);
    const next = await dashboard(stack.gateway, analyst, D);
    expect(next.fetched).toBeGreaterThan(0);
    expect((await dashboard(stack.gateway, analyst, D)).fetched).toBe(0);
  });

  test('a refused write drops nothing', async () => {
    const analyst = await auth('ANALYST', '', 'analyst-7');
    await dashboard(stack.gateway, analyst, D);
    // A street's staff may not report in another district's grid: FORBIDDEN, nothing written.
    const street = city.geography.regions.find(
      (r) => r.level === 'STREET' && r.code.startsWith(regionPrefix(E)),
    )!.code;
    const { body } = await postGraphQL(
      stack.gatewayUrl,
      `mutation($g: GridCode!) { reportCase(input: { gridCode: $g, title: "越权", category: SANITATION, source: PATROL }) { id } }`,
      { g: gridIn(D) },
      await auth('STREET_STAFF', street),
    );
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await dashboard(stack.gateway, analyst, D)).fetched).toBe(0);
  });

  test('an entry lives its TTL: after it, the region is asked again', async () => {
    const gw = await stack.startGateway({ indicatorCache: { ttlMs: 300, maxEntries: 10 } });
    try {
      const analyst = await auth('ANALYST', '', 'analyst-8');
      await dashboard(gw, analyst, D);
      await waitUntil(
        'the cached answer expired',
        async () => (await dashboard(gw, analyst, D)).fetched > 0,
      );
    } finally {
      await gw.close();
    }
  });

  test('a query that asks more than indicators (a region with its grids) is never cached', async () => {
    const admin = await auth('CITY_ADMIN', '');
    const Q = `query($c: String!) { region(code: $c) { code gridIndicators { grids } grids(limit: 2) { items { code } } } }`;
    for (let i = 0; i < 2; i += 1) {
      const before = fetches();
      const { body } = await postGraphQL(stack.gatewayUrl, Q, { c: D }, admin);
      expect(body.errors).toBeUndefined();
      expect(fetches() - before).toBeGreaterThan(0);
    }
  });
});
