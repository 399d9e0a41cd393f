import type { Request } from 'express';
import { decodeJwt } from 'jose';
import { SERVICE_CODES, statesFor } from './catalog';
import { Open311Error } from './errors';
import { graph, tokenOf, type GraphUrl } from './graph';
import { CASE_FIELDS, toServiceRequest, type CaseRow } from './requests';

/** At most this many requests per answer (the graph's page size), newest first. */
export const MAX_REQUESTS = 100;

const param = (req: Request, name: string): string | undefined => {
  const v = req.query[name];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
};
const list = (req: Request, name: string) => param(req, name)?.split(',').map((s) => s.trim()).filter(Boolean);

function dateParam(req: Request, name: string): string | undefined {
  const raw = param(req, name);
  if (raw && Number.isNaN(Date.parse(raw))) throw new Open311Error(400, `${name} must be a W3C (ISO 8601) date-time, e.g. 2026-11-01T00:00:00Z`);
  return raw ? new Date(raw).toISOString() : undefined;
}

/** Where to look when the client names no jurisdiction: the root regions the caller can see, else its token's region. */
async function defaultJurisdictions(req: Request, url: GraphUrl): Promise<string[]> {
  const { data, errors } = await graph<{ rootRegions: { code: string }[] | null }>(req, url, '{ rootRegions { code } }', {}, ['FORBIDDEN']);
  const codes = (data.rootRegions ?? []).filter(Boolean).map((r) => r.code);
  if (codes.length && !errors.length) return codes;
  // Department systems may not list regions; the gateway still checks the region their token names.
  const region = decodeJwt(tokenOf(req)).region;
  if (typeof region === 'string' && region) return [region];
  throw new Open311Error(403, 'no jurisdiction is visible to you; pass jurisdiction_id');
}

/** GET requests.json: by ids (other filters ignored, as the spec says), or by service_code, status and dates under a jurisdiction. */
export async function listRequests(req: Request, url: GraphUrl) {
  const ids = list(req, 'service_request_id');
  if (ids) {
    if (ids.length > MAX_REQUESTS || ids.some((id) => !/^\d{1,10}$/.test(id))) throw new Open311Error(400, `service_request_id takes up to ${MAX_REQUESTS} numeric ids, comma-separated`);
    const query = `query(${ids.map((_, i) => `$i${i}: ID!`).join(', ')}) { ${ids.map((_, i) => `r${i}: case(id: $i${i}) { ${CASE_FIELDS} }`).join(' ')} }`;
    const { data } = await graph<Record<string, CaseRow | null>>(req, url, query, Object.fromEntries(ids.map((id, i) => [`i${i}`, id])));
    return ids.map((_, i) => data[`r${i}`]).filter((c): c is CaseRow => !!c).map(toServiceRequest);
  }
  const codes = list(req, 'service_code') ?? [null];
  for (const c of codes) if (c !== null && !SERVICE_CODES.has(c)) throw new Open311Error(400, `service_code "${c}" is not a service of this endpoint; GET services.json lists them`);
  const statuses = list(req, 'status') ?? [];
  if (statuses.some((s) => s !== 'open' && s !== 'closed')) throw new Open311Error(400, 'status must be open, closed or both (comma-separated)');
  const states = statuses.length === 1 ? statesFor(statuses[0]) : null;
  const from = dateParam(req, 'start_date');
  const to = dateParam(req, 'end_date');
  const given = param(req, 'jurisdiction_id');
  if (given && !/^(\d{6}|\d{9}|\d{12}|\d{15})$/.test(given)) throw new Open311Error(400, 'jurisdiction_id must be a 6-, 9- or 12-digit region code or a 15-digit grid code');
  const places = given ? [given] : await defaultJurisdictions(req, url);
  const pairs = places.flatMap((u) => codes.map((c) => [u, c] as const));
  const query = `query($states: [CaseState!], $from: DateTimeISO, $to: DateTimeISO, ${pairs.map((_, i) => `$u${i}: String!, $c${i}: CaseCategory`).join(', ')}) {
    ${pairs.map((_, i) => `q${i}: cases(under: $u${i}, category: $c${i}, states: $states, reportedFrom: $from, reportedTo: $to, limit: ${MAX_REQUESTS}) { items { ${CASE_FIELDS} } }`).join('\n')} }`;
  const variables: Record<string, unknown> = { states, from: from ?? null, to: to ?? null };
  pairs.forEach(([u, c], i) => { variables[`u${i}`] = u; variables[`c${i}`] = c; });
  const { data } = await graph<Record<string, { items: CaseRow[] }>>(req, url, query, variables);
  const byId = new Map<string, CaseRow>();
  for (const page of Object.values(data)) for (const c of page.items) byId.set(c.id, c);
  return [...byId.values()].sort((a, b) => b.reportedAt.localeCompare(a.reportedAt) || Number(b.id) - Number(a.id)).slice(0, MAX_REQUESTS).map(toServiceRequest);
}
