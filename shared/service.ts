import type { DataSource, EntitySchema, MixedList } from 'typeorm';
import type { GraphQLSchema } from 'graphql';
import type { LoaderOptions } from './loaders';
import type { GraphQLHttpServer } from './http';
import type { DemoCityBase } from './demo/base';
import type { Env } from './env';

/** What each subgraph folder exports, so the launcher, the seeder, composition and tests treat them alike. */
export interface SubgraphModule {
  name: string;
  entities: MixedList<Function | string | EntitySchema>;
  migrations: MixedList<Function | string>;
  /** The federated schema, for composition without a running server. */
  createSchema(): Promise<GraphQLSchema>;
  createServer(ds: DataSource, loaderOptions?: LoaderOptions, env?: Partial<Env>): Promise<GraphQLHttpServer<any>>;
  /** Writes this subgraph's part of the demo city; reports progress through `progress`. */
  seed(ds: DataSource, city: DemoCityBase, progress: (msg: string) => void): Promise<void>;
}
