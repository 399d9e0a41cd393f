import type { DataSource } from 'typeorm';
import { createGraphQLHttpServer } from '../../shared/http';
import { contextFactory } from '../../shared/context';
import { DEFAULT_LOADER_OPTIONS, type LoaderOptions } from '../../shared/loaders';
import { createPropertySchema } from './schema';
import { createLoaders, type PropertyContext } from './context';

/** The property subgraph without listening, so tests start it on port 0. */
export async function createServer(dataSource: DataSource, loaderOptions: LoaderOptions = DEFAULT_LOADER_OPTIONS) {
  return createGraphQLHttpServer<PropertyContext>({
    name: 'property',
    dataSource,
    schema: await createPropertySchema(),
    context: contextFactory(dataSource, createLoaders, loaderOptions),
  });
}
