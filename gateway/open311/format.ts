import type { Response } from 'express';
import { XMLBuilder } from 'fast-xml-parser';
import { Open311Error } from './errors';

export type Format = 'json' | 'xml';

/** GeoReport v2 names the format by the file extension; XML is the spec's default. */
export function formatOf(ext: string): Format {
  if (ext === 'json' || ext === 'xml') return ext;
  throw new Open311Error(400, `format "${ext}" is not supported; use .json or .xml`);
}

const builder = new XMLBuilder({ ignoreAttributes: true, format: false, suppressEmptyNode: false });

/** The element name of each list member, as the spec's XML examples spell them. */
const MEMBER: Record<string, string> = {
  services: 'service',
  service_requests: 'request',
  errors: 'error',
  endpoints: 'endpoint',
  formats: 'format',
  attributes: 'attribute',
  values: 'value',
  service_request_ids: 'request',
};

/** JSON arrays become repeated child elements named by the list's member name (GeoReport's XML shape). */
function toXmlTree(value: unknown, listName: string): unknown {
  if (Array.isArray(value))
    return { [MEMBER[listName] ?? 'item']: value.map((v) => toXmlTree(v, listName)) };
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toXmlTree(v, k)]));
  }
  return value === null || value === undefined ? '' : value;
}

export function xmlOf(root: string, value: unknown): string {
  return `<?xml version="1.0" encoding="utf-8"?>${builder.build({ [root]: toXmlTree(value, root) })}`;
}

/** Sends `value` in the asked format; `root` is the XML document element (services, service_requests, ...). */
export function send(
  res: Response,
  format: Format,
  root: string,
  value: unknown,
  status = 200,
): void {
  res.status(status);
  if (format === 'xml') res.type('application/xml; charset=utf-8').send(xmlOf(root, value));
  else res.json(value);
}
