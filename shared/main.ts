import type { DataSource } from 'typeorm';
import { loadEnv, servicePort, type Env, type ServiceName } from './env';
import { createDataSource, dbConfigFromEnv, type SubgraphDbOptions } from './data-source';
import type { LoaderOptions } from './loaders';
import type { Listening } from './http';
import { setGatewaySecret } from './auth/subgraph-auth';
import type { Logger } from 'pino';
import { metricsSettings } from './observability';

/** The only code that listens: env -> data source (migrated) -> server -> listen; stops cleanly on a signal. */
export async function runSubgraph(
  name: ServiceName,
  db: Pick<SubgraphDbOptions, 'entities' | 'migrations'>,
  createServer: (ds: DataSource, loaders: LoaderOptions, env: Env) => Promise<{ listen(port: number, host?: string): Promise<Listening>; log: Logger }>,
): Promise<void> {
  const env = loadEnv();
  if (!env.GATEWAY_SECRET) {
    console.error(JSON.stringify({ level: 'fatal', service: name, msg: 'GATEWAY_SECRET is required: subgraphs only answer the gateway' }));
    process.exit(1);
  }
  setGatewaySecret(env.GATEWAY_SECRET);
  Object.assign(metricsSettings, { token: env.METRICS_TOKEN, maxOperations: env.METRICS_MAX_OPERATIONS });
  try {
    const { dataSource } = await createDataSource({ service: name, db: dbConfigFromEnv(env), ...db });
    const server = await createServer(dataSource, { batch: !env.LOADERS_DISABLED }, env);
    const listening = await server.listen(servicePort(env, name), env.HOST);
    server.log.info({ url: listening.url }, 'listening');
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
