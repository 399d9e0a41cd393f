import express, { type Request, type Response } from 'express';
import { createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import { selfUrl } from '../open311/graph';
import { graphClient } from './graph-client';
import { importSheet } from './importer';
import { writeReport } from './report';
import { writeTemplate } from './template';
import { exportDashboard, exportList } from './exporter';
import { KINDS } from './kinds';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const MAX_UPLOAD_BYTES = 64 * 1024 * 1024;
const STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  TOO_LARGE: 413,
};

class SheetError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

function tokenOf(req: Request): string {
  const token = req.headers.authorization?.match(/^Bearer\s+(.+)$/i)?.[1];
  if (!token)
    throw new SheetError(
      'UNAUTHENTICATED',
      'a bearer token is required (Authorization: Bearer <token>)',
    );
  return token;
}

const handle =
  (fn: (req: Request, res: Response) => Promise<void>) => (req: Request, res: Response) => {
    fn(req, res).catch((err: { code?: string; message?: string }) => {
      const code =
        err.code && (STATUS[err.code] || err.code === 'CONFLICT')
          ? err.code
          : 'INTERNAL_SERVER_ERROR';
      if (!res.headersSent)
        res.status(STATUS[code] ?? (code === 'CONFLICT' ? 409 : 500)).json({
          error: {
            code,
            message: code === 'INTERNAL_SERVER_ERROR' ? 'internal error' : err.message,
          },
        });
      else res.destroy();
    });
  };

/** The upload, streamed to a private temporary file (never held in memory), refused past the size bound. */
async function saveUpload(req: Request, dir: string): Promise<string> {
  const path = join(
    dir,
    /csv/i.test(String(req.headers['content-type'])) ? 'upload.csv' : 'upload.xlsx',
  );
  let bytes = 0;
  const limit = new Transform({
    transform(chunk: Buffer, _enc, done) {
      bytes += chunk.length;
      done(
        bytes > MAX_UPLOAD_BYTES
          ? new SheetError('TOO_LARGE', `uploads are limited to ${MAX_UPLOAD_BYTES} bytes`)
          : null,
        chunk,
      );
    },
  });
  await pipeline(req, limit, createWriteStream(path));
  return path;
}

function sendWorkbook(res: Response, name: string) {
  res
    .status(200)
    .type(XLSX_TYPE)
    .setHeader('content-disposition', `attachment; filename="${name}.xlsx"`);
  return res;
}

/**
 * Spreadsheets on the gateway, under /sheets: import (POST the file as the body), templates, and
 * exports of any paginated list or a region's dashboard. Every one goes through the gateway's own
 * GraphQL endpoint with the caller's token, so jurisdiction, write rules and masking are the graph's.
 */
export function mountSheets(app: express.Express): void {
  const router = express.Router();
  router.post(
    '/import/:kind',
    handle(async (req, res) => {
      const kind = String(req.params.kind);
      if (!KINDS[kind])
        throw new SheetError(
          'BAD_USER_INPUT',
          `unknown kind "${kind}"; one of ${Object.keys(KINDS).join(', ')}`,
        );
      const graph = graphClient(selfUrl(req), tokenOf(req));
      const dir = mkdtempSync(join(tmpdir(), 'sheet-upload-'));
      try {
        const path = await saveUpload(req, dir);
        const flag = (k: string) => ['1', 'true'].includes(String(req.query[k] ?? ''));
        const report = await importSheet({
          kind,
          path,
          graph,
          dryRun: flag('dryRun'),
          partial: flag('partial'),
        });
        if (req.query.format === 'xlsx')
          await writeReport(report, sendWorkbook(res, `${kind}-report`));
        else res.status(200).json(report);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    }),
  );
  router.get(
    '/template/:kind',
    handle(async (req, res) => {
      const kind = String(req.params.kind);
      if (!KINDS[kind]) throw new SheetError('BAD_USER_INPUT', `unknown kind "${kind}"`);
      await writeTemplate(kind, sendWorkbook(res, `${kind}-template`));
    }),
  );
  router.get(
    '/export/:list',
    handle(async (req, res) => {
      const under = String(req.query.under ?? '');
      if (!/^\d{6,15}$/.test(under))
        throw new SheetError('BAD_USER_INPUT', 'under must be a region or grid code');
      const graph = graphClient(selfUrl(req), tokenOf(req));
      const list = String(req.params.list);
      // Asked once before the workbook starts, so a refusal is still a clean JSON error.
      const probe = await graph(
        'query SheetProbe($code: String!) { region(code: $code) { code } }',
        { code: under.slice(0, 12) },
      );
      const e = probe.errors?.[0];
      if (e && e.extensions?.code !== 'NOT_FOUND')
        throw new SheetError(String(e.extensions?.code ?? 'BAD_USER_INPUT'), e.message);
      if (list === 'dashboard')
        await exportDashboard(graph, under, sendWorkbook(res, `dashboard-${under}`));
      else await exportList(graph, list, under, sendWorkbook(res, `${list}-${under}`));
    }),
  );
  app.use('/sheets', router);
}
