import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHmac, timingSafeEqual } from 'node:crypto';

export interface Received {
  id: string;
  type: string;
  body: any;
  raw: string;
  verified: boolean;
}

/**
 * A department system's receiver, written from the README's recipe with node:crypto only (not our
 * signing code): it verifies the signature and acts on each event id once, however often it arrives.
 */
export async function startReceiver(
  secret: string,
  opts: { port?: number; status?: () => number; delayMs?: number } = {},
) {
  const arrivals: Received[] = [];
  /** Event id -> the body acted on; a repeat of an id is not acted on again. */
  const acted = new Map<string, string>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      const ts = String(req.headers['x-grids-timestamp']);
      const expected = Buffer.from(
        `sha256=${createHmac('sha256', secret).update(`${ts}.${raw}`).digest('hex')}`,
      );
      const given = Buffer.from(String(req.headers['x-grids-signature'] ?? ''));
      const verified =
        given.length === expected.length &&
        timingSafeEqual(given, expected) &&
        Math.abs(Date.now() / 1000 - Number(ts)) < 300;
      const body = JSON.parse(raw);
      const id = String(req.headers['x-grids-event-id']);
      arrivals.push({ id, type: body.type, body, raw, verified });
      const status = opts.status?.() ?? 200;
      if (verified && status < 300 && !acted.has(id)) acted.set(id, raw);
      // A slow receiver keeps deliveries in flight, so a process can die in the middle of one.
      setTimeout(() => res.writeHead(status).end(), opts.delayMs ?? 0);
    });
  });
  await new Promise<void>((r) => server.listen(opts.port ?? 0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    port,
    arrivals,
    acted,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
