import { loadEnv, servicePort, serviceTimeoutMs, serviceUrl, SERVICES } from './env';
import { setPeer } from './peer';
import { createDataSource, dbConfigFromEnv } from './data-source';
import { setGatewaySecret } from './auth/subgraph-auth';
import { metricsSettings } from './observability';
import type { SubgraphModule } from './service';
import { reportListening } from './listening';

/** The only code that listens: env -> data source (migrated) -> server -> listen; stops cleanly on a signal. */
export async function runSubgraph(sub: SubgraphModule): Promise<void> {
  const { name } = sub;
  const env = loadEnv();
  if (!env.GATEWAY_SECRET) {
    console.error(
      JSON.stringify({
        level: 'fatal',
        service: name,
        msg: 'GATEWAY_SECRET is required: subgraphs only answer the gateway',
      }),
    );
    process.exit(1);
  }
  setGatewaySecret(env.GATEWAY_SECRET);
  // The peers this subgraph may ask inside a write (shared/peer.ts), where the gateway reaches them too.
  for (const peer of SERVICES) setPeer(peer, serviceUrl(env, peer), serviceTimeoutMs(env, peer));
  Object.assign(metricsSettings, {
    token: env.METRICS_TOKEN,
    maxOperations: env.METRICS_MAX_OPERATIONS,
  });
  try {
    const { dataSource } = await createDataSource({
      service: name,
      db: dbConfigFromEnv(env),
      entities: sub.entities,
      migrations: sub.migrations,
      // Replicas starting together must not race on migrations: with MIGRATE_ON_START=false a Job runs them once.
      migrate: env.MIGRATE_ON_START,
    });
    const server = await sub.createServer(dataSource, { batch: !env.LOADERS_DISABLED }, env);
    const listening = await server.listen(servicePort(env, name), env.HOST);
    server.log.info({ url: listening.url }, 'listening');
    // Started on port 0 by the process toolkit: say where, and take the peers' addresses in return.
    reportListening(listening.url, listening.port, (urls) => {
      for (const [peer, url] of Object.entries(urls))
        setPeer(peer, url, serviceTimeoutMs(env, peer as (typeof SERVICES)[number]));
    });
    const stop = async (signal: string) => {
      // Stop taking requests, let the ones in flight finish, then close the database.
      server.log.info({ signal }, 'stopping');
      await listening.close();
      await dataSource.destroy();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
  } catch (err) {
    console.error(JSON.stringify({ level: 'fatal', service: name, msg: (err as Error).message }));
    process.exit(1);
  }
}
