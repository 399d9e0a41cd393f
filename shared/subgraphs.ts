/**
 * Every subgraph in the supergraph, in composition order: the one light list (no imports) that env
 * parsing, the gateway, the launcher, composition, docker-compose.yml and the tests derive from.
 * A new subgraph adds one line here (the kit does it); its manifest lives in services/<name>/service.ts.
 */
export const SUBGRAPH_LIST = [
  { name: 'grid', cn: '网格', port: 4001 },
  { name: 'party', cn: '党建', port: 4002 },
  { name: 'volunteer', cn: '志愿服务', port: 4004 },
  { name: 'property', cn: '物业', port: 4003 },
  { name: 'urban', cn: '城管', port: 4005 },
  { name: 'accountability', cn: '考核督办', port: 4006 },
] as const;

export type ServiceName = (typeof SUBGRAPH_LIST)[number]['name'];

/** What the light list says about one subgraph. */
export interface SubgraphInfo {
  name: ServiceName;
  /** Its Chinese name (部门名), for descriptions and logs. */
  cn: string;
  /** Its default port; `<NAME>_PORT` overrides it. */
  port: number;
}

export const SERVICES: readonly ServiceName[] = SUBGRAPH_LIST.map((s) => s.name);

/** The prefix of a subgraph's variables: `URBAN` for `URBAN_PORT`, `URBAN_URL`, `URBAN_TIMEOUT_MS`. */
export const envPrefix = (name: string) => name.toUpperCase();

export function subgraphInfo(name: string): SubgraphInfo {
  const info = SUBGRAPH_LIST.find((s) => s.name === name);
  if (!info) throw new Error(`subgraph "${name}" is not in shared/subgraphs.ts SUBGRAPH_LIST`);
  return info;
}
