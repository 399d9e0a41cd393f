/**
 * Hive Gateway's configuration for the benchmark's peer scenario (loaded by its CLI with
 * `--config-path`). It serves the same gateway/supergraph.graphql as ours, reaches each subgraph at
 * the URL the benchmark started it on, and sends every subgraph one fixed, valid `x-gateway-proof`
 * (signed by the benchmark for the same viewer our gateway forwards), because the subgraphs refuse
 * requests without one. It checks no caller token: ours verifies a JWT and signs a proof per request.
 */
const proof = process.env.BENCH_HIVE_PROOF ?? '';
const urls = JSON.parse(process.env.BENCH_HIVE_URLS ?? '{}') as Record<string, string>;

export const gatewayConfig = {
  transportEntries: Object.fromEntries(
    Object.entries(urls).map(([name, location]) => [name, { location }]),
  ),
  propagateHeaders: {
    fromClientToSubgraphs: () => ({ 'x-gateway-proof': proof }),
  },
  // Nothing leaves 127.0.0.1: no usage reporting, no registry, no landing page assets.
  reporting: undefined,
  landingPage: false,
  graphiql: false,
  logging: 'warn',
};
