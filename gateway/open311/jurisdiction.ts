import type { Request } from 'express';
import { Open311Error } from './errors';

/**
 * `jurisdiction_id` (GeoReport: which city an endpoint serving several means). Here it is a region
 * or grid code, accepted on every resource: lists are narrowed to it and a POST must fall inside it.
 */
export function jurisdictionOf(req: Request): string | undefined {
  const raw =
    req.query.jurisdiction_id ?? (req.body as Record<string, unknown> | undefined)?.jurisdiction_id;
  if (raw == null || raw === '') return undefined;
  if (typeof raw !== 'string' || !/^(\d{6}|\d{9}|\d{12}|\d{15})$/.test(raw.trim())) {
    throw new Open311Error(
      400,
      'jurisdiction_id must be a 6-, 9- or 12-digit region code or a 15-digit grid code',
    );
  }
  return raw.trim();
}
