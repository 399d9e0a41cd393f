import { createHash } from 'node:crypto';
import { createConnection, type Connection } from 'mysql2/promise';
import { SignJWT } from 'jose';
import { generateCity } from '../../services/demo-city';
import { SERVICES, type ServiceName } from '../../shared/subgraphs';
import { databaseName } from '../../shared/data-source';
import { signProof } from '../../shared/auth/gateway-proof';
import { EXAMPLE_QUERY, exampleGridOf } from '../../scripts/example-query';
import { DASHBOARD_QUERY } from '../../scripts/dashboard-query';
import { startReplicas, type ReplicaCluster } from '../../scripts/replicas/cluster';
import { FAIL_TIMEOUT_S } from '../../scripts/replicas/nginx';
import { driveCase } from '../helpers/case-driver';
import { waitUntil } from '../helpers/wait';
import { startReceiver } from '../helpers/webhook-receiver';
import { fixtures, volunteerWithPoints } from '../volunteer/volunteer-harness';

/**
 * Past one machine, on one: two gateways and two replicas of every subgraph, behind nginx for both
 * tiers, on one MariaDB. Replicas share a database server, so this runs on the MySQL leg only; on
 * the SQLite leg it is skipped and says so in its name (an SQLite file belongs to one process).
 */
const { MYSQL_URL } = process.env;
const leg = MYSQL_URL ? describe : describe.skip;
const title = `replicas: two gateways and two of every subgraph behind nginx on one MySQL (MySQL leg${MYSQL_URL ? '' : ': skipped, MYSQL_URL is not set'})`;

// The places of the city the replicas seed (the default demo seed), computed here the same way (in
// beforeAll: the SQLite leg, which skips this file, need not generate a city).
let cityCode: string;
let gridCode: string;
let streetCode: string;
let community: string;
/** Units with a standing dual report to the example grid's community: the claimants it accepts. */
let claimUnits: { id: number; name: string }[];

let cluster: ReplicaCluster;
let admin: Record<string, string>;

interface Answer {
  status: number;
  body: any;
}

async function post(url: string, body: object, headers: Record<string, string>): Promise<Answer> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text) };
  } catch {
    return { status: res.status, body: { errors: [{ message: text.slice(0, 200) }] } };
  }
}

/** Through nginx, as any client would: the balancer picks the gateway, the gateway's nginx the replica. */
const gql = async (query: string, variables?: Record<string, unknown>, headers = admin) =>
  (await post(cluster.url, { query, variables }, headers)).body;
/** The fixtures' client: fails loudly on any error. */
const client = {
  ok: async (query: string, variables?: Record<string, unknown>) => {
    const body = await gql(query, variables);
    if (body.errors) throw new Error(`unexpected GraphQL errors: ${JSON.stringify(body.errors)}`);
    return body.data;
  },
};
const gatewayUrl = (name: string) => `http://127.0.0.1:${cluster.procs[name].port}/graphql`;
const replicaUrl = (name: string) => `http://127.0.0.1:${cluster.procs[name].port}/graphql`;

async function database(service: ServiceName): Promise<Connection> {
  const url = new URL(MYSQL_URL!);
  url.pathname = `/${databaseName({ kind: 'mysql', url: MYSQL_URL!, prefix: cluster.env.DB_PREFIX }, service)}`;
  return createConnection(url.toString());
}

async function sqlOne<T = any>(service: ServiceName, sql: string, params: unknown[] = []) {
  const conn = await database(service);
  try {
    const [rows] = await conn.query(sql, params);
    return (rows as T[])[0];
  } finally {
    await conn.end();
  }
}

/** Requests each named replica has answered since it started. */
async function served(names: string[]): Promise<Record<string, number>> {
  return Object.fromEntries(
    await Promise.all(names.map(async (n) => [n, await cluster.served(n)])),
  );
}

/** What each replica answered between two snapshots. */
const delta = (before: Record<string, number>, after: Record<string, number>) =>
  Object.fromEntries(Object.keys(before).map((n) => [n, after[n] - before[n]]));

/** The replicas a race goes through: both gateways and both replicas of its subgraph. */
const tierOf = (s: ServiceName) => [...cluster.gateways, ...cluster.replicasOf[s]];

/** The fixed query mix of the load: one grid's picture (four subgraphs) and a street's dashboard (all six). */
let MIX: { query: string; variables: Record<string, unknown>; right: (d: any) => boolean }[];

/** Why an answer is not right, or null: a non-200, any GraphQL error (a partial answer too), or wrong data. */
function wrong(a: Answer, right: (d: any) => boolean): string | null {
  if (a.status !== 200) return `HTTP ${a.status} ${JSON.stringify(a.body).slice(0, 160)}`;
  if (a.body.errors)
    return `errors ${JSON.stringify(a.body.errors.map((e: any) => e.extensions?.code ?? e.message))}`;
  return right(a.body.data) ? null : 'wrong data';
}

/**
 * Every replica running, and nginx sending it requests again: a replica restarted after a kill is
 * out of rotation until its fail_timeout has passed, so this waits on the replicas' own counters.
 */
async function ensureAllUp(): Promise<void> {
  const down = Object.keys(cluster.procs).filter((n) => !cluster.running(n));
  if (!down.length) return;
  await Promise.all(down.map((n) => cluster.start(n)));
  const before = await served(down);
  await waitUntil(
    `nginx sends requests to ${down.join(', ')} again`,
    async () => {
      await Promise.all(MIX.map((m) => gql(m.query, m.variables)));
      const now = await served(down);
      return down.every((n) => now[n] > before[n]);
    },
    60000,
  );
}

leg(title, () => {
  beforeAll(async () => {
    const city = generateCity('demo', 20210104);
    cityCode = city.geography.regions[0].code;
    gridCode = exampleGridOf(city);
    streetCode = city.geography.regions.find(
      (r) => r.level === 'STREET' && gridCode.startsWith(r.code),
    )!.code;
    community = gridCode.slice(0, 12);
    const reporting = new Set(
      city.party.dualReports
        .filter((r) => r.unitId != null && r.endedOn == null && r.regionCode === community)
        .map((r) => r.unitId!),
    );
    claimUnits = city.party.units.filter((u) => reporting.has(u.id));
    MIX = [
      {
        query: EXAMPLE_QUERY,
        variables: { code: gridCode },
        right: (d: any) => d?.grid?.code === gridCode && Array.isArray(d.grid.workers),
      },
      {
        query: DASHBOARD_QUERY,
        variables: { code: streetCode },
        right: (d: any) =>
          d?.region?.code === streetCode &&
          typeof d.region.urbanIndicators?.components === 'number' &&
          typeof d.region.accountabilityIndicators?.secretaryProjects === 'number',
      },
    ];
    cluster = await startReplicas({
      mysqlUrl: MYSQL_URL!,
      // Both grid replicas run the webhook sender; they poll often so that they meet on the same rows.
      // A dozen processes on a loaded machine answer their first requests slowly: the tests are not about timeouts.
      env: {
        WEBHOOK_POLL_MS: '100',
        WEBHOOK_BASE_DELAY_MS: '50',
        WEBHOOK_MAX_DELAY_MS: '200',
        SUBGRAPH_TIMEOUT_MS: '30000',
        // The gateways' region indicator cache would answer the dashboard's urban figures from memory
        // for 5 s, so one urban replica could go unasked however nginx balances: this file is about
        // the replicas, the cache has its own tests (test/gateway/indicator-cache.test.ts).
        INDICATOR_CACHE_TTL_MS: '0',
      },
    });
    admin = { authorization: `Bearer ${await cluster.token('CITY_ADMIN', cityCode)}` };
    // Warm-up, checked: every query of the mix through every gateway (plans built, code paths compiled).
    for (const g of cluster.gateways)
      for (const m of MIX) expect(wrong(await post(gatewayUrl(g), m, admin), m.right)).toBeNull();
  }, 600000);
  afterAll(() => cluster?.close(), 120000);
  beforeEach(() => ensureAllUp(), 120000);

  test('nginx spreads requests over both gateways and both replicas of every subgraph, and every answer is right', async () => {
    const everyone = Object.keys(cluster.procs);
    const before = await served(everyone);
    const answers: Answer[] = [];
    for (let round = 0; round < 8; round += 1)
      answers.push(...(await Promise.all(MIX.map((m) => post(cluster.url, m, admin)))));
    answers.forEach((a, i) => expect(wrong(a, MIX[i % MIX.length].right)).toBeNull());
    const d = delta(before, await served(everyone));
    for (const name of everyone)
      expect({ name, served: d[name] > 0 }).toEqual({ name, served: true });
  });

  test('50 concurrent transitions on one case, spread over the replicas, leave exactly one winner', async () => {
    const c = await driveCase(gql, gridCode, ['accept', 'start']);
    const before = await served(tierOf('grid'));
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        gql('mutation($i: CaseTransitionInput!) { resolveCase(input: $i) { id version state } }', {
          i: { id: c.id, version: c.version },
        }),
      ),
    );
    const spread = delta(before, await served(tierOf('grid')));
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    for (const l of results.filter((r) => r.errors))
      expect(['CONFLICT', 'BAD_USER_INPUT']).toContain(l.errors[0].extensions.code);
    const final = (
      await gql('query($id: ID!) { case(id: $id) { state version events { toState } } }', {
        id: c.id,
      })
    ).data.case;
    expect(final).toMatchObject({ state: 'RESOLVED', version: c.version + 1 });
    expect(final.events.map((e: { toState: string }) => e.toState)).toEqual([
      'REPORTED',
      'ACCEPTED',
      'IN_PROGRESS',
      'RESOLVED',
    ]);
    const rows = await sqlOne('grid', 'SELECT COUNT(*) AS n FROM case_events WHERE case_id = ?', [
      Number(c.id),
    ]);
    expect(Number(rows.n)).toBe(final.version);
    // Both gateways and both grid replicas took part in the race.
    for (const [name, n] of Object.entries(spread))
      expect({ name, took: n > 0 }).toEqual({ name, took: true });
  });

  test('50 redemptions against a balance that covers 10, spread over the replicas: exactly 10 succeed and the ledger sum equals the balance', async () => {
    const { volunteerId } = await volunteerWithPoints(client, gridCode, 100);
    const before = await served(tierOf('volunteer'));
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        gql(
          'mutation($v: ID!, $p: Int!) { redeemPoints(volunteerId: $v, points: $p, item: "大米5kg") { id kind points } }',
          { v: volunteerId, p: 10 },
        ),
      ),
    );
    const spread = delta(before, await served(tierOf('volunteer')));
    expect(results.filter((r) => r.data?.redeemPoints)).toHaveLength(10);
    const refused = results.filter((r) => r.errors);
    expect(refused).toHaveLength(40);
    for (const r of refused)
      expect(r.errors[0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'INSUFFICIENT_POINTS',
      });
    const ledger = await sqlOne(
      'volunteer',
      'SELECT COALESCE(SUM(points), 0) AS s, COUNT(*) AS n FROM points_entries WHERE volunteer_id = ?',
      [Number(volunteerId)],
    );
    const balance = await sqlOne(
      'volunteer',
      'SELECT balance FROM points_balances WHERE volunteer_id = ?',
      [Number(volunteerId)],
    );
    expect({
      sum: Number(ledger.s),
      entries: Number(ledger.n),
      balance: Number(balance.balance),
    }).toEqual({
      sum: 0,
      entries: 11,
      balance: 0,
    });
    for (const [name, n] of Object.entries(spread))
      expect({ name, took: n > 0 }).toEqual({ name, took: true });
  });

  test('50 claims of one wish spread over the replicas: one winner, and the stored claimant is the winner', async () => {
    expect(claimUnits.length).toBeGreaterThan(0);
    const id = await fixtures(client).wish(gridCode);
    const before = await served(tierOf('volunteer'));
    const CLAIM = `mutation($i: ClaimMicroWishInput!) { claimMicroWish(input: $i) { state claimantKind claimantUnitId claimantUnitName } }`;
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        gql(CLAIM, { i: { wishId: id, unitId: String(claimUnits[i % claimUnits.length].id) } }),
      ),
    );
    const spread = delta(before, await served(tierOf('volunteer')));
    const winners = results.filter((r) => r.data?.claimMicroWish);
    expect(winners).toHaveLength(1);
    for (const r of results.filter((x) => x.errors))
      expect(r.errors[0].extensions).toMatchObject({ code: 'CONFLICT', currentState: 'CLAIMED' });
    const stored = (
      await gql(
        'query($id: ID!) { microWish(id: $id) { state claimantKind claimantUnitId claimantUnitName } }',
        { id },
      )
    ).data.microWish;
    expect(stored).toEqual(winners[0].data.claimMicroWish);
    for (const [name, n] of Object.entries(spread))
      expect({ name, took: n > 0 }).toEqual({ name, took: true });
  });

  test('a token is judged alike by every gateway (its verified-token cache is a memo, not a source of truth), and a proof signed by either gateway is accepted by every subgraph replica', async () => {
    const q = { query: '{ rootRegions { code } }' };
    const expired = await new SignJWT({ role: 'CITY_ADMIN', region: cityCode })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject('replicas-expired')
      .setIssuer('grids')
      .setAudience('grids-graph')
      .setIssuedAt(Math.floor(Date.now() / 1000) - 120)
      .setExpirationTime(Math.floor(Date.now() / 1000) - 60)
      .sign(new TextEncoder().encode(cluster.env.JWT_SECRET));
    for (const g of cluster.gateways) {
      // Twice each: the second answer comes from that gateway's cache, and must be the same.
      for (let i = 0; i < 2; i += 1) {
        expect((await post(gatewayUrl(g), q, admin)).body.data.rootRegions).toEqual([
          { code: cityCode },
        ]);
        const refused = await post(gatewayUrl(g), q, { authorization: `Bearer ${expired}` });
        expect(refused.status).toBe(401);
        expect(refused.body.errors[0].extensions.code).toBe('UNAUTHENTICATED');
      }
    }
    const viewer = { sub: 'replicas-check', role: 'CITY_ADMIN' as const, regionPrefix: cityCode };
    const good = await cluster.proofHeaders(viewer);
    const forged = { 'x-gateway-proof': await signProof('f'.repeat(64), viewer) };
    for (const r of cluster.replicasOf.grid) {
      expect((await post(replicaUrl(r), q, good)).body.data.rootRegions).toEqual([
        { code: cityCode },
      ]);
      expect((await post(replicaUrl(r), q, forged)).body.errors[0].extensions.code).toBe(
        'UNAUTHENTICATED',
      );
    }
  });

  test('persisted queries: a hash registered on one gateway is unknown to the other, which asks for the query; a client that retries with it always gets its answer, and a mutation sent by hash alone writes nothing', async () => {
    const [g1, g2] = cluster.gateways;
    const query = `query ReplicaApq($c: String!) { grid(code: $c) { code name } }`;
    const hash = (q: string) => createHash('sha256').update(q).digest('hex');
    const ext = (q: string) => ({ persistedQuery: { version: 1, sha256Hash: hash(q) } });
    const variables = { c: gridCode };
    expect(
      (await post(gatewayUrl(g1), { query, variables, extensions: ext(query) }, admin)).body.data
        .grid.code,
    ).toBe(gridCode);
    expect(
      (await post(gatewayUrl(g1), { variables, extensions: ext(query) }, admin)).body.data.grid
        .code,
    ).toBe(gridCode);
    const miss = await post(gatewayUrl(g2), { variables, extensions: ext(query) }, admin);
    expect(miss.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');

    // The client's side of the protocol (as Apollo Client's persisted-queries link does it): hash first, the query on a miss.
    let misses = 0;
    const apq = async (q: string, v: Record<string, unknown>) => {
      const first = await post(cluster.url, { variables: v, extensions: ext(q) }, admin);
      if (first.body.errors?.[0]?.extensions?.code !== 'PERSISTED_QUERY_NOT_FOUND') return first;
      misses += 1;
      return post(cluster.url, { query: q, variables: v, extensions: ext(q) }, admin);
    };
    const fresh = `query ReplicaApqFresh($c: String!) { grid(code: $c) { code level } }`;
    for (let i = 0; i < 12; i += 1)
      expect((await apq(fresh, variables)).body.data.grid.code).toBe(gridCode);
    // Never more than one extra round trip per request. With one client and strict round robin the
    // hash can land on the same gateway every time while the retry teaches the other: all 12 may miss.
    console.log(
      `[replicas] APQ through nginx: ${misses} of 12 requests needed the retry with the query`,
    );
    expect(misses).toBeGreaterThanOrEqual(1);
    // Once every gateway has had the full query, the hash alone is enough whichever one answers.
    for (const g of cluster.gateways)
      await post(gatewayUrl(g), { query: fresh, variables, extensions: ext(fresh) }, admin);
    misses = 0;
    for (let i = 0; i < 12; i += 1)
      expect((await apq(fresh, variables)).body.data.grid.code).toBe(gridCode);
    expect(misses).toBe(0);

    // A mutation by hash on a gateway that has not seen it is refused before it runs: nothing is stored.
    const post_ = `mutation ReplicaApqWish($i: PostMicroWishInput!) { postMicroWish(input: $i) { id } }`;
    const wish = { i: { gridCode, title: '一台收音机', residentName: '刘淑珍' } };
    const count = async () =>
      Number((await sqlOne('volunteer', 'SELECT COUNT(*) AS n FROM micro_wishes')).n);
    const rows = await count();
    for (const g of cluster.gateways) {
      const refused = await post(gatewayUrl(g), { variables: wish, extensions: ext(post_) }, admin);
      expect(refused.body.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    }
    expect(await count()).toBe(rows);
    const stored = await post(
      gatewayUrl(g2),
      { query: post_, variables: wish, extensions: ext(post_) },
      admin,
    );
    expect(stored.body.data.postMicroWish.id).toBeTruthy();
    expect(await count()).toBe(rows + 1);
  });

  test('the points rate lives in the database, not in a replica: a rate set through one volunteer replica applies at once on the other', async () => {
    const [v1, v2] = cluster.replicasOf.volunteer;
    const proof = await cluster.proofHeaders({
      sub: 'replicas-service',
      role: 'SERVICE',
      regionPrefix: '',
    });
    const on = (name: string) => ({
      ok: async (query: string, variables?: Record<string, unknown>) => {
        const r = await post(replicaUrl(name), { query, variables }, proof);
        if (r.body.errors) throw new Error(`${name}: ${JSON.stringify(r.body.errors)}`);
        return r.body.data;
      },
    });
    const rate = (name: string, pointsPerHour: number) =>
      on(name).ok(
        `mutation($r: RegionCode!, $p: Int!) { setPointsRate(regionCode: $r, pointsPerHour: $p) { pointsPerHour } }`,
        { r: community, p: pointsPerHour },
      );
    const perHour = async (name: string) =>
      (await on(name).ok(`query($r: String!) { pointsPerHour(regionCode: $r) }`, { r: community }))
        .pointsPerHour;
    const f = fixtures(on(v1));
    const teamId = await f.team(gridCode);
    const volunteerId = await f.volunteer(community, [teamId]);
    const participationId = await f.signUp(await f.activity(teamId, 5, 4), volunteerId);
    await rate(v2, 10);
    expect(await perHour(v2)).toBe(10);
    await rate(v1, 25);
    expect(await perHour(v2)).toBe(25);
    await on(v2).ok(`mutation($i: RecordHoursInput!) { recordServiceHours(input: $i) { state } }`, {
      i: { participationId, hours: 2 },
    });
    await on(v2).ok(`mutation($i: VerifyHoursInput!) { verifyServiceHours(input: $i) { state } }`, {
      i: { participationId, role: 'COMMUNITY', verifierName: '王社工' },
    });
    const balance = await sqlOne(
      'volunteer',
      'SELECT balance FROM points_balances WHERE volunteer_id = ?',
      [Number(volunteerId)],
    );
    expect(Number(balance.balance)).toBe(50);
  });

  test('webhooks: both grid replicas run the sender, and each event reaches the department once', async () => {
    const secret = 'a-department-secret-of-at-least-32-chars';
    const receiver = await startReceiver(secret);
    try {
      const cg = {
        authorization: `Bearer ${await cluster.token('DEPARTMENT', gridCode.slice(0, 6), 'CG')}`,
      };
      const endpoint = await gql(
        'mutation($i: RegisterWebhookInput!) { registerWebhook(input: $i) { id } }',
        { i: { url: receiver.url, secret } },
        cg,
      );
      expect(endpoint.errors).toBeUndefined();
      const cases = await Promise.all(
        Array.from({ length: 10 }, () =>
          driveCase(gql, gridCode, ['accept', 'escalate', 'dispatch']),
        ),
      );
      const ids = new Set(cases.map((c) => c.id));
      const dispatched = () =>
        receiver.arrivals.filter(
          (a) => a.type === 'case.dispatched' && ids.has(a.body.data.caseId),
        );
      await waitUntil('every dispatch is delivered', () => dispatched().length >= 10, 60000);
      // Delivered rows are final: once every one is DELIVERED no sender can claim it again.
      await waitUntil('every delivery is recorded as delivered', async () => {
        const r = await sqlOne(
          'grid',
          "SELECT COUNT(*) AS n FROM webhook_deliveries WHERE endpoint_id = ? AND state <> 'DELIVERED'",
          [Number(endpoint.data.registerWebhook.id)],
        );
        return Number(r.n) === 0;
      });
      const events = dispatched().map((a) => a.id);
      expect(events.length).toBe(10);
      expect(new Set(events).size).toBe(10);
    } finally {
      await receiver.close();
    }
  });

  test('killing one gateway and one replica of every subgraph under load: once nginx has marked them down no request fails; the in-flight ones that fail are counted', async () => {
    const victims = [cluster.gateways[1], ...SERVICES.map((s) => cluster.replicasOf[s][1])];
    const ports = Object.fromEntries(victims.map((v) => [v, cluster.procs[v].port]));
    const results: { start: number; end: number; why: string | null }[] = [];
    let stop = false;
    let next = 0;
    const worker = async () => {
      while (!stop) {
        const m = MIX[next++ % MIX.length];
        const start = Date.now();
        let why: string | null;
        try {
          why = wrong(await post(cluster.url, m, admin), m.right);
        } catch (err) {
          why = `fetch failed: ${(err as Error).message}`;
        }
        results.push({ start, end: Date.now(), why });
      }
    };
    const workers = Array.from({ length: 6 }, () => worker());
    try {
      await waitUntil('the load is running', () => results.length >= 30, 60000);
      const logMark = cluster.nginx.errorLog().length;
      const killedAt = Date.now();
      await Promise.all(victims.map((v) => cluster.kill(v, 'SIGKILL')));
      await waitUntil(
        'nginx has marked every killed replica down',
        () => victims.every((v) => cluster.nginx.markedDown(ports[v], logMark)),
        60000,
      );
      const downAt = Date.now();
      // Bounded: 60 requests that start once every killed replica is out of rotation, spanning at least one
      // fail_timeout, after which nginx tries each dead replica again (and moves the request on).
      await waitUntil(
        'the load has run on after the mark-down',
        () =>
          results.filter((r) => r.start >= downAt).length >= 60 &&
          Date.now() - downAt > (FAIL_TIMEOUT_S + 1) * 1000,
        180000,
      );
      stop = true;
      await Promise.all(workers);
      const before = results.filter((r) => r.end < killedAt);
      const inFlight = results.filter((r) => r.end >= killedAt && r.start < downAt);
      const after = results.filter((r) => r.start >= downAt);
      const failedInFlight = inFlight.filter((r) => r.why);
      console.log(
        `[replicas] load over the kill of ${victims.join(', ')}: ${before.length} requests before (${before.filter((r) => r.why).length} failed), ` +
          `${inFlight.length} in flight or sent before nginx marked them down (${failedInFlight.length} failed: ${[...new Set(failedInFlight.map((r) => r.why))].join('; ') || 'none'}), ` +
          `${after.length} after (${after.filter((r) => r.why).length} failed); marked down ${downAt - killedAt} ms after the kill`,
      );
      expect(before.filter((r) => r.why)).toEqual([]);
      expect(after.filter((r) => r.why)).toEqual([]);
      // What did fail was cut off with the replica it was on, and says so with a code: nginx's 502 for a
      // gateway, the gateway's SUBGRAPH_UNAVAILABLE for a subgraph; never a wrong answer or a stack trace.
      for (const r of failedInFlight)
        expect(r.why).toMatch(
          /GATEWAY_UNAVAILABLE|^errors \["SUBGRAPH_UNAVAILABLE"(,"SUBGRAPH_UNAVAILABLE")*\]$/,
        );
    } finally {
      stop = true;
      await Promise.all(workers);
    }
  }, 400000);
});
