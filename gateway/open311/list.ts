import type { Request } from 'express';
import { decodeJwt } from 'jose';
import { SERVICE_CODES, statesFor } from './catalog';
import { Open311Error } from './errors';
import { graph, tokenOf, type GraphUrl } from './graph';
import { CASE_FIELDS, toServiceRequest, type CaseRow } from './requests';
import { jurisdictionOf } from './jurisdiction';

/** GeoReport: no more than 1000 requests per answer; the graph gives 100 rows per call. */
export const MAX_REQUESTS = 1000;
const GRAPH_PAGE = 100;
/** Ids are asked as aliases of one query: the gateway allows 30. */
const MAX_IDS = 25;
const DEFAULT_PAGE_SIZE = 100;
/** GeoReport: without dates, the last 90 days. */
const DEFAULT_WINDOW_MS = 90 * 24 * 3600_000;

function intParam(req: Request, name: string, fallback: number, max: number): number {
  const raw = param(req, name);
  if (raw === undefined) return fallback;
  if (!/^\d{1,6}$/.test(raw) || Number(raw) < 1 || Number(raw) > max)
    throw new Open311Error(400, `${name} must be a whole number from 1 to ${max}`);
  return Number(raw);
}

const param = (req: Request, name: string): string | undefined => {
  const v = req.query[name];
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
};
const list = (req: Request, name: string) =>
  param(req, name)
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function dateParam(req: Request, name: string): string | undefined {
  const raw = param(req, name);
  if (raw && Number.isNaN(Date.parse(raw)))
    throw new Open311Error(
      400,
      `${name} must be a W3C (ISO 8601) date-time, e.g. 2026-11-01T00:00:00Z`,
    );
  return raw ? new Date(raw).toISOString() : undefined;
}

/** Where to look when the client names no jurisdiction: the root regions the caller can see, else its token's region. */
async function defaultJurisdictions(req: Request, url: GraphUrl): Promise<string[]> {
  const seen = await graph<{ rootRegions: { code: string }[] | null }>(
    req,
    url,
    '{ rootRegions { code } }',
    {},
    ['FORBIDDEN'],
  ).catch((err) => {
    if (err instanceof Open311Error && err.status === 403) return null;
    throw err;
  });
  const codes = (seen?.data.rootRegions ?? []).filter(Boolean).map((r) => r.code);
  if (codes.length && !seen?.errors.length) return codes;
  // Department systems may not list regions; the gateway still checks the region their token names.
  const region = decodeJwt(tokenOf(req)).region;
  if (typeof region === 'string' && region) return [region];
  throw new Open311Error(403, 'no jurisdiction is visible to you; pass jurisdiction_id');
}

/** GET requests.json: by ids (other filters ignored, as the spec says), or by service_code, status and dates under a jurisdiction. */
export async function listRequests(req: Request, url: GraphUrl) {
  const ids = list(req, 'service_request_id');
  if (ids) {
    if (ids.length > MAX_IDS || ids.some((id) => !/^\d{1,10}$/.test(id)))
      throw new Open311Error(
        400,
        `service_request_id takes up to ${MAX_IDS} numeric ids, comma-separated`,
      );
    const query = `query(${ids.map((_, i) => `$i${i}: ID!`).join(', ')}) { ${ids.map((_, i) => `r${i}: case(id: $i${i}) { ${CASE_FIELDS} }`).join(' ')} }`;
    const { data } = await graph<Record<string, CaseRow | null>>(
      req,
      url,
      query,
      Object.fromEntries(ids.map((id, i) => [`i${i}`, id])),
    );
    return ids
      .map((_, i) => data[`r${i}`])
      .filter((c): c is CaseRow => !!c)
      .map(toServiceRequest);
  }
  const codes = list(req, 'service_code') ?? [null];
  for (const c of codes)
    if (c !== null && !SERVICE_CODES.has(c))
      throw new Open311Error(
        400,
        `service_code "${c}" is not a service of this endpoint; GET services.json lists them`,
      );
  const statuses = list(req, 'status') ?? [];
  if (statuses.some((s) => s !== 'open' && s !== 'closed'))
    throw new Open311Error(400, 'status must be open, closed or both (comma-separated)');
  const states = statuses.length === 1 ? statesFor(statuses[0]) : null;
  const to = dateParam(req, 'end_date');
  const from =
    dateParam(req, 'start_date') ??
    (to ? undefined : new Date(Date.now() - DEFAULT_WINDOW_MS).toISOString());
  const pageSize = intParam(req, 'page_size', DEFAULT_PAGE_SIZE, MAX_REQUESTS);
  const page = intParam(req, 'page', 1, 1000);
  const needed = Math.min(page * pageSize, 10 * MAX_REQUESTS);
  if (page * pageSize > needed)
    throw new Open311Error(
      400,
      `page × page_size may reach ${10 * MAX_REQUESTS} requests at most; narrow the dates`,
    );
  const given = jurisdictionOf(req);
  const places = given ? [given] : await defaultJurisdictions(req, url);
  const pairs = places.flatMap((u) => codes.map((c) => [u, c] as const));
  const byId = new Map<string, CaseRow>();
  // Each (place, service) list is newest first: its first `needed` rows hold every row of the asked page.
  let open = pairs.map((_, i) => i);
  for (let offset = 0; offset < needed && open.length; offset += GRAPH_PAGE) {
    const query = `query($states: [CaseState!], $from: DateTimeISO, $to: DateTimeISO, ${open.map((i) => `$u${i}: String!, $c${i}: CaseCategory`).join(', ')}) {
      ${open.map((i) => `q${i}: cases(under: $u${i}, category: $c${i}, states: $states, reportedFrom: $from, reportedTo: $to, limit: ${GRAPH_PAGE}, offset: ${offset}) { hasMore items { ${CASE_FIELDS} } }`).join('\n')} }`;
    const variables: Record<string, unknown> = { states, from: from ?? null, to: to ?? null };
    for (const i of open) {
      variables[`u${i}`] = pairs[i][0];
      variables[`c${i}`] = pairs[i][1];
    }
    const { data } = await graph<Record<string, { hasMore: boolean; items: CaseRow[] }>>(
      req,
      url,
      query,
      variables,
    );
    for (const c of Object.values(data).flatMap((p) => p.items)) byId.set(c.id, c);
    open = open.filter((i) => data[`q${i}`].hasMore);
  }
  const sorted = [...byId.values()].sort(
    (a, b) => b.reportedAt.localeCompare(a.reportedAt) || Number(b.id) - Number(a.id),
  );
  return sorted.slice((page - 1) * pageSize, page * pageSize).map(toServiceRequest);
}
