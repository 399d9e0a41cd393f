import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A proxy in front of a subgraph that holds each request `delayMs` before forwarding it: a slow subgraph on demand. */
export async function delayProxy(target: () => string, delayMs: () => number): Promise<{ url: string; close(): Promise<void> }> {
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      setTimeout(async () => {
        try {
          const headers = Object.fromEntries(Object.entries(req.headers).filter(([k]) => !['host', 'content-length', 'connection'].includes(k))) as Record<string, string>;
          const upstream = await fetch(target(), { method: req.method, headers, body: Buffer.concat(chunks) });
          res.writeHead(upstream.status, { 'content-type': upstream.headers.get('content-type') ?? 'application/json' });
          res.end(Buffer.from(await upstream.arrayBuffer()));
        } catch {
          res.destroy();
        }
      }, delayMs());
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}/graphql`, close: () => new Promise((r) => { server.closeAllConnections(); server.close(() => r()); }) };
}
