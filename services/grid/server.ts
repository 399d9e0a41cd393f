import type { DataSource } from 'typeorm';
import { createGraphQLHttpServer } from '../../shared/http';
import { contextFactory } from '../../shared/context';
import { DEFAULT_LOADER_OPTIONS, type LoaderOptions } from '../../shared/loaders';
import type { Env } from '../../shared/env';
import { createGridSchema } from './schema';
import { createLoaders, type GridConfig, type GridContext } from './context';
import { parseDeadlines } from './case/case-machine';
import { createDispatcher } from './webhook/dispatcher';

/** The grid subgraph without listening, so tests start it on port 0. */
export async function createServer(
  dataSource: DataSource,
  loaderOptions: LoaderOptions = DEFAULT_LOADER_OPTIONS,
  env: Partial<Env> = {},
) {
  const config: GridConfig = { deadlines: parseDeadlines(env.CASE_DEADLINES) };
  const base = contextFactory(dataSource, createLoaders, loaderOptions);
  let server: Awaited<ReturnType<typeof createGraphQLHttpServer<GridContext>>> | undefined;
  server = await createGraphQLHttpServer<GridContext>({
    name: 'grid',
    dataSource,
    schema: await createGridSchema(),
    context: async (args) => ({ ...(await base(args)), config }),
    // Webhook deliveries run beside the server and stop with it; only when the environment configures them.
    plugins: env.WEBHOOK_POLL_MS ? [{
      async serverWillStart() {
        const dispatcher = createDispatcher(dataSource, {
          pollMs: env.WEBHOOK_POLL_MS!, baseDelayMs: env.WEBHOOK_BASE_DELAY_MS ?? 5000, maxDelayMs: env.WEBHOOK_MAX_DELAY_MS ?? 3_600_000,
          maxAttempts: env.WEBHOOK_MAX_ATTEMPTS ?? 12, timeoutMs: env.WEBHOOK_TIMEOUT_MS ?? 10_000,
        }, () => server?.log);
        dispatcher.start();
        return { serverWillStop: () => dispatcher.stop() };
      },
    }] : [],
  });
  return server;
}
