import type { DataSource } from 'typeorm';
import { createGraphQLHttpServer } from '../../shared/http';
import { contextFactory } from '../../shared/context';
import { DEFAULT_LOADER_OPTIONS, type LoaderOptions } from '../../shared/loaders';
import { createUrbanSchema } from './schema';
import { createLoaders, type UrbanContext } from './context';

/** The urban subgraph without listening, so tests start it on port 0; contextFactory refuses requests without the gateway proof. */
export async function createServer(dataSource: DataSource, loaderOptions: LoaderOptions = DEFAULT_LOADER_OPTIONS) {
  return createGraphQLHttpServer<UrbanContext>({
    name: 'urban',
    dataSource,
    schema: await createUrbanSchema(),
    context: contextFactory(dataSource, createLoaders, loaderOptions),
  });
}
