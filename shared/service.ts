import type { DataSource, EntitySchema, MixedList } from 'typeorm';
import type { GraphQLSchema } from 'graphql';
import type { ApolloServerPlugin } from '@apollo/server';
import type { NonEmptyArray } from 'type-graphql';
import { DEFAULT_LOADER_OPTIONS, type LoaderOptions } from './loaders';
import { createGraphQLHttpServer, type GraphQLHttpServer } from './http';
import { contextFactory } from './context';
import { writtenPlacesPlugin } from './auth/write-rule';
import { buildFederatedSchema, type ReferenceResolvers } from './federation';
import { subgraphInfo, type ServiceName, type SubgraphInfo } from './subgraphs';
import type { Viewer } from './viewer';
import type { DemoCityBase } from './demo/base';
import type { Env } from './env';

/**
 * What a subgraph folder declares, once, in services/<name>/service.ts. Its name must stand in the
 * light list (shared/subgraphs.ts), which gives its Chinese name and default port.
 */
export interface SubgraphManifest<L> {
  name: ServiceName;
  /** TypeORM entities: the tables this subgraph owns (the composition rule reads ownership from them). */
  entities: MixedList<Function | string | EntitySchema>;
  /** Its migrations, oldest first (production never synchronizes). */
  migrations: MixedList<Function | string>;
  /** type-graphql resolver classes: queries, mutations, field resolvers. */
  resolvers: NonEmptyArray<Function>;
  /** `__resolveReference` per entity type this subgraph answers in `_entities`. */
  references: ReferenceResolvers;
  /** Types reachable only through `_entities` (stubs of other subgraphs' entities). */
  orphanedTypes?: Function[];
  /** Fresh per-request DataLoaders (a process-wide loader would serve stale rows). */
  loaders: (ds: DataSource, options: LoaderOptions, viewer: Viewer) => L;
  /** Background work that runs beside the server and stops with it (Apollo plugins), e.g. the webhook sender. */
  plugins?: (
    ds: DataSource,
    env: Partial<Env>,
    log: () => GraphQLHttpServer<any>['log'] | undefined,
  ) => ApolloServerPlugin<any>[];
  /** Extra per-process context (read from the environment once), merged into every request's context. */
  config?: (env: Partial<Env>) => Record<string, unknown>;
  /** Demo generator hook: writes this subgraph's part of the demo city; reports progress through `progress`. */
  seed(ds: DataSource, city: DemoCityBase, progress: (msg: string) => void): Promise<void>;
}

/** What each subgraph exports, so the launcher, the seeder, composition and tests treat them alike. */
export interface SubgraphModule extends SubgraphInfo {
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
  /** The manifest it was made from (resolvers, references, loaders...). */
  manifest: SubgraphManifest<unknown>;
  /** The federated schema, for composition without a running server. */
  createSchema(): Promise<GraphQLSchema>;
  /** The subgraph without listening, so tests start it on port 0; requests without the gateway proof are refused. */
  createServer(
    ds: DataSource,
    loaderOptions?: LoaderOptions,
    env?: Partial<Env>,
  ): Promise<GraphQLHttpServer<any>>;
  seed(ds: DataSource, city: DemoCityBase, progress: (msg: string) => void): Promise<void>;
}

/**
 * /ready for a subgraph that leaves migrations to someone else (a Kubernetes Job): not ready while
 * any migration of this build is pending, so a new replica takes no traffic on an old schema. Once
 * applied, they stay applied: later probes only ping the database.
 */
function migratedReady(ds: DataSource) {
  let applied = false;
  return async () => {
    await ds.query('SELECT 1');
    applied ||= !(await ds.showMigrations());
    return { ready: applied, database: 'up', migrations: applied ? 'applied' : 'pending' };
  };
}

/** One subgraph from its manifest: schema, server and context are built the same way for all of them. */
export function defineSubgraph<L>(m: SubgraphManifest<L>): SubgraphModule {
  const createSchema = () =>
    buildFederatedSchema({ resolvers: m.resolvers, orphanedTypes: m.orphanedTypes }, m.references);
  return {
    ...subgraphInfo(m.name),
    entities: m.entities,
    migrations: m.migrations,
    manifest: m as SubgraphManifest<unknown>,
    seed: m.seed,
    createSchema,
    async createServer(dataSource, loaderOptions = DEFAULT_LOADER_OPTIONS, env = {}) {
      const config = m.config?.(env) ?? {};
      const base = contextFactory(dataSource, m.loaders, loaderOptions);
      const server: GraphQLHttpServer<any> = await createGraphQLHttpServer({
        name: m.name,
        dataSource,
        ...(env.MIGRATE_ON_START === false ? { ready: migratedReady(dataSource) } : {}),
        schema: await createSchema(),
        context: async (args) => ({ ...(await base(args)), ...config }),
        // Every mutation answer names where it wrote, for the gateway's indicator cache.
        plugins: [writtenPlacesPlugin, ...(m.plugins?.(dataSource, env, () => server?.log) ?? [])],
      });
      return server;
    },
  };
}
