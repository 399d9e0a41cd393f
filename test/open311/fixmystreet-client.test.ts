import { XMLParser } from 'fast-xml-parser';
import { generateCity } from '../../services/demo-city';
import { generateBoundaries } from '../../shared/demo/boundaries';
import { startStack, type Stack } from '../helpers/stack';
import { bearer, tokenFor } from '../helpers/auth';

/**
 * The request sequences of FixMyStreet's Open311 client (perllib/Open311.pm), reproduced: it reads
 * services.xml and services/<code>.xml, POSTs requests.xml as a form with jurisdiction_id and api_key
 * first, and reads back with requests.xml?service_request_id=…&jurisdiction_id=…. Its XML reader is
 * XML::Simple: a lone child is an object, repeated children an array; XMLParser below reads alike.
 * One deviation: FixMyStreet's GETs carry no key, ours need the caller's token (cases hold personal data).
 */
const city = generateCity('demo', 20210104);
let stack: Stack;
let base: string;
beforeAll(async () => {
  stack = await startStack(city);
  base = stack.gatewayUrl.replace(/\/graphql$/, '/open311/v2/');
});
afterAll(() => stack.close());

const xml = new XMLParser({ parseTagValue: false });
const boundaries = generateBoundaries(city.geography);
// The most precise grid with a boundary (a micro grid if the demo draws them): a point in it belongs to it.
const basic = ['MICRO', 'BASIC']
  .map(
    (level) => city.geography.grids.filter((g) => g.level === level && boundaries.has(g.code))[3],
  )
  .find(Boolean)!;
const community = basic.regionCode;
const ring = boundaries.get(basic.code)!.coordinates[0];
// The middle of the grid's box: inside it and in no other grid of its level (the demo tiling does not overlap).
const [long, lat] = [
  (Math.min(...ring.map((p) => p[0])) + Math.max(...ring.map((p) => p[0]))) / 2,
  (Math.min(...ring.map((p) => p[1])) + Math.max(...ring.map((p) => p[1]))) / 2,
];

async function fmsGet(
  path: string,
  params: Record<string, string>,
  headers: Record<string, string> = {},
) {
  const res = await fetch(`${base}${path}?${new URLSearchParams({ ...params })}`, { headers });
  return {
    status: res.status,
    type: res.headers.get('content-type'),
    obj: xml.parse(await res.text()),
  };
}
async function fmsPost(
  path: string,
  jurisdiction: string,
  apiKey: string,
  params: Record<string, string>,
) {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      jurisdiction_id: jurisdiction,
      api_key: apiKey,
      ...params,
    }).toString(),
  });
  return { status: res.status, obj: xml.parse(await res.text()) };
}

describe('a GeoReport v2 client as FixMyStreet drives one', () => {
  test('get_service_list and get_service_meta_info read services.xml and services/<code>.xml', async () => {
    const list = await fmsGet('services.xml', { jurisdiction_id: '220600' });
    expect(list.status).toBe(200);
    expect(list.type).toMatch(/xml/);
    expect(list.obj.services.service.map((s: any) => s.service_code)).toContain('FACILITY');
    expect(list.obj.services.service.every((s: any) => s.metadata === 'true')).toBe(true);
    const meta = await fmsGet('services/FACILITY.xml', { jurisdiction_id: '220600' });
    expect(meta.obj.service_definition.service_code).toBe('FACILITY');
    expect(meta.obj.service_definition.attributes.attribute).toMatchObject({
      code: 'grid_code',
      datatype: 'string',
      required: 'false',
    });
  });

  test('send_service_request with only the spec fields finds the grid by its boundary and keeps lat, long and media_url', async () => {
    const key = await tokenFor('COMMUNITY_STAFF', community);
    const description =
      'title:  路灯不亮\n\ndetail: 晚上很黑\n\nurl: https://fms.example/report/1\n\nSubmitted via FixMyStreet\n';
    const sent = await fmsPost('requests.xml', community.slice(0, 6), key, {
      lat: String(lat),
      long: String(long),
      email: 'resident@example.org',
      description,
      service_code: 'FACILITY',
      first_name: 'Ming',
      last_name: 'Zhang',
      phone: '13812345678',
      media_url: 'https://fms.example/photo/1.jpeg',
    });
    expect(sent.status).toBe(201);
    const id = sent.obj.service_requests.request.service_request_id;
    expect(id).toMatch(/^\d+$/);
    const back = await fmsGet(
      'requests.xml',
      { service_request_id: id, jurisdiction_id: community.slice(0, 6) },
      { authorization: `Bearer ${key}` },
    );
    expect(back.obj.service_requests.request).toMatchObject({
      service_request_id: id,
      status: 'open',
      service_code: 'FACILITY',
      grid_code: basic.code,
      media_url: 'https://fms.example/photo/1.jpeg',
      lat: String(lat),
      long: String(long),
    });
    const json = (await (
      await fetch(`${base}requests/${id}.json`, { headers: { authorization: `Bearer ${key}` } })
    ).json()) as any[];
    expect(json[0]).toMatchObject({ service_request_id: id, lat, long, grid_code: basic.code });
  });

  test('a refused POST is a GeoReport XML error that FixMyStreet can read, names no place, and stores nothing', async () => {
    const count = async () =>
      (
        await stack.query(
          '{ cases(under: "220600", limit: 1) { totalCount } }',
          undefined,
          await bearer('CITY_ADMIN', ''),
        )
      ).data.cases.totalCount;
    const before = await count();
    const elsewhere = city.geography.grids.find(
      (g) => g.level === 'BASIC' && !g.code.startsWith(community.slice(0, 9)),
    )!;
    const key = await tokenFor('COMMUNITY_STAFF', community);
    const refused = await fmsPost('requests.xml', '', key, {
      service_code: 'FACILITY',
      description: '路灯不亮 street light out',
      'attribute[grid_code]': elsewhere.code,
    });
    expect(refused.status).toBe(403);
    expect(refused.obj.errors.error.code).toBe('403');
    expect(refused.obj.errors.error.description).not.toContain(elsewhere.code);
    const badLat = await fmsPost('requests.xml', '', key, {
      service_code: 'FACILITY',
      lat: '999',
      long: '126.4',
    });
    expect(badLat.status).toBe(400);
    expect(badLat.obj.errors.error.description).toMatch(/lat/);
    expect(await count()).toBe(before);
  });

  test('get_service_requests over a window: the 90-day default, page and page_size, in XML and JSON alike', async () => {
    const auth = { authorization: `Bearer ${await tokenFor('COMMUNITY_STAFF', community)}` };
    const all = (await (
      await fetch(
        `${base}requests.json?jurisdiction_id=${community}&start_date=2000-01-01T00:00:00Z&page_size=1000`,
        { headers: auth },
      )
    ).json()) as any[];
    const recent = (await (
      await fetch(`${base}requests.json?jurisdiction_id=${community}&page_size=1000`, {
        headers: auth,
      })
    ).json()) as any[];
    const cutoff = Date.now() - 90 * 24 * 3600_000;
    expect(recent.length).toBe(
      all.filter((r) => Date.parse(r.requested_datetime) >= cutoff).length,
    );
    const p2 = (await (
      await fetch(
        `${base}requests.json?jurisdiction_id=${community}&start_date=2000-01-01T00:00:00Z&page=2&page_size=3`,
        { headers: auth },
      )
    ).json()) as any[];
    expect(p2.map((r) => r.service_request_id)).toEqual(
      all.slice(3, 6).map((r) => r.service_request_id),
    );
    const asXml = await fmsGet(
      'requests.xml',
      { jurisdiction_id: community, start_date: '2000-01-01T00:00:00Z', page: '2', page_size: '3' },
      auth,
    );
    expect(
      [asXml.obj.service_requests.request].flat().map((r: any) => r.service_request_id),
    ).toEqual(p2.map((r) => r.service_request_id));
    const tooBig = await fetch(`${base}requests.json?page_size=1001`, { headers: auth });
    expect(tooBig.status).toBe(400);
  });

  test('discovery.json and discovery.xml name this endpoint and both formats; every response carries x-request-id', async () => {
    const res = await fetch(`${base}discovery.json`);
    expect(res.headers.get('x-request-id')).toMatch(/^[\w.-]+$/);
    const d = (await res.json()) as any;
    expect(d.endpoints[0]).toMatchObject({
      specification: 'http://wiki.open311.org/GeoReport_v2',
      formats: ['text/xml', 'application/json'],
    });
    expect(d.endpoints[0].url).toBe(base.replace(/\/$/, ''));
    const x = await fmsGet('discovery.xml', {});
    expect(x.obj.discovery.endpoints.endpoint.formats.format).toEqual([
      'text/xml',
      'application/json',
    ]);
    const given = await fetch(stack.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-request-id': 'trace-42' },
      body: '{"query":"{ __typename }"}',
    });
    expect(given.headers.get('x-request-id')).toBe('trace-42');
  });
});
