import http from 'node:http';
import { once, EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';

export interface DelayProxy {
  url: string;
  /** Requests the proxy is holding right now (received, not yet answered by the subgraph). */
  held(): number;
  /** Resolves when the next request reaches the proxy: the gateway's fetch is then in flight. */
  nextRequest(): Promise<void>;
  close(): Promise<void>;
}

/** A proxy in front of a subgraph that holds each request `delayMs` before forwarding it: a slow subgraph on demand. */
export async function delayProxy(target: () => string, delayMs: () => number): Promise<DelayProxy> {
  const events = new EventEmitter();
  let holding = 0;
  const timers = new Set<NodeJS.Timeout>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      holding++;
      events.emit('request');
      const timer = setTimeout(async () => {
        timers.delete(timer);
        holding--;
        try {
          const headers = Object.fromEntries(
            Object.entries(req.headers).filter(
              ([k]) => !['host', 'content-length', 'connection'].includes(k),
            ),
          ) as Record<string, string>;
          const upstream = await fetch(target(), {
            method: req.method,
            headers,
            body: Buffer.concat(chunks),
          });
          res.writeHead(upstream.status, {
            'content-type': upstream.headers.get('content-type') ?? 'application/json',
          });
          res.end(Buffer.from(await upstream.arrayBuffer()));
        } catch {
          res.destroy();
        }
      }, delayMs());
      timers.add(timer);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    held: () => holding,
    nextRequest: async () => {
      await once(events, 'request');
    },
    close: () =>
      new Promise((r) => {
        for (const t of timers) clearTimeout(t);
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
