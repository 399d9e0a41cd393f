import type { Request } from 'express';

/** GeoReport v2 discovery: where this endpoint is and what it speaks; the URL is the one the client used. */
export function discovery(req: Request) {
  const url = `${req.protocol}://${req.get('host')}${req.baseUrl}`;
  return {
    changeset: '2026-12-01T00:00:00Z',
    contact: '12345 市民热线 city hotline; the operator of this graph',
    key_service: 'an api_key is a bearer token of the graph, issued by the city (see the README)',
    endpoints: [
      {
        specification: 'http://wiki.open311.org/GeoReport_v2',
        url,
        changeset: '2026-12-01T00:00:00Z',
        type: 'production',
        formats: ['text/xml', 'application/json'],
      },
    ],
  };
}
