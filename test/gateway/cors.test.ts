import { gridService } from '../../services/grid/service';
import { startStack, type Stack } from '../helpers/stack';

/** Browser apps on another origin: allowed only when configured (CORS_ORIGINS), closed by default. */
let open: Stack;
let closed: Stack;
beforeAll(async () => {
  open = await startStack(undefined, {
    modules: [gridService],
    gateway: { corsOrigins: ['https://worker-app.example'] },
  });
  closed = await startStack(undefined, { modules: [gridService] });
});
afterAll(async () => {
  await open.close();
  await closed.close();
});

const preflight = (url: string, origin: string) =>
  fetch(url, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type,authorization',
    },
  });

describe('CORS from configuration', () => {
  test('a configured origin passes the preflight and may read x-request-id; another origin gets no CORS header', async () => {
    const ok = await preflight(open.gatewayUrl, 'https://worker-app.example');
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://worker-app.example');
    const res = await fetch(open.gatewayUrl, {
      method: 'POST',
      headers: { origin: 'https://worker-app.example', 'content-type': 'application/json' },
      body: '{"query":"{ __typename }"}',
    });
    expect(res.headers.get('access-control-expose-headers')).toContain('x-request-id');
    expect(res.headers.get('x-request-id')).toBeTruthy();
    const other = await preflight(open.gatewayUrl, 'https://elsewhere.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  test('without configuration no origin is allowed, the Open311 facade included', async () => {
    for (const url of [
      closed.gatewayUrl,
      closed.gatewayUrl.replace(/\/graphql$/, '/open311/v2/services.json'),
    ]) {
      const res = await preflight(url, 'https://worker-app.example');
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    }
  });
});
