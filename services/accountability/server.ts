import type { DataSource } from 'typeorm';
import { createGraphQLHttpServer } from '../../shared/http';
import { contextFactory } from '../../shared/context';
import { DEFAULT_LOADER_OPTIONS, type LoaderOptions } from '../../shared/loaders';
import { createAccountabilitySchema } from './schema';
import { createLoaders, type AccountabilityContext } from './context';

/** The accountability subgraph without listening, so tests start it on port 0; contextFactory refuses requests without the gateway proof. */
export async function createServer(dataSource: DataSource, loaderOptions: LoaderOptions = DEFAULT_LOADER_OPTIONS) {
  return createGraphQLHttpServer<AccountabilityContext>({
    name: 'accountability',
    dataSource,
    schema: await createAccountabilitySchema(),
    context: contextFactory(dataSource, createLoaders, loaderOptions),
  });
}
