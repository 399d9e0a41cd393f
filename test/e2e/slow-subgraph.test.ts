import { generateCity } from '../../services/demo-city';
import { startStackBehindProxy, postGraphQL } from '../helpers/stack';
import { bearer } from '../helpers/auth';
import { exampleGridCode } from '../../scripts/example-query';
import { forThisFile } from '../helpers/for-this-file';

const city = generateCity('demo', 20210104);
const code = exampleGridCode('demo', 20210104);
const Q =
  'query($c: String!) { grid(code: $c) { code workers { role } compounds { name } volunteerTeams { name } } }';
let delay = 0;
let auth: Record<string, string>;

const stack = forThisFile(
  () =>
    startStackBehindProxy('property', city, {
      // Reached through a proxy that can be made slow; its timeout is 300 ms.
      gateway: { timeoutMs: 5000, subgraphTimeoutMs: { property: 300 } },
      delayMs: () => delay,
    }),
  60000,
);
beforeAll(async () => {
  auth = await bearer('CITY_ADMIN', '220600');
});

describe('a slow subgraph', () => {
  test('is cut off at its own timeout: its fields are null with SUBGRAPH_TIMEOUT naming it, the rest comes back', async () => {
    delay = 4000;
    const r = await stack.query(Q, { c: code }, auth);
    // Answered while the proxy still holds the property request: the gateway did not wait for it.
    expect(stack.proxy.held()).toBeGreaterThanOrEqual(1);
    expect(r.data.grid.code).toBe(code);
    expect(r.data.grid.workers.length).toBeGreaterThan(0);
    expect(r.data.grid.volunteerTeams.length).toBeGreaterThan(0);
    expect(r.data.grid.compounds).toBeNull();
    expect(r.errors).toEqual([
      expect.objectContaining({
        extensions: expect.objectContaining({ code: 'SUBGRAPH_TIMEOUT', subgraph: 'property' }),
      }),
    ]);
    delay = 0;
    const fast = await stack.query(Q, { c: code }, auth);
    expect(fast.errors).toBeUndefined();
    expect(fast.data.grid.compounds.length).toBeGreaterThan(0);
  });

  test('a request in flight when the gateway stops is answered before the gateway closes', async () => {
    // A gateway of its own, so stopping it leaves the stack's gateway to the other tests.
    const gateway = await stack.startGateway({ subgraphTimeoutMs: { property: 30000 } });
    delay = 500;
    const reached = stack.proxy.nextRequest();
    const inFlight = postGraphQL(gateway.url, Q, { c: code }, auth);
    await reached;
    const closing = gateway.close();
    const r = (await inFlight).body;
    await closing;
    delay = 0;
    expect(r.errors).toBeUndefined();
    expect(r.data.grid.compounds.length).toBeGreaterThan(0);
    await expect(fetch(gateway.url.replace('/graphql', '/health'))).rejects.toThrow();
    expect((await stack.query(Q, { c: code }, auth)).errors).toBeUndefined();
  });
});
