import { loadEnv } from '../../shared/env';
import { graphClient, type GraphClient } from '../../gateway/sheets/graph-client';

/**
 * What the import and export commands share: they talk to a running gateway with the caller's
 * token (--token or SHEETS_TOKEN; `npm run token` mints one), so every rule of the graph applies.
 */
export function cliGraph(values: { token?: string; url?: string }): GraphClient {
  const env = loadEnv();
  const token = values.token ?? process.env.SHEETS_TOKEN;
  if (!token)
    throw new Error(
      'a token is required: --token <jwt> or SHEETS_TOKEN (npm run token -- --role STREET_STAFF --region 220602001)',
    );
  return graphClient(values.url ?? `http://127.0.0.1:${env.GATEWAY_PORT}/graphql`, token);
}

export function run(main: () => Promise<number | void>) {
  main().then(
    (code) => process.exit(code ?? 0),
    (err: Error & { code?: string }) => {
      console.error(err.code ? `${err.code}: ${err.message}` : err.message);
      process.exit(1);
    },
  );
}
