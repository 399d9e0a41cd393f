import type { DataSource } from 'typeorm';
import { createGraphQLHttpServer } from '../../shared/http';
import { contextFactory } from '../../shared/context';
import { DEFAULT_LOADER_OPTIONS, type LoaderOptions } from '../../shared/loaders';
import { createGridSchema } from './schema';
import { createLoaders, type GridContext } from './context';

/** The grid subgraph without listening, so tests start it on port 0. */
export async function createServer(dataSource: DataSource, loaderOptions: LoaderOptions = DEFAULT_LOADER_OPTIONS) {
  return createGraphQLHttpServer<GridContext>({
    name: 'grid',
    schema: await createGridSchema(),
    context: contextFactory(dataSource, createLoaders, loaderOptions),
  });
}
