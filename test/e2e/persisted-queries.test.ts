import { createHash } from 'node:crypto';
import { generateCity } from '../../services/demo-city';
import { startStack, postGraphQL } from '../helpers/stack';
import { bearer } from '../helpers/auth';
import { forThisFile } from '../helpers/for-this-file';

const stack = forThisFile(() => startStack(generateCity('demo', 20210104)), 60000);

describe('automatic persisted queries at the gateway', () => {
  test('a hash the gateway has not seen asks for the query; after one full request the hash alone is enough', async () => {
    const query = '{ rootRegions { code name } }';
    const sha256Hash = createHash('sha256').update(query).digest('hex');
    const extensions = { persistedQuery: { version: 1, sha256Hash } };
    const auth = { ...(await bearer('CITY_ADMIN', '220600')), 'content-type': 'application/json' };
    const send = async (body: object) =>
      (
        await fetch(stack.gatewayUrl, { method: 'POST', headers: auth, body: JSON.stringify(body) })
      ).json() as Promise<any>;
    const miss = await send({ extensions });
    expect(miss.errors[0].extensions.code).toBe('PERSISTED_QUERY_NOT_FOUND');
    const full = await send({ query, extensions });
    expect(full.data.rootRegions).toEqual([{ code: '220600', name: '白山市' }]);
    const hit = await send({ extensions });
    expect(hit).toEqual(full);
    const wrong = await send({ query: '{ rootRegions { code } }', extensions });
    expect(wrong.errors[0].extensions.code).toBe('BAD_REQUEST');
    void postGraphQL;
  });
});

describe('the gateway serves the Open311 facade beside /graphql', () => {
  test('services.json lists the case categories, straight from the gateway', async () => {
    const origin = new URL(stack.gatewayUrl).origin;
    const res = await fetch(`${origin}/open311/v2/services.json`, {
      headers: await bearer('CITY_ADMIN', '220600'),
    });
    expect(res.status).toBe(200);
    const services = (await res.json()) as { service_code: string }[];
    expect(services.map((s) => s.service_code)).toEqual(
      expect.arrayContaining(['DISPUTE', 'SAFETY_HAZARD', 'SANITATION', 'PROPERTY']),
    );
  });
});
