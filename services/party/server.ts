import type { DataSource } from 'typeorm';
import { createGraphQLHttpServer } from '../../shared/http';
import { contextFactory } from '../../shared/context';
import { DEFAULT_LOADER_OPTIONS, type LoaderOptions } from '../../shared/loaders';
import { createPartySchema } from './schema';
import { createLoaders, type PartyContext } from './context';

/** The party subgraph without listening, so tests start it on port 0. */
export async function createServer(dataSource: DataSource, loaderOptions: LoaderOptions = DEFAULT_LOADER_OPTIONS) {
  return createGraphQLHttpServer<PartyContext>({
    name: 'party',
    dataSource,
    schema: await createPartySchema(),
    context: contextFactory(dataSource, createLoaders, loaderOptions),
  });
}
