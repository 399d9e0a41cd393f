/** The query `npm start` prints and the README shows: one grid, every subgraph's part of it. */
export const EXAMPLE_QUERY = `query GridPicture($code: String!) {
  grid(code: $code) {
    code
    name
    level
    workers { name role }
    openCases { id title state category }
  }
}`;

/** A basic grid of the demo city that has a compound and a party branch, found through the graph itself. */
export async function exampleVariables(gatewayUrl: string, auth: Record<string, string>): Promise<{ code: string }> {
  const res = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth },
    body: JSON.stringify({ query: '{ rootRegions { code } }' }),
  });
  const root = ((await res.json()) as { data?: { rootRegions: { code: string }[] } }).data?.rootRegions[0]?.code ?? '220600';
  const page = await fetch(gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...auth },
    body: JSON.stringify({ query: 'query($u: String!) { grids(under: $u, level: BASIC, limit: 1) { items { code } } }', variables: { u: root } }),
  });
  const code = ((await page.json()) as { data?: { grids: { items: { code: string }[] } } }).data?.grids.items[0]?.code;
  return { code: code ?? '220602001001002' };
}
