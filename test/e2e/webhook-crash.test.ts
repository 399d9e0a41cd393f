import { startCluster, type Cluster } from '../helpers/processes';
import { generateCity } from '../../services/demo-city';
import { driveCase, eventually } from '../helpers/case-driver';
import { startReceiver } from '../helpers/webhook-receiver';

/**
 * The outbox under fire, with the product as real processes: the receiver dies, then the grid subgraph
 * is killed (SIGKILL) while a delivery is in flight. Every dispatch still arrives, and the receiver,
 * deduplicating on the event id, acts on each exactly once.
 */
const SECRET = 'crash-test-secret-of-at-least-32-characters';
const city = generateCity('demo', 20210104);
const gridCode = city.geography.grids.filter((g) => g.level === 'BASIC')[2].code;
let cluster: Cluster;
beforeAll(async () => {
  cluster = await startCluster({
    without: ['party', 'property', 'volunteer', 'urban'],
    extraEnv: {
      WEBHOOK_POLL_MS: '50',
      WEBHOOK_BASE_DELAY_MS: '100',
      WEBHOOK_MAX_DELAY_MS: '400',
      WEBHOOK_MAX_ATTEMPTS: '1000',
      WEBHOOK_TIMEOUT_MS: '5000',
    },
  });
}, 120000);
afterAll(() => cluster?.close());

async function as(token: string, query: string, variables?: Record<string, unknown>) {
  const res = await fetch(cluster.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return res.json() as Promise<any>;
}

test('every dispatch reaches the department across a receiver outage and a grid crash mid-delivery, none acted on twice', async () => {
  const admin = await cluster.token('CITY_ADMIN', '');
  const dept = await cluster.token('DEPARTMENT', gridCode.slice(0, 6), 'CG');
  const drive = (n: number) =>
    Promise.all(
      Array.from({ length: n }, () =>
        driveCase((q, v) => as(admin, q, v), gridCode, ['accept', 'escalate', 'dispatch']),
      ),
    );
  let receiver = await startReceiver(SECRET, { delayMs: 150 });
  const { port } = receiver; // the OS's choice; the receiver comes back on it, the URL the webhook names
  const reg = await as(
    dept,
    'mutation($i: RegisterWebhookInput!) { registerWebhook(input: $i) { id } }',
    { i: { url: receiver.url, secret: SECRET } },
  );
  expect(reg.errors).toBeUndefined();
  const ours = new Set<string>();
  const dispatchedToUs = () =>
    [...receiver.acted.values()]
      .map((raw) => JSON.parse(raw))
      .filter((b) => b.type === 'case.dispatched' && ours.has(b.data.caseId));

  (await drive(3)).forEach((c) => ours.add(c.id));
  await eventually(() => dispatchedToUs().length >= 1, 30000, 'a first delivery');
  const acted = new Map(receiver.acted);
  const arrivals = [...receiver.arrivals];
  await receiver.close(); // the department's system goes down
  (await drive(3)).forEach((c) => ours.add(c.id));

  receiver = await startReceiver(SECRET, { port, delayMs: 150 });
  acted.forEach((raw, id) => receiver.acted.set(id, raw)); // the receiver's dedup store survives its restart
  await eventually(
    () => receiver.arrivals.length >= 1,
    30000,
    'deliveries after the receiver is back',
  );
  await cluster.kill('grid'); // SIGKILL while that delivery is still waiting for its answer
  await cluster.start('grid');
  (await drive(2)).forEach((c) => ours.add(c.id));

  await eventually(() => dispatchedToUs().length === ours.size, 60000, 'every dispatch acted on');
  const all = [...arrivals, ...receiver.arrivals].filter(
    (a) => a.type === 'case.dispatched' && ours.has(a.body.data.caseId),
  );
  expect(all.every((a) => a.verified)).toBe(true);
  // Each event id, however often delivered, is the same event; acted on once per case.
  const byId = new Map<string, Set<string>>();
  for (const a of all) byId.set(a.id, new Set([...(byId.get(a.id) ?? []), a.raw]));
  expect([...byId.values()].every((bodies) => bodies.size === 1)).toBe(true);
  expect(
    dispatchedToUs()
      .map((b) => b.data.caseId)
      .sort(),
  ).toEqual([...ours].sort());
  expect(new Set(dispatchedToUs().map((b) => b.id)).size).toBe(ours.size);
  const log = await as(
    dept,
    'query($id: ID!) { webhookDeliveries(endpointId: $id, state: DEAD) { totalCount } }',
    { id: reg.data.registerWebhook.id },
  );
  expect(log.data.webhookDeliveries.totalCount).toBe(0);
  await receiver.close();
}, 180000);
