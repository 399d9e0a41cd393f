import 'reflect-metadata';
import { readFileSync } from 'node:fs';
import { loadEnv, serviceTimeoutMs, serviceUrl, SERVICES } from '../shared/env';
import { createTokenVerifier } from '../shared/auth/tokens';
import { createGatewayServer } from './server';
import { SUPERGRAPH_FILE } from './supergraph-file';
import { metricsSettings } from '../shared/observability';
import { demoTabs } from './explorer-tabs';
import { loadDemoPlace } from '../scripts/demo-auth';
import { join } from 'node:path';
import { reportListening } from '../shared/listening';

async function main() {
  const env = loadEnv();
  if (!env.GATEWAY_SECRET)
    throw new Error("GATEWAY_SECRET is required: the subgraphs check the gateway's proof with it");
  Object.assign(metricsSettings, {
    token: env.METRICS_TOKEN,
    maxOperations: env.METRICS_MAX_OPERATIONS,
  });
  const verifyToken = await createTokenVerifier({
    secret: env.JWT_SECRET,
    publicKeyFile: env.JWT_PUBLIC_KEY_FILE,
    jwksFile: env.JWT_JWKS_FILE,
    algorithm: env.JWT_ALG,
    issuer: env.JWT_ISSUER,
    audience: env.JWT_AUDIENCE,
    maxLifetimeSeconds: env.JWT_MAX_LIFETIME_SECONDS,
  });
  const server = await createGatewayServer({
    supergraphSdl: readFileSync(env.SUPERGRAPH_PATH ?? SUPERGRAPH_FILE, 'utf8'),
    subgraphUrls: Object.fromEntries(SERVICES.map((s) => [s, serviceUrl(env, s)])),
    gatewaySecret: env.GATEWAY_SECRET,
    timeoutMs: env.SUBGRAPH_TIMEOUT_MS,
    subgraphTimeoutMs: Object.fromEntries(SERVICES.map((s) => [s, serviceTimeoutMs(env, s)])),
    apqCacheBytes: env.APQ_CACHE_MB * 1024 * 1024,
    dedup: env.GATEWAY_DEDUP,
    indicatorCache: { ttlMs: env.INDICATOR_CACHE_TTL_MS, maxEntries: env.INDICATOR_CACHE_ENTRIES },
    verifyToken,
    // Demo tokens are linked only outside production, and only when the launcher has written them.
    explorer: {
      tabs: demoTabs(env.DEMO_SIZE, env.DEMO_SEED, loadDemoPlace(env)),
      demoTokensFile:
        env.NODE_ENV === 'production' ? undefined : join(env.SQLITE_DIR, 'demo-tokens.json'),
    },
    corsOrigins: env.CORS_ORIGINS?.split(',')
      .map((o) => o.trim())
      .filter(Boolean),
    introspection: env.INTROSPECTION,
    costLimits: {
      listCost: env.LIMIT_LIST_COST,
      listSize: env.LIMIT_LIST_SIZE,
      responseBytes: env.LIMIT_RESPONSE_BYTES,
    },
    metricsToken: env.METRICS_TOKEN,
    limits: {
      depth: env.LIMIT_DEPTH,
      aliases: env.LIMIT_ALIASES,
      tokens: env.LIMIT_TOKENS,
      cost: env.LIMIT_COST,
      bodyBytes: env.LIMIT_BODY_BYTES,
    },
  });
  const listening = await server.listen(env.GATEWAY_PORT, env.HOST);
  server.log.info({ url: listening.url }, 'listening');
  reportListening(listening.url, listening.port);
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
  console.error(
    JSON.stringify({ level: 'fatal', service: 'gateway', msg: (err as Error).message }),
  );
  process.exit(1);
});
