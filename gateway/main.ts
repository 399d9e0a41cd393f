import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { loadEnv, serviceUrl, SERVICES } from '../shared/env';
import { createTokenVerifier } from '../shared/auth/tokens';
import { createGatewayServer } from './server';
import { SUPERGRAPH_FILE } from './supergraph-file';

async function main() {
  const env = loadEnv();
  if (!env.GATEWAY_SECRET) throw new Error('GATEWAY_SECRET is required: the subgraphs check the gateway\'s proof with it');
  const verifyToken = await createTokenVerifier({
    secret: env.JWT_SECRET, publicKeyFile: env.JWT_PUBLIC_KEY_FILE, jwksFile: env.JWT_JWKS_FILE,
    algorithm: env.JWT_ALG, issuer: env.JWT_ISSUER, audience: env.JWT_AUDIENCE,
  });
  const server = await createGatewayServer({
    supergraphSdl: readFileSync(env.SUPERGRAPH_PATH ?? SUPERGRAPH_FILE, 'utf8'),
    subgraphUrls: Object.fromEntries(SERVICES.map((s) => [s, serviceUrl(env, s)])),
    gatewaySecret: env.GATEWAY_SECRET,
    timeoutMs: env.SUBGRAPH_TIMEOUT_MS,
    subgraphTimeoutMs: Object.fromEntries(SERVICES.map((s) => [s, env[`${s.toUpperCase()}_TIMEOUT_MS` as 'GRID_TIMEOUT_MS']])),
    apqCacheBytes: env.APQ_CACHE_MB * 1024 * 1024,
    verifyToken,
    corsOrigins: env.CORS_ORIGINS?.split(',').map((o) => o.trim()).filter(Boolean),
    introspection: env.INTROSPECTION,
    limits: { depth: env.LIMIT_DEPTH, aliases: env.LIMIT_ALIASES, tokens: env.LIMIT_TOKENS, cost: env.LIMIT_COST, bodyBytes: env.LIMIT_BODY_BYTES },
  });
  const listening = await server.listen(env.GATEWAY_PORT, env.HOST);
  server.log.info({ url: listening.url }, 'listening');
  const stop = async () => {
    // In-flight requests finish (the drain plugin), then the process exits.
    server.log.info('stopping');
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
