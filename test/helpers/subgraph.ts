import type { DataSource } from 'typeorm';
import { createDataSource } from '../../shared/data-source';
import type { SqlCounter } from '../../shared/sql-counter';
import type { SubgraphModule } from '../../shared/service';
import type { Listening } from '../../shared/http';
import type { DemoCity } from '../../services/demo-city';
import type { TestDb } from './db';
import { openSeeded } from './seeded';
import { proofHeader } from './auth';
import { setPeer } from '../../shared/peer';

// One subgraph in this process and a client for it. Apart from stack.ts (which adds the gateway and
// every subgraph) so that a file testing one subgraph loads only that subgraph's code.

export interface RunningSubgraph {
  name: string;
  url: string;
  dataSource: DataSource;
  counter: SqlCounter;
  listening: Listening;
  stats: { requests: number };
}

/** Loosely typed on purpose: tests read whatever came back and assert on it. */
export interface GraphQLResponse<T = any> {
  data?: T | any;
  errors?: any;
}

/** Subgraphs started by these helpers: requests to them carry a SERVICE proof unless the test says otherwise. */
const subgraphUrls = new Set<string>();

export async function postGraphQL<T = any>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  headers: Record<string, string> = {},
  opts: { proof?: boolean } = {},
) {
  const proof =
    subgraphUrls.has(url) && opts.proof !== false && !headers['x-gateway-proof']
      ? await proofHeader()
      : {};
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...proof, ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as GraphQLResponse<T> };
}

/** A subgraph on port 0 over its own fresh database, optionally seeded with a demo city. */
export async function startSubgraph(
  mod: SubgraphModule,
  db: TestDb,
  city?: DemoCity,
  batch = true,
): Promise<RunningSubgraph> {
  // A seeded database is built once per run and copied for each file that asks for the same city.
  const { dataSource, counter } = city
    ? await openSeeded(mod, db.config, city)
    : await createDataSource({
        service: mod.name,
        db: db.config,
        entities: mod.entities,
        migrations: mod.migrations,
      });
  const server = await mod.createServer(dataSource, { batch });
  const listening = await server.listen(0);
  subgraphUrls.add(listening.url);
  // Its peers ask it here inside their writes (shared/peer.ts), as they would at <NAME>_URL.
  setPeer(mod.name, listening.url);
  return {
    name: mod.name,
    url: listening.url,
    dataSource,
    counter,
    listening,
    stats: server.stats,
  };
}
