import type { Request } from 'express';
import { SERVICES, SERVICE_CODES, STATE_NOTES, open311Status } from './catalog';
import { Open311Error } from './errors';
import { graph, type GraphUrl } from './graph';
import { jurisdictionOf } from './jurisdiction';

/** The fields of a case a GeoReport service request shows. */
export const CASE_FIELDS =
  'id title description category state gridCode address latitude longitude mediaUrl reportedAt stateEnteredAt dueAt department { name }';

export interface CaseRow {
  id: string;
  title: string;
  description: string | null;
  category: string;
  state: string;
  gridCode: string;
  address: string | null;
  latitude: number | null;
  longitude: number | null;
  mediaUrl: string | null;
  reportedAt: string;
  stateEnteredAt: string;
  dueAt: string | null;
  department: { name: string } | null;
}

/** A case as a GeoReport v2 service request; `grid_code` is our one extension. */
export function toServiceRequest(c: CaseRow) {
  return {
    service_request_id: c.id,
    status: open311Status(c.state),
    status_notes: `${c.state} ${STATE_NOTES[c.state] ?? ''}`.trim(),
    service_name: SERVICES.find((s) => s.service_code === c.category)?.service_name ?? c.category,
    service_code: c.category,
    description: c.description ?? c.title,
    agency_responsible: c.department?.name ?? `网格 grid ${c.gridCode}`,
    service_notice: null,
    requested_datetime: c.reportedAt,
    updated_datetime: c.stateEnteredAt,
    expected_datetime: c.dueAt,
    address: c.address,
    address_id: null,
    zipcode: null,
    lat: c.latitude,
    long: c.longitude,
    media_url: c.mediaUrl,
    grid_code: c.gridCode,
  };
}

const field = (req: Request, name: string): string | undefined => {
  const v = (req.body as Record<string, unknown> | undefined)?.[name] ?? req.query[name];
  return typeof v === 'string' && v.trim() !== ''
    ? v.trim()
    : typeof v === 'number'
      ? String(v)
      : undefined;
};

/** `attribute[grid_code]`: parsed as a nested object from a form, or given flat or nested in JSON; optional. */
function gridCodeOf(req: Request): string | undefined {
  const body = (req.body ?? {}) as Record<string, any>;
  const code =
    body.attribute?.grid_code ??
    body['attribute[grid_code]'] ??
    (req.query.attribute as Record<string, unknown> | undefined)?.grid_code;
  if (code == null || code === '') return undefined;
  if (typeof code !== 'string' || !/^\d{15}$/.test(code))
    throw new Open311Error(
      400,
      'attribute[grid_code] must be the 15-digit code of the grid where the problem is',
    );
  return code;
}

/** lat/long as the spec has them: decimal WGS-84 degrees, both or neither. */
function coordinatesOf(req: Request): { latitude: number; longitude: number } | null {
  const [lat, long] = [field(req, 'lat'), field(req, 'long')];
  if (lat == null && long == null) return null;
  const [latitude, longitude] = [Number(lat), Number(long)];
  if (
    lat == null ||
    long == null ||
    !Number.isFinite(latitude) ||
    !Number.isFinite(longitude) ||
    Math.abs(latitude) > 90 ||
    Math.abs(longitude) > 180
  ) {
    throw new Open311Error(
      400,
      'lat and long go together, as decimal degrees: lat -90 to 90, long -180 to 180',
    );
  }
  return { latitude, longitude };
}

function mediaUrlOf(req: Request): string | undefined {
  const url = field(req, 'media_url');
  if (url && (!/^https?:\/\/\S+$/.test(url) || url.length > 500))
    throw new Open311Error(400, 'media_url must be an http(s) URL of at most 500 characters');
  return url;
}

function serviceCodeOf(raw: string | undefined): string {
  if (!raw) throw new Open311Error(400, 'service_code is required; GET services.json lists them');
  if (!SERVICE_CODES.has(raw))
    throw new Open311Error(
      400,
      `service_code "${raw}" is not a service of this endpoint; GET services.json lists them`,
    );
  return raw;
}

/** POST requests.json: checks the GeoReport fields, then reportCase through the gateway with the caller's token. */
export async function createRequest(req: Request, url: GraphUrl) {
  const category = serviceCodeOf(field(req, 'service_code'));
  const point = coordinatesOf(req);
  const mediaUrl = mediaUrlOf(req);
  const given = gridCodeOf(req);
  const jurisdiction = jurisdictionOf(req);
  if (!given && !point)
    throw new Open311Error(400, 'say where: lat and long, or attribute[grid_code]');
  let gridCode = given;
  if (!gridCode) {
    const { data } = await graph<{ gridCodeAt: string | null }>(
      req,
      url,
      'query($la: Float!, $lo: Float!) { gridCodeAt(latitude: $la, longitude: $lo) }',
      { la: point!.latitude, lo: point!.longitude },
    );
    // No grid there and a grid outside the caller's reach answer alike.
    if (!data.gridCodeAt)
      throw new Open311Error(
        400,
        'no grid of yours contains this lat/long; pass attribute[grid_code]',
      );
    gridCode = data.gridCodeAt;
  }
  if (jurisdiction && !gridCode.startsWith(jurisdiction))
    throw new Open311Error(400, 'the place is not within jurisdiction_id');
  const description = field(req, 'description');
  const service = SERVICES.find((s) => s.service_code === category)!;
  const name = [field(req, 'last_name'), field(req, 'first_name')].filter(Boolean).join('');
  const input = {
    gridCode,
    category,
    source: 'RESIDENT',
    title: description
      ? [...description].slice(0, 40).join('')
      : service.service_name.split(' ')[0],
    ...(description ? { description } : {}),
    ...(name ? { reporterName: name } : {}),
    ...(field(req, 'phone') ? { reporterPhone: field(req, 'phone') } : {}),
    ...(field(req, 'address_string') ? { address: field(req, 'address_string') } : {}),
    ...(point ?? {}),
    ...(mediaUrl ? { mediaUrl } : {}),
  };
  const { data } = await graph<{ reportCase: { id: string; state: string } }>(
    req,
    url,
    'mutation($input: ReportCaseInput!) { reportCase(input: $input) { id state } }',
    { input },
  );
  return [
    {
      service_request_id: data.reportCase.id,
      service_notice: `${STATE_NOTES[data.reportCase.state]}`,
      account_id: null,
    },
  ];
}

/** GET requests/<id>.json: one case through `case(id)`; FORBIDDEN is 403, absent is 404. */
export async function getRequest(req: Request, url: GraphUrl, id: string) {
  const jurisdiction = jurisdictionOf(req);
  const { data } = await graph<{ case: CaseRow | null }>(
    req,
    url,
    `query($id: ID!) { case(id: $id) { ${CASE_FIELDS} } }`,
    { id },
  );
  if (!data.case || (jurisdiction && !data.case.gridCode.startsWith(jurisdiction)))
    throw new Open311Error(404, `service_request_id ${id} not found`);
  return [toServiceRequest(data.case)];
}
