import type { DataSource } from 'typeorm';
import { createGraphQLHttpServer } from '../../shared/http';
import { contextFactory } from '../../shared/context';
import { DEFAULT_LOADER_OPTIONS, type LoaderOptions } from '../../shared/loaders';
import { createVolunteerSchema } from './schema';
import { createLoaders, type VolunteerContext } from './context';

/** The volunteer subgraph without listening, so tests start it on port 0. */
export async function createServer(dataSource: DataSource, loaderOptions: LoaderOptions = DEFAULT_LOADER_OPTIONS) {
  return createGraphQLHttpServer<VolunteerContext>({
    name: 'volunteer',
    dataSource,
    schema: await createVolunteerSchema(),
    context: contextFactory(dataSource, createLoaders, loaderOptions),
  });
}
