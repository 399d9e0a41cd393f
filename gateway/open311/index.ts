import express, { type Request, type Response, type NextFunction } from 'express';
import { SERVICES } from './catalog';
import { Open311Error, sendError } from './errors';
import { selfUrl, type GraphUrl } from './graph';
import { createRequest, getRequest } from './requests';
import { listRequests } from './list';

export interface Open311Options {
  /** The gateway's GraphQL endpoint; by default the server this router is mounted on (its own local address). */
  graphqlUrl?: GraphUrl;
}

/** JSON only: GeoReport also defines XML, which no client of ours asked for. */
function jsonOnly(format: string): void {
  if (format !== 'json') throw new Open311Error(400, `format "${format}" is not supported; use .json`);
}

const handle = (fn: (req: Request, res: Response) => Promise<void> | void) => (req: Request, res: Response) => {
  Promise.resolve(fn(req, res)).catch((err) => {
    if (err instanceof Open311Error) sendError(res, err);
    else sendError(res, new Open311Error(500, 'internal error'));
  });
};

/**
 * The Open311 GeoReport v2 facade under /open311/v2. Every request and case goes through the
 * gateway's GraphQL endpoint with the caller's own token, so the graph's auth and jurisdiction apply.
 */
export function mountOpen311(app: express.Express, opts: Open311Options = {}): void {
  const url = opts.graphqlUrl ?? selfUrl;
  const router = express.Router();
  router.use(express.urlencoded({ extended: true, limit: '64kb' }), express.json({ limit: '64kb' }));

  // The service list is public, as in GeoReport: it names categories, never a case.
  router.get('/services.:format', handle((req, res) => {
    jsonOnly(String(req.params.format));
    res.json(SERVICES);
  }));
  router.post('/requests.:format', handle(async (req, res) => {
    jsonOnly(String(req.params.format));
    res.status(201).json(await createRequest(req, url));
  }));
  router.get('/requests.:format', handle(async (req, res) => {
    jsonOnly(String(req.params.format));
    res.json(await listRequests(req, url));
  }));
  router.get('/requests/:file', handle(async (req, res) => {
    const m = String(req.params.file).match(/^(.+)\.(\w+)$/);
    if (!m) throw new Open311Error(404, 'use /requests/<service_request_id>.json');
    jsonOnly(m[2]);
    if (!/^\d{1,10}$/.test(m[1])) throw new Open311Error(400, `service_request_id "${m[1]}" must be a number`);
    res.json(await getRequest(req, url, m[1]));
  }));
  router.use((_req: Request, res: Response) => sendError(res, new Open311Error(404, 'no such GeoReport v2 resource')));
  router.use((err: { status?: number }, _req: Request, res: Response, _next: NextFunction) => {
    sendError(res, new Open311Error(400, err?.status === 413 ? 'request body is too large' : 'request body is not valid JSON or form data'));
  });
  app.use('/open311/v2', router);
}
