import express, { type Request, type Response, type NextFunction } from 'express';
import { SERVICES, SERVICE_CODES, serviceDefinition } from './catalog';
import { Open311Error, sendError } from './errors';
import { formatOf, send, type Format } from './format';
import { selfUrl, type GraphUrl } from './graph';
import { createRequest, getRequest } from './requests';
import { listRequests } from './list';
import { discovery } from './discovery';
import { jurisdictionOf } from './jurisdiction';

export interface Open311Options {
  /** The gateway's GraphQL endpoint; by default the server this router is mounted on (its own local address). */
  graphqlUrl?: GraphUrl;
}

/** The format a failed request gets its error in: the extension it asked for, JSON when that is unreadable. */
const formatAsked = (req: Request): Format => (/\.xml(\?|$)/.test(req.path) ? 'xml' : 'json');

const handle =
  (fn: (req: Request, res: Response) => Promise<void> | void) => (req: Request, res: Response) => {
    Promise.resolve(fn(req, res)).catch((err) => {
      sendError(
        res,
        err instanceof Open311Error ? err : new Open311Error(500, 'internal error'),
        formatAsked(req),
      );
    });
  };

/** `<name>.<format>` as GeoReport spells resources: services/FACILITY.xml, requests/42.json. */
function split(file: string): [string, Format] {
  const m = file.match(/^(.+)\.(\w+)$/);
  if (!m) throw new Open311Error(404, 'name the format: .json or .xml');
  return [m[1], formatOf(m[2])];
}

/**
 * The Open311 GeoReport v2 facade under /open311/v2, JSON and XML. Every request and case goes through
 * the gateway's GraphQL endpoint with the caller's own token, so the graph's auth and jurisdiction apply.
 */
export function mountOpen311(app: express.Express, opts: Open311Options = {}): void {
  const url = opts.graphqlUrl ?? selfUrl;
  const router = express.Router();
  router.use(
    express.urlencoded({ extended: true, limit: '64kb' }),
    express.json({ limit: '64kb' }),
  );

  router.get(
    '/discovery.:format',
    handle((req, res) =>
      send(res, formatOf(String(req.params.format)), 'discovery', discovery(req)),
    ),
  );
  // The service list and definitions are public, as in GeoReport: they name categories, never a case.
  router.get(
    '/services.:format',
    handle((req, res) => {
      const format = formatOf(String(req.params.format));
      jurisdictionOf(req);
      send(res, format, 'services', SERVICES);
    }),
  );
  router.get(
    '/services/:file',
    handle((req, res) => {
      const [code, format] = split(String(req.params.file));
      jurisdictionOf(req);
      if (!SERVICE_CODES.has(code))
        throw new Open311Error(
          404,
          `service_code "${code}" is not a service of this endpoint; GET services.json lists them`,
        );
      send(res, format, 'service_definition', serviceDefinition(code));
    }),
  );
  router.post(
    '/requests.:format',
    handle(async (req, res) => {
      const format = formatOf(String(req.params.format));
      send(res, format, 'service_requests', await createRequest(req, url), 201);
    }),
  );
  router.get(
    '/requests.:format',
    handle(async (req, res) => {
      const format = formatOf(String(req.params.format));
      send(res, format, 'service_requests', await listRequests(req, url));
    }),
  );
  router.get(
    '/requests/:file',
    handle(async (req, res) => {
      const [id, format] = split(String(req.params.file));
      if (!/^\d{1,10}$/.test(id))
        throw new Open311Error(400, `service_request_id "${id}" must be a number`);
      send(res, format, 'service_requests', await getRequest(req, url, id));
    }),
  );
  router.use((req: Request, res: Response) =>
    sendError(res, new Open311Error(404, 'no such GeoReport v2 resource'), formatAsked(req)),
  );
  router.use((err: { status?: number }, req: Request, res: Response, _next: NextFunction) => {
    sendError(
      res,
      new Open311Error(
        400,
        err?.status === 413
          ? 'request body is too large'
          : 'request body is not valid JSON or form data',
      ),
      formatAsked(req),
    );
  });
  app.use('/open311/v2', router);
}
