import { generateCity } from '../../services/demo-city';
import { createDataSource } from '../../shared/data-source';
import { gridService } from '../../services/grid/service';
import { createTestDb, type TestDb } from '../helpers/db';
import { postGraphQL } from '../helpers/subgraph';
import { proofHeader } from '../helpers/auth';
import { driveCase, eventually } from '../helpers/case-driver';
import { startReceiver } from '../helpers/webhook-receiver';
import type { Listening } from '../../shared/http';
import type { DataSource } from 'typeorm';
import type { Viewer } from '../../shared/viewer';

let db: TestDb;
let ds: DataSource;
let listening: Listening;
let gridCode: string;
let otherDistrict: string;
const SECRET = 'a-department-secret-of-at-least-32-chars';
const CG: Viewer = { sub: 'cg-system', role: 'DEPARTMENT', regionPrefix: '', departmentCode: 'CG' };
const WJ: Viewer = { sub: 'wj-system', role: 'DEPARTMENT', regionPrefix: '', departmentCode: 'WJ' };

async function gql(query: string, variables?: Record<string, unknown>, viewer?: Viewer) {
  return (await postGraphQL(listening.url, query, variables, await proofHeader(viewer))).body;
}
const register = (url: string, viewer: Viewer, secret = SECRET) =>
  gql(
    'mutation($i: RegisterWebhookInput!) { registerWebhook(input: $i) { id url active } }',
    { i: { url, secret } },
    viewer,
  );
const log = (id: string, viewer: Viewer) =>
  gql(
    'query($id: ID!) { webhookDeliveries(endpointId: $id, limit: 100) { totalCount items { eventId eventType state attempts lastStatus lastError } } }',
    { id },
    viewer,
  );

beforeAll(async () => {
  db = createTestDb();
  const city = generateCity('demo', 20210104);
  ({ dataSource: ds } = await createDataSource({
    service: 'grid',
    db: db.config,
    entities: gridService.entities,
    migrations: gridService.migrations,
  }));
  await gridService.seed(ds, city, () => {});
  const server = await gridService.createServer(ds, undefined, {
    WEBHOOK_POLL_MS: 30,
    WEBHOOK_BASE_DELAY_MS: 20,
    WEBHOOK_MAX_DELAY_MS: 80,
    WEBHOOK_MAX_ATTEMPTS: 3,
    WEBHOOK_TIMEOUT_MS: 2000,
  });
  listening = await server.listen(0);
  gridCode = city.geography.grids.find((g) => g.level === 'BASIC')!.code;
  otherDistrict = city.geography.regions.find(
    (r) => r.code.length === 6 && !r.code.endsWith('00') && !gridCode.startsWith(r.code),
  )!.code;
});
afterAll(async () => {
  await listening.close();
  await ds.destroy();
  await db.drop(['grid']);
});

describe('webhooks for department systems (吹哨 pushed, not polled)', () => {
  test('a department registers an endpoint and receives signed deliveries of the events that concern it, each with its event id', async () => {
    const receiver = await startReceiver(SECRET);
    const r = await register(receiver.url, CG);
    expect(r.errors).toBeUndefined();
    const c = await driveCase((q, v) => gql(q, v), gridCode, [
      'accept',
      'escalate',
      'dispatch',
      'returnToCentre',
    ]);
    const mine = () => receiver.arrivals.filter((a) => a.body.data.caseId === c.id);
    const got = await eventually(() => mine().length >= 2 && mine(), 20000, 'two deliveries');
    expect(got.map((a) => a.type)).toEqual(['case.dispatched', 'case.returned']);
    expect(got.every((a) => a.verified)).toBe(true);
    expect(got.map((a) => a.body.data.caseId)).toEqual([c.id, c.id]);
    expect(got.map((a) => a.body.id)).toEqual(got.map((a) => a.id));
    expect(JSON.stringify(got)).not.toMatch(/reporter/);
    const entries = await eventually(async () => {
      const l = await log(r.data.registerWebhook.id, CG);
      return (
        l.data.webhookDeliveries.items.every((d: { state: string }) => d.state === 'DELIVERED') &&
        l.data.webhookDeliveries
      );
    });
    expect(entries.totalCount).toBeGreaterThanOrEqual(2);
    await receiver.close();
  });

  test('the deadline passing is pushed once as case.overdue', async () => {
    const receiver = await startReceiver(SECRET);
    await register(receiver.url, CG);
    const c = await driveCase((q, v) => gql(q, v), gridCode, ['accept', 'escalate', 'dispatch']);
    await ds.query('UPDATE cases SET due_at = ? WHERE id = ?', [
      ds.options.type === 'mysql'
        ? new Date(Date.now() - 60_000)
        : new Date(Date.now() - 60_000).toISOString().replace('T', ' ').replace('Z', ''),
      Number(c.id),
    ]);
    const overdue = await eventually(
      () => receiver.arrivals.find((a) => a.type === 'case.overdue' && a.body.data.caseId === c.id),
      20000,
      'overdue delivery',
    );
    expect(overdue.verified).toBe(true);
    const events = await gql('query($id: ID!) { case(id: $id) { events { action } } }', {
      id: c.id,
    });
    expect(
      events.data.case.events.filter((e: { action: string }) => e.action === 'overdue'),
    ).toHaveLength(1);
    await receiver.close();
  });

  test('an endpoint that keeps failing is retried and then dead-lettered, and its log says why', async () => {
    const receiver = await startReceiver(SECRET, { status: () => 503 });
    const r = await register(receiver.url, WJ);
    await driveCase((q, v) => gql(q, v), gridCode, ['accept', 'escalate', 'dispatch'], 'WJ');
    const dead = await eventually(
      async () => {
        const l = await log(r.data.registerWebhook.id, WJ);
        return l.data.webhookDeliveries.items.find((d: { state: string }) => d.state === 'DEAD');
      },
      20000,
      'a dead letter',
    );
    expect(dead).toMatchObject({
      eventType: 'case.dispatched',
      attempts: 3,
      lastStatus: 503,
      lastError: 'HTTP 503',
    });
    expect(receiver.arrivals.filter((a) => a.id === dead.eventId)).toHaveLength(3);
    await receiver.close();
  });

  test("a grid worker cannot register a webhook and nothing is stored; one department cannot read another's log", async () => {
    const before = await ds.query('SELECT COUNT(*) AS n FROM webhook_endpoints');
    const worker: Viewer = { sub: 'w', role: 'GRID_WORKER', regionPrefix: gridCode };
    const refused = await register('http://127.0.0.1:9/x', worker);
    expect(refused.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(await ds.query('SELECT COUNT(*) AS n FROM webhook_endpoints')).toEqual(before);
    const mine = await register('http://127.0.0.1:9/x', CG);
    const other = await log(mine.data.registerWebhook.id, WJ);
    expect(other.errors[0].extensions.code).toBe('NOT_FOUND');
    const short = await register('http://127.0.0.1:9/x', CG, 'short');
    expect(short.errors[0].extensions.code).toBe('BAD_USER_INPUT');
  });

  test("a city admin of another district neither lists an endpoint nor reads its log (the cases' titles and grids are in it)", async () => {
    const district = gridCode.slice(0, 6);
    const admin = (region: string): Viewer => ({
      sub: 'a',
      role: 'CITY_ADMIN',
      regionPrefix: region,
    });
    const r = await gql(
      'mutation($i: RegisterWebhookInput!) { registerWebhook(input: $i) { id } }',
      { i: { url: 'http://127.0.0.1:9/x', secret: SECRET, departmentCode: 'CG', under: district } },
      admin(district),
    );
    expect(r.errors).toBeUndefined();
    const id = r.data.registerWebhook.id as string;
    await driveCase((q, v) => gql(q, v), gridCode, ['accept', 'escalate', 'dispatch']);
    const own = await log(id, admin(district));
    expect(own.data.webhookDeliveries.totalCount).toBeGreaterThan(0);
    const far = await log(id, admin(otherDistrict));
    expect(far.data).toBeNull();
    expect(far.errors.map((e: any) => e.extensions.code)).toEqual(['NOT_FOUND']);
    const listed = await gql(
      '{ webhooks(departmentCode: "CG") { id } }',
      undefined,
      admin(otherDistrict),
    );
    expect(listed.errors).toBeUndefined();
    expect(listed.data.webhooks.map((w: { id: string }) => w.id)).not.toContain(id);
  });
});
