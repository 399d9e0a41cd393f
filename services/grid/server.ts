import type { DataSource } from 'typeorm';
import { createGraphQLHttpServer } from '../../shared/http';
import { contextFactory } from '../../shared/context';
import { DEFAULT_LOADER_OPTIONS, type LoaderOptions } from '../../shared/loaders';
import type { Env } from '../../shared/env';
import { createGridSchema } from './schema';
import { createLoaders, type GridConfig, type GridContext } from './context';
import { parseDeadlines } from './case/case-machine';

/** The grid subgraph without listening, so tests start it on port 0. */
export async function createServer(
  dataSource: DataSource,
  loaderOptions: LoaderOptions = DEFAULT_LOADER_OPTIONS,
  env: Partial<Env> = {},
) {
  const config: GridConfig = { deadlines: parseDeadlines(env.CASE_DEADLINES) };
  const base = contextFactory(dataSource, createLoaders, loaderOptions);
  return createGraphQLHttpServer<GridContext>({
    name: 'grid',
    dataSource,
    schema: await createGridSchema(),
    context: async (args) => ({ ...(await base(args)), config }),
  });
}
