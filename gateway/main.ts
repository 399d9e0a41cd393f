import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { loadEnv, serviceUrl, SERVICES } from '../shared/env';
import { createGatewayServer } from './server';
import { SUPERGRAPH_FILE } from './supergraph-file';

async function main() {
  const env = loadEnv();
  const supergraphSdl = readFileSync(env.SUPERGRAPH_PATH ?? SUPERGRAPH_FILE, 'utf8');
  const subgraphUrls = Object.fromEntries(SERVICES.map((s) => [s, serviceUrl(env, s)]));
  const server = await createGatewayServer({ supergraphSdl, subgraphUrls });
  const listening = await server.listen(env.GATEWAY_PORT, env.HOST);
  console.log(JSON.stringify({ level: 'info', service: 'gateway', msg: 'listening', url: listening.url }));
  const stop = async () => {
    await listening.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop());
  process.once('SIGTERM', () => void stop());
}

main().catch((err) => {
  console.error(JSON.stringify({ level: 'fatal', service: 'gateway', msg: (err as Error).message }));
  process.exit(1);
});
