/** One GraphQL call to the gateway with the caller's own token, so every rule of the graph applies to it. */
export interface GraphClient {
  (
    query: string,
    variables?: Record<string, unknown>,
  ): Promise<{ data?: any; errors?: { message: string; extensions?: any }[] }>;
}

export function graphClient(url: string, token: string): GraphClient {
  return async (query, variables) => {
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json().catch(() => null)) as any;
    if (!body) throw new Error(`the gateway answered ${res.status} without a GraphQL body`);
    return body;
  };
}
