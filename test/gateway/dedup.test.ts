import { generateCity } from '../../services/demo-city';
import { startStackBehindProxy, postGraphQL, type TestGateway } from '../helpers/stack';
import { tokenFor } from '../helpers/auth';
import { waitUntil } from '../helpers/wait';
import { exampleGridCode } from '../../scripts/example-query';
import type { Role } from '../../shared/viewer';
import { forThisFile } from '../helpers/for-this-file';

/**
 * Identical subgraph fetches in flight at once are sent once (gateway/inflight.ts). The grid
 * subgraph sits behind a proxy that holds requests on demand and counts what reaches it, so two
 * requests are in flight together by construction, never by timing.
 */
const city = generateCity('demo', 20210104);
const code = exampleGridCode('demo', 20210104);
const Q = 'query Workers($c: String!) { grid(code: $c) { code name workers { name role } } }';

const auth = async (role: Role, region: string, sub?: string) => ({
  authorization: `Bearer ${await tokenFor(role, region, undefined, sub)}`,
});
const ask = (
  gw: TestGateway,
  headers: Record<string, string>,
  q = Q,
  v: Record<string, unknown> = { c: code },
) => postGraphQL(gw.url, q, v, headers).then((r) => r.body);

async function shared(gw: TestGateway): Promise<number> {
  const text = await (await fetch(gw.url.replace(/\/graphql$/, '/metrics'))).text();
  return [...text.matchAll(/^gateway_subgraph_fetches_shared_total\{[^}]*\} (\d+)/gm)].reduce(
    (n, m) => n + Number(m[1]),
    0,
  );
}

/** Sends `first`, waits until its grid fetch is held at the proxy, then sends `second` and waits for `ready`. */
async function together<T>(
  first: () => Promise<T>,
  second: () => Promise<T>,
  ready: () => Promise<boolean> | boolean,
): Promise<[T, T]> {
  stack.proxy.hold();
  const reached = stack.proxy.nextRequest();
  const a = first();
  await reached;
  const b = second();
  await waitUntil('the second request reached the point where it shares or fetches', ready);
  stack.proxy.release();
  return Promise.all([a, b]);
}

const stack = forThisFile(() => startStackBehindProxy('grid', city), 180_000);

describe('identical requests at the gateway', () => {
  test('two identical queries at once by the same caller make one subgraph fetch, and both get the whole answer', async () => {
    const admin = await auth('CITY_ADMIN', '220600');
    const alone = await ask(stack.gateway, admin);
    expect(alone.errors).toBeUndefined();
    expect(alone.data.grid.workers.length).toBeGreaterThan(0);
    const before = stack.proxy.received();
    const sharedBefore = await shared(stack.gateway);
    const [a, b] = await together(
      () => ask(stack.gateway, admin),
      () => ask(stack.gateway, admin),
      async () => (await shared(stack.gateway)) === sharedBefore + 1,
    );
    expect(stack.proxy.received() - before).toBe(1);
    expect(a).toEqual(alone);
    expect(b).toEqual(alone);
  });

  test('callers who differ in subject, role or jurisdiction never share a fetch', async () => {
    const callers = [
      await auth('CITY_ADMIN', '220600', 'admin-a'),
      await auth('CITY_ADMIN', '220600', 'admin-b'),
      await auth('CITY_ADMIN', ''),
      await auth('STREET_STAFF', code.slice(0, 9)),
    ];
    const reference = await Promise.all(callers.map((h) => ask(stack.gateway, h)));
    const sharedBefore = await shared(stack.gateway);
    for (let i = 1; i < callers.length; i += 1) {
      const before = stack.proxy.received();
      const [first, other] = await together(
        () => ask(stack.gateway, callers[0]),
        () => ask(stack.gateway, callers[i]),
        () => stack.proxy.held() === 2,
      );
      expect(stack.proxy.received() - before).toBe(2);
      expect(first).toEqual(reference[0]);
      expect(other).toEqual(reference[i]);
    }
    expect(await shared(stack.gateway)).toBe(sharedBefore);
    // A street's staff sees its workers' names in clear, the city admin masked: had they shared, one would see the other's.
    expect(reference[3].data.grid.workers).not.toEqual(reference[0].data.grid.workers);
  });

  test('two identical mutations at once are both sent and both written', async () => {
    const admin = await auth('CITY_ADMIN', '220600');
    const M = `mutation Report($g: GridCode!) { reportCase(input: { gridCode: $g, title: "同时上报", category: SANITATION, source: PATROL }) { id title } }`;
    const count = async () =>
      Number(
        (
          await stack.subgraphs.grid.dataSource.query(
            "SELECT COUNT(*) AS n FROM cases WHERE title = '同时上报'",
          )
        )[0].n,
      );
    const rows = await count();
    const before = stack.proxy.received();
    const [a, b] = await together(
      () => ask(stack.gateway, admin, M, { g: code }),
      () => ask(stack.gateway, admin, M, { g: code }),
      () => stack.proxy.held() === 2,
    );
    expect(a.errors).toBeUndefined();
    expect(b.errors).toBeUndefined();
    expect(a.data.reportCase.id).not.toBe(b.data.reportCase.id);
    expect(stack.proxy.received() - before).toBe(2);
    expect(await count()).toBe(rows + 2);
  });

  test('an error of a shared fetch reaches every caller as it reaches a caller alone', async () => {
    const admin = await auth('CITY_ADMIN', '220600');
    const bad = { c: '12' };
    const alone = await ask(stack.gateway, admin, Q, bad);
    expect(alone.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const before = stack.proxy.received();
    const sharedBefore = await shared(stack.gateway);
    const [a, b] = await together(
      () => ask(stack.gateway, admin, Q, bad),
      () => ask(stack.gateway, admin, Q, bad),
      async () => (await shared(stack.gateway)) === sharedBefore + 1,
    );
    expect(stack.proxy.received() - before).toBe(1);
    expect(a).toEqual(alone);
    expect(b).toEqual(alone);
  });

  test('a shared fetch that times out times out for every caller, each with its own SUBGRAPH_TIMEOUT', async () => {
    const gw = await stack.startGateway({ subgraphTimeoutMs: { grid: 3000 } });
    try {
      const admin = await auth('CITY_ADMIN', '220600');
      const before = stack.proxy.received();
      stack.proxy.hold();
      const reached = stack.proxy.nextRequest();
      const a = ask(gw, admin);
      await reached;
      const b = ask(gw, admin);
      await waitUntil(
        'the second request joined the held fetch',
        async () => (await shared(gw)) === 1,
      );
      // Nothing is released: both answers come from the gateway giving up on the one held fetch.
      const answers = await Promise.all([a, b]);
      stack.proxy.release();
      expect(stack.proxy.received() - before).toBe(1);
      for (const r of answers) {
        expect(r.data.grid).toBeNull();
        expect(r.errors).toEqual([
          expect.objectContaining({
            extensions: expect.objectContaining({ code: 'SUBGRAPH_TIMEOUT', subgraph: 'grid' }),
          }),
        ]);
      }
    } finally {
      stack.proxy.release();
      await gw.close();
    }
  });

  test('a query sent after a write through the gateway does not join a fetch that started before it', async () => {
    const admin = await auth('CITY_ADMIN', '220600');
    const before = stack.proxy.received();
    const sharedBefore = await shared(stack.gateway);
    stack.proxy.hold();
    const reached = stack.proxy.nextRequest();
    const a = ask(stack.gateway, admin);
    await reached;
    // A write to another subgraph (not held): once it is answered, later reads must see after it.
    const wish = await ask(
      stack.gateway,
      admin,
      `mutation($g: GridCode!) { postMicroWish(input: { gridCode: $g, title: "写后读", residentName: "王大妈" }) { id } }`,
      { g: code } as never,
    );
    expect(wish.errors).toBeUndefined();
    const b = ask(stack.gateway, admin);
    await waitUntil('the query after the write sent its own fetch', () => stack.proxy.held() === 2);
    stack.proxy.release();
    const [ra, rb] = await Promise.all([a, b]);
    expect(ra.errors).toBeUndefined();
    expect(rb).toEqual(ra);
    expect(stack.proxy.received() - before).toBe(2);
    expect(await shared(stack.gateway)).toBe(sharedBefore);
  });

  test('with dedup switched off (GATEWAY_DEDUP=false) identical queries each make their own fetch', async () => {
    const gw = await stack.startGateway({ dedup: false });
    try {
      const admin = await auth('CITY_ADMIN', '220600');
      const before = stack.proxy.received();
      const [a, b] = await together(
        () => ask(gw, admin),
        () => ask(gw, admin),
        () => stack.proxy.held() === 2,
      );
      expect(stack.proxy.received() - before).toBe(2);
      expect(a).toEqual(b);
      expect(await shared(gw)).toBe(0);
    } finally {
      await gw.close();
    }
  });
});
