import { startCluster, type Cluster } from '../helpers/processes';
import { postGraphQL } from '../helpers/subgraph';
import { exampleGridCode } from '../../scripts/example-query';
import { waitUntil } from '../helpers/wait';

// Real processes: the gateway must keep serving when a subgraph dies, and use it again when it returns.
let cluster: Cluster;
let auth: Record<string, string>;
const code = exampleGridCode('demo', 20210104);
const Q = `query($c: String!) { grid(code: $c) { code name workers { role } partyBranch { name } compounds { name } volunteerTeams { name } } }`;
const ask = () => postGraphQL(cluster.gatewayUrl, Q, { c: code }, auth);
const base = () => cluster.gatewayUrl.replace(/\/graphql$/, '');
const running = (name: string) => {
  const p = cluster.procs[name];
  return Boolean(p) && p.child.exitCode === null && p.child.signalCode === null;
};
// Each test brings up what it needs, so the tests pass in any order.
const ensureUp = async (...names: string[]) => {
  for (const n of names) if (!running(n)) await cluster.start(n);
};
const logsOf = (name: string) => cluster.procs[name].output.join('\n');
let boot: { answer: Awaited<ReturnType<typeof ask>>; ready: any; health: number };

beforeAll(async () => {
  // What the gateway answers while the party subgraph is down at boot, observed once, before any test starts it.
  cluster = await startCluster({ without: ['party'] });
  auth = { authorization: `Bearer ${await cluster.token('CITY_ADMIN', '220600')}` };
  const answer = await ask();
  boot = {
    answer,
    ready: await (await fetch(`${base()}/ready`)).json(),
    health: (await fetch(`${base()}/health`)).status,
  };
}, 120000);
afterAll(() => cluster.close(), 60000);

describe('partial answers when a subgraph is down', () => {
  test('the gateway starts and serves while the party subgraph is down at boot, and /ready says which is down', async () => {
    const r = boot.answer;
    expect(r.status).toBe(200);
    expect(r.body.data.grid).toMatchObject({ code, partyBranch: null });
    expect(r.body.data.grid.workers.length).toBeGreaterThan(0);
    expect(r.body.data.grid.compounds.length).toBeGreaterThan(0);
    expect(r.body.errors).toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'SUBGRAPH_UNAVAILABLE', subgraph: 'party' }),
      }),
    ]);
    expect(boot.ready).toMatchObject({
      ready: true,
      degraded: true,
      subgraphs: { grid: 'up', party: 'down', property: 'up', volunteer: 'up' },
    });
    expect(boot.health).toBe(200);
  });

  test('when the party subgraph comes up, the same gateway uses it without a restart', async () => {
    await ensureUp('party', 'gateway');
    const r = await ask();
    expect(r.body.errors).toBeUndefined();
    expect(r.body.data.grid.partyBranch.name).toMatch(/党支部$/);
    const ready = await (await fetch(`${base()}/ready`)).json();
    expect(ready).toMatchObject({ degraded: false });
  });

  test('killing the volunteer process mid-life leaves the other subgraphs answering, and its return restores the full answer', async () => {
    await ensureUp('party', 'volunteer', 'gateway');
    const before = (await ask()).body.data.grid;
    await cluster.kill('volunteer');
    const r = await ask();
    expect(r.body.data.grid).toMatchObject({
      code,
      volunteerTeams: null,
      partyBranch: before.partyBranch,
      compounds: before.compounds,
    });
    expect(r.body.errors.map((e: any) => [e.extensions.code, e.extensions.subgraph])).toEqual([
      ['SUBGRAPH_UNAVAILABLE', 'volunteer'],
    ]);
    await cluster.start('volunteer');
    const again = await ask();
    expect(again.body.errors).toBeUndefined();
    expect(again.body.data.grid).toEqual(before);
  });
});

describe('signals for operators', () => {
  test("the request id given to the gateway appears in every subgraph's log line for that request", async () => {
    await ensureUp('party', 'volunteer', 'gateway');
    const id = `req-${Date.now()}`;
    await postGraphQL(cluster.gatewayUrl, Q, { c: code }, { ...auth, 'x-request-id': id });
    for (const name of ['gateway', 'grid', 'party', 'property', 'volunteer']) {
      const line = await waitUntil(`${name} logs request ${id}`, () =>
        logsOf(name)
          .split('\n')
          .find((l) => l.includes(id)),
      );
      expect(JSON.parse(line)).toMatchObject({ service: name, requestId: id, msg: 'graphql' });
    }
  });

  test('the gateway and each subgraph serve Prometheus metrics: requests, errors by code, latency, subgraph fetches, SQL', async () => {
    // The metrics must count a failure this test causes itself, whatever ran before it; the cluster
    // boots without party, which is started here (if no test before did) so that only volunteer fails.
    await ensureUp('party', 'gateway', 'volunteer');
    await cluster.kill('volunteer');
    expect((await ask()).body.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ subgraph: 'volunteer' }) }),
    ]);
    await cluster.start('volunteer');
    const gw = await (await fetch(`${base()}/metrics`)).text();
    expect(gw).toMatch(/graphql_requests_total\{[^}]*operation="anonymous"[^}]*\} \d+/);
    expect(gw).toMatch(/graphql_errors_total\{[^}]*code="SUBGRAPH_UNAVAILABLE"[^}]*\} [1-9]/);
    expect(gw).toMatch(
      /gateway_subgraph_fetch_duration_seconds_count\{[^}]*subgraph="volunteer"[^}]*outcome="error"/,
    );
    expect(gw).toMatch(/gateway_query_plans_built_total\{[^}]*\} [1-9]/);
    const grid = await (await fetch(`http://127.0.0.1:${cluster.procs.grid.port}/metrics`)).text();
    expect(grid).toMatch(/sql_statements_total\{[^}]*service="grid"[^}]*\} [1-9]/);
    expect(grid).toMatch(/graphql_operation_duration_seconds_bucket/);
  });

  test('logs never carry the personal data the answers carry', async () => {
    await ensureUp('gateway');
    const gridWorker = await cluster.token('GRID_WORKER', code);
    const id = `pii-${Date.now()}`;
    const r = await postGraphQL(
      cluster.gatewayUrl,
      `query($c: String!) { grid(code: $c) { workers { name phone } } }`,
      { c: code },
      { authorization: `Bearer ${gridWorker}`, 'x-request-id': id },
    );
    const phones = r.body.data.grid.workers.map((w: { phone: string }) => w.phone);
    expect(phones[0]).toMatch(/^\d{11}$/);
    // Both processes that served it have logged the request before the logs are read.
    for (const name of ['gateway', 'grid'])
      await waitUntil(`${name} logs request ${id}`, () => logsOf(name).includes(id));
    const logs = Object.values(cluster.procs)
      .map((p) => p.output.join('\n'))
      .join('');
    for (const p of phones) expect(logs).not.toContain(p);
  });

  test('SIGTERM stops the gateway gracefully: it exits 0', async () => {
    await ensureUp('gateway');
    expect(await cluster.kill('gateway', 'SIGTERM')).toBe(0);
    await cluster.start('gateway');
  });
});
