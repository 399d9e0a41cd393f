import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import express from 'express';
import { generateCity } from '../../services/demo-city';
import { mountOpen311 } from '../../gateway/open311';
import { startStack, type Stack } from '../helpers/stack';
import { bearer, tokenFor } from '../helpers/auth';

/** The GeoReport v2 facade on its own express app, in front of the test stack's real gateway. */
const city = generateCity('demo', 20210104);
let stack: Stack;
let server: Server;
let base: string;
beforeAll(async () => {
  stack = await startStack(city);
  const app = express();
  mountOpen311(app, { graphqlUrl: stack.gatewayUrl });
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/open311/v2`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await stack.close();
});

const grid = city.geography.grids.find((g) => g.level === 'BASIC')!;
const community = grid.regionCode;
const street = community.slice(0, 9);
const outside = city.geography.grids.find(
  (g) => g.level === 'BASIC' && !g.code.startsWith(street),
)!;
const staff = () => tokenFor('COMMUNITY_STAFF', community);
const caseCount = async () =>
  (await stack.query('{ cases(under: "220600", limit: 1) { totalCount } }')).data.cases.totalCount;
const get = async (path: string, headers: Record<string, string> = {}) => {
  const res = await fetch(`${base}${path}`, { headers });
  return { status: res.status, body: (await res.json()) as any };
};
const postForm = async (fields: Record<string, string>, headers: Record<string, string> = {}) => {
  const res = await fetch(`${base}/requests.json`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
    body: new URLSearchParams(fields).toString(),
  });
  return { status: res.status, body: (await res.json()) as any };
};

describe('Open311 GeoReport v2 facade', () => {
  test('services.json lists every case category with Chinese and English names, metadata true (the grid_code attribute), type realtime', async () => {
    const { status, body } = await get('/services.json');
    expect(status).toBe(200);
    expect(body.map((s: any) => s.service_code)).toEqual([
      'DISPUTE',
      'SAFETY_HAZARD',
      'SANITATION',
      'PROPERTY',
      'FACILITY',
      'LIVELIHOOD',
      'OTHER',
    ]);
    expect(body.find((s: any) => s.service_code === 'FACILITY')).toMatchObject({
      service_name: '设施 Public facility',
      metadata: true,
      type: 'realtime',
      group: '城市管理 City management',
    });
    expect(
      body.every((s: any) => /[\u4e00-\u9fff].* [A-Z]/.test(s.service_name) && s.keywords),
    ).toBe(true);
  });

  test('a form-encoded POST shaped like the spec example creates a case through the graph, and GET requests/<id>.json returns it', async () => {
    const posted = await postForm({
      api_key: await staff(),
      service_code: 'FACILITY',
      lat: '41.9427',
      long: '126.4238',
      address_string: '新建社区3号楼西侧',
      email: 'smith@example.org',
      device_id: 'tt222111',
      account_id: '123456',
      first_name: '明',
      last_name: '张',
      phone: '13812345678',
      description: '路灯不亮，晚上很黑',
      'attribute[grid_code]': grid.code,
    });
    expect(posted.status).toBe(201);
    expect(posted.body).toEqual([
      {
        service_request_id: expect.stringMatching(/^\d+$/),
        service_notice: '已收集 reported',
        account_id: null,
      },
    ]);
    const id = posted.body[0].service_request_id;
    const stored = await stack.query(
      'query($id: ID!) { case(id: $id) { category source state gridCode reporterName reporterPhone address title } }',
      { id },
      await bearer('COMMUNITY_STAFF', community),
    );
    expect(stored.data.case).toEqual({
      category: 'FACILITY',
      source: 'RESIDENT',
      state: 'REPORTED',
      gridCode: grid.code,
      reporterName: '张明',
      reporterPhone: '13812345678',
      address: '新建社区3号楼西侧',
      title: '路灯不亮，晚上很黑',
    });
    const one = await get(`/requests/${id}.json`, { authorization: `Bearer ${await staff()}` });
    expect(one.status).toBe(200);
    expect(one.body).toEqual([
      expect.objectContaining({
        service_request_id: id,
        status: 'open',
        status_notes: 'REPORTED 已收集 reported',
        service_code: 'FACILITY',
        service_name: '设施 Public facility',
        description: '路灯不亮，晚上很黑',
        address: '新建社区3号楼西侧',
        grid_code: grid.code,
        agency_responsible: `网格 grid ${grid.code}`,
      }),
    ]);
  });

  test('a JSON POST with a bearer header works the same way', async () => {
    const res = await fetch(`${base}/requests.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await staff()}` },
      body: JSON.stringify({
        service_code: 'SANITATION',
        description: '楼道堆放杂物',
        attribute: { grid_code: grid.code },
      }),
    });
    expect(res.status).toBe(201);
    expect(((await res.json()) as any)[0].service_request_id).toMatch(/^\d+$/);
  });

  test('GET requests.json lists the closed requests of a street reported between two dates, newest first', async () => {
    const [from, to] = ['2026-05-01T00:00:00Z', '2026-10-01T00:00:00Z'];
    const { status, body } = await get(
      `/requests.json?status=closed&start_date=${from}&end_date=${to}&jurisdiction_id=${street}`,
      { authorization: `Bearer ${await staff()}` },
    );
    // A community worker asking for its street gets its own community: the graph narrows to the jurisdiction.
    expect(status).toBe(200);
    const want = city.grid.cases
      .filter(
        (c) =>
          c.gridCode.startsWith(community) &&
          ['CLOSED', 'RATED'].includes(c.state) &&
          c.reportedAt >= new Date(from) &&
          c.reportedAt < new Date(to),
      )
      .sort((a, b) => b.reportedAt.getTime() - a.reportedAt.getTime());
    expect(want.length).toBeGreaterThan(0);
    expect(body.map((r: any) => r.service_request_id)).toEqual(want.map((c) => String(c.id)));
    expect(
      body.every((r: any) => r.status === 'closed' && /^(CLOSED|RATED) /.test(r.status_notes)),
    ).toBe(true);
  });

  test('GET requests.json without a jurisdiction covers what the caller can see, filtered by service_code and status', async () => {
    // Posts one of its own first, so it does not depend on what other tests posted before it.
    const posted = await postForm({
      api_key: await staff(),
      service_code: 'SANITATION',
      'attribute[grid_code]': grid.code,
      description: '楼道堆放杂物 (open311 list test)',
    });
    expect(posted.status).toBe(201);
    const { body } = await get(
      `/requests.json?status=open&service_code=SANITATION,FACILITY&api_key=${await staff()}`,
    );
    const ids = body.map((r: any) => r.service_request_id).sort();
    // What the graph holds right now: the open sanitation and facility cases under the community.
    const open = ['REPORTED', 'ACCEPTED', 'IN_PROGRESS', 'ESCALATED', 'DISPATCHED', 'RESOLVED'];
    const want: string[] = [];
    for (const category of ['SANITATION', 'FACILITY']) {
      const r = await stack.query(
        'query($u: String!, $s: [CaseState!], $c: CaseCategory) { cases(under: $u, states: $s, category: $c, limit: 100) { totalCount items { id } } }',
        { u: community, s: open, c: category },
      );
      expect(r.data.cases.totalCount).toBeLessThanOrEqual(100);
      want.push(...r.data.cases.items.map((c: any) => String(c.id)));
    }
    expect(ids).toEqual(want.sort());
    expect(ids).toContain(String(posted.body[0].service_request_id));
    const seeded = city.grid.cases
      .filter(
        (c) =>
          c.gridCode.startsWith(community) &&
          ['SANITATION', 'FACILITY'].includes(c.category) &&
          !['CLOSED', 'RATED'].includes(c.state),
      )
      .map((c) => String(c.id));
    expect(ids).toEqual(expect.arrayContaining(seeded));
    expect(
      body.every(
        (r: any) => r.status === 'open' && ['SANITATION', 'FACILITY'].includes(r.service_code),
      ),
    ).toBe(true);
  });

  test('GET requests.json?service_request_id= returns exactly those requests and ignores the other filters', async () => {
    const mine = city.grid.cases.filter((c) => c.gridCode.startsWith(community)).slice(0, 2);
    const { body } = await get(
      `/requests.json?service_request_id=${mine.map((c) => c.id).join(',')}&status=open&service_code=OTHER`,
      { authorization: `Bearer ${await staff()}` },
    );
    expect(body.map((r: any) => r.service_request_id)).toEqual(mine.map((c) => String(c.id)));
  });

  test('an unknown service_code, or neither a grid_code nor lat/long, is a GeoReport 400 and writes nothing', async () => {
    const before = await caseCount();
    const bad = await postForm({
      api_key: await staff(),
      service_code: 'POTHOLE',
      description: 'x',
      'attribute[grid_code]': grid.code,
    });
    expect(bad).toEqual({
      status: 400,
      body: [
        {
          code: 400,
          description:
            'service_code "POTHOLE" is not a service of this endpoint; GET services.json lists them',
        },
      ],
    });
    const noGrid = await postForm({
      api_key: await staff(),
      service_code: 'OTHER',
      description: '其他诉求',
    });
    expect(noGrid.status).toBe(400);
    expect(noGrid.body[0].description).toContain(
      'say where: lat and long, or attribute[grid_code]',
    );
    expect(
      (await get('/requests.json?status=sometimes', { authorization: `Bearer ${await staff()}` }))
        .status,
    ).toBe(400);
    expect(await caseCount()).toBe(before);
  });

  test('without a token, posting and reading requests is refused with 401', async () => {
    const post = await postForm({ service_code: 'OTHER', 'attribute[grid_code]': grid.code });
    const list = await get('/requests.json');
    const one = await get('/requests/1.json');
    const forged = await get('/requests/1.json', { authorization: 'Bearer not-a-token' });
    for (const r of [post, list, one, forged]) {
      expect(r.status).toBe(401);
      expect(r.body[0].code).toBe(401);
    }
  });

  test("posting to a grid outside the caller's jurisdiction, or reading a request there, is refused with 403 and writes nothing", async () => {
    const before = await caseCount();
    const post = await postForm({
      api_key: await staff(),
      service_code: 'OTHER',
      description: '越界上报',
      'attribute[grid_code]': outside.code,
    });
    expect(post.status).toBe(403);
    expect(post.body[0].code).toBe(403);
    expect(await caseCount()).toBe(before);
    const foreign = city.grid.cases.find((c) => c.gridCode === outside.code)!;
    expect(
      (await get(`/requests/${foreign.id}.json`, { authorization: `Bearer ${await staff()}` }))
        .status,
    ).toBe(403);
    expect(
      (
        await get(`/requests.json?jurisdiction_id=${outside.regionCode}`, {
          authorization: `Bearer ${await staff()}`,
        })
      ).status,
    ).toBe(403);
  });

  test('a request that does not exist is a 404', async () => {
    const r = await get('/requests/999999.json', { authorization: `Bearer ${await staff()}` });
    expect(r).toEqual({
      status: 404,
      body: [{ code: 404, description: 'service_request_id 999999 not found' }],
    });
  });

  test('without a graphqlUrl it asks the /graphql endpoint of the server it is mounted on', async () => {
    const app = express();
    // Stands in for the gateway's own /graphql: forwards to the stack's gateway.
    app.post('/graphql', express.json(), async (req, res) => {
      const r = await fetch(stack.gatewayUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: String(req.headers.authorization),
        },
        body: JSON.stringify(req.body),
      });
      res.status(r.status).json(await r.json());
    });
    mountOpen311(app);
    const own = await new Promise<Server>((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    try {
      const foreign = city.grid.cases.find((c) => c.gridCode.startsWith(community))!;
      const res = await fetch(
        `http://127.0.0.1:${(own.address() as AddressInfo).port}/open311/v2/requests/${foreign.id}.json?api_key=${await staff()}`,
      );
      expect(res.status).toBe(200);
      expect(((await res.json()) as any)[0].service_request_id).toBe(String(foreign.id));
    } finally {
      await new Promise((r) => own.close(r));
    }
  });
});
