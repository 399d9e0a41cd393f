import type { DataSource } from 'typeorm';
import { createGraphQLHttpServer } from '../../shared/http';
import { contextFactory } from '../../shared/context';
import { DEFAULT_LOADER_OPTIONS, type LoaderOptions } from '../../shared/loaders';
import { parseEnv, type Env } from '../../shared/env';
import { createPropertySchema } from './schema';
import { createLoaders, type PropertyContext } from './context';

/** The property subgraph without listening, so tests start it on port 0. */
export async function createServer(dataSource: DataSource, loaderOptions: LoaderOptions = DEFAULT_LOADER_OPTIONS, env: Partial<Env> = {}) {
  // The composite score's weights per evaluator kind (EVALUATION_WEIGHTS, parsed in shared/env).
  const config = { evaluationWeights: env.EVALUATION_WEIGHTS ?? parseEnv({}).EVALUATION_WEIGHTS };
  const base = contextFactory(dataSource, createLoaders, loaderOptions);
  return createGraphQLHttpServer<PropertyContext>({
    name: 'property',
    dataSource,
    schema: await createPropertySchema(),
    context: async (args) => ({ ...(await base(args)), config }),
  });
}
