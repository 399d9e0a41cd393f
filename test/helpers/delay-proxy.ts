import http from 'node:http';
import { once, EventEmitter } from 'node:events';
import type { AddressInfo } from 'node:net';

export interface DelayProxy {
  url: string;
  /** Requests the proxy is holding right now (received, not yet answered by the subgraph). */
  held(): number;
  /** Resolves when the next request reaches the proxy: the gateway's fetch is then in flight. */
  nextRequest(): Promise<void>;
  /** Requests received since the proxy started: what the subgraph behind it was asked, one per fetch. */
  received(): number;
  /** Holds every request from now on (after its delay) until release(): fetches stay in flight on demand. */
  hold(): void;
  /** Lets every held request through, and the ones after it. */
  release(): void;
  close(): Promise<void>;
}

/** A proxy in front of a subgraph that holds each request `delayMs` before forwarding it: a slow subgraph on demand. */
export async function delayProxy(target: () => string, delayMs: () => number): Promise<DelayProxy> {
  const events = new EventEmitter();
  let holding = 0;
  let received = 0;
  let gate: { open: Promise<void>; release: () => void } | undefined;
  const timers = new Set<NodeJS.Timeout>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      holding++;
      received++;
      const held = gate?.open;
      events.emit('request');
      const timer = setTimeout(async () => {
        timers.delete(timer);
        if (held) await held;
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
    received: () => received,
    hold: () => {
      if (gate) return;
      let release = () => {};
      const open = new Promise<void>((r) => (release = r));
      gate = { open, release };
    },
    release: () => {
      gate?.release();
      gate = undefined;
    },
    close: () =>
      new Promise((r) => {
        gate?.release();
        for (const t of timers) clearTimeout(t);
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
