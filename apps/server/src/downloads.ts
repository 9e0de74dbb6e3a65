import { createReadStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createCaller, createContextInner } from '@switchoff/api';
import {
  authorOf,
  backupAccess,
  backupFilename,
  errorData,
  loadSessionUser,
  recordDatabaseEvent,
} from '@switchoff/api/server';
import type { Db } from '@switchoff/db';
import { backupDatabase } from '@switchoff/db/backup';
import { appMessage } from '@switchoff/domain';
import { TRPCError } from '@trpc/server';
import { getHTTPStatusCodeFromError } from '@trpc/server/http';
import express, { type Request, type Response } from 'express';
import { answerDatabaseBusy, sendRefusal } from './refusals';
import { readSessionToken } from './session-cookie';

export type DownloadOptions = {
  db: Db;
  today?: (() => string) | undefined;
  now: () => Date;
  operator: string | null;
  /** Writes the backup to a file: in a worker thread in the server (job-threads.ts); here when absent (tests). */
  backup?: ((target: string) => Promise<{ bytes: number }>) | undefined;
};

/** A download is for the person at the keyboard: another site cannot start one for them. */
function fromAnotherSite(req: Request): boolean {
  const site = req.get('sec-fetch-site');
  return site !== undefined && site !== 'same-origin' && site !== 'none';
}

const EXPORT_FILES = { 'dati-mensili.csv': 'figures', 'traguardi.csv': 'milestones' } as const;
/** A comune's change history of a month, as the change history screen filters it. */
const HISTORY_FILE = 'modifiche.csv';

/**
 * Files for logged-in staff, as plain GET links (`<a href download>`):
 * - GET /api/export/dati-mensili.csv|traguardi.csv?istat=019081 (or ?consortium=slug, &from=YYYY-MM&to=YYYY-MM):
 *   the same CSV as `exports.csv`, for the comune's or consortium's staff;
 * - GET /api/export/modifiche.csv?istat=019081&mese=YYYY-MM&tipo=milestones&persona=…: the comune's
 *   change history of a month as `history.monthCsv` writes it, for the same staff as the screen;
 * - GET /api/backup: a consistent copy of the whole database, for the admins of the consortium
 *   that runs the installation (every consortium's data is in it), recorded in the audit log.
 */
export function downloadsRouter(options: DownloadOptions): express.Router {
  const { db, now } = options;
  const backup = options.backup ?? ((target: string) => backupDatabase(db, target));
  const router = express.Router();

  router.get('/export/:file', async (req, res) => {
    const file = req.params.file;
    const kind = EXPORT_FILES[file as keyof typeof EXPORT_FILES];
    if (!kind && file !== HISTORY_FILE) {
      sendRefusal(res, 404, appMessage('export.fileNotFound', { file }));
      return;
    }
    if (fromAnotherSite(req)) {
      sendRefusal(res, 403, appMessage('access.crossSite'));
      return;
    }
    const user = loadSessionUser(db, readSessionToken(req), now());
    const api = createCaller(createContextInner({ db, today: options.today, now, user, operator: options.operator }));
    const query = (name: string) => (typeof req.query[name] === 'string' ? (req.query[name] as string) : undefined);
    const given = (name: string, key: string) => (query(name) !== undefined ? { [key]: query(name) } : {});
    const istat = query('istat');
    const consortium = query('consortium');
    try {
      const answer = kind
        ? await api.exports.csv({
            scope: istat !== undefined ? { istat } : { consortium: consortium ?? '' },
            kind,
            ...given('from', 'from'),
            ...given('to', 'to'),
          })
        : // The change history's filters, named as on the screen's address.
          await api.history.monthCsv({
            istat: istat ?? '',
            ...given('mese', 'month'),
            ...given('tipo', 'kind'),
            ...given('persona', 'person'),
          });
      res.setHeader('Content-Type', answer.contentType);
      res.setHeader('Content-Disposition', `attachment; filename="${answer.filename}"`);
      res.send(answer.csv);
    } catch (error) {
      if (answerDatabaseBusy(res, error)) return;
      if (!(error instanceof TRPCError)) throw error;
      res.status(getHTTPStatusCodeFromError(error)).json({ error: error.message, ...errorData(error) });
    }
  });

  router.get('/backup', async (req: Request, res: Response) => {
    if (fromAnotherSite(req)) {
      sendRefusal(res, 403, appMessage('access.crossSite'));
      return;
    }
    const user = loadSessionUser(db, readSessionToken(req), now());
    const access = backupAccess(db, user, options.operator);
    if (!user || !access.allowed) {
      sendRefusal(res, user ? 403 : 401, access.reason ?? appMessage('auth.loginRequired'));
      return;
    }
    const filename = backupFilename(now());
    const folder = mkdtempSync(join(tmpdir(), 'switchoff-backup-'));
    const path = join(folder, filename);
    const cleanUp = () => rmSync(folder, { recursive: true, force: true });
    try {
      const { bytes } = await backup(path);
      recordDatabaseEvent(db, {
        author: authorOf(user),
        action: 'backup',
        details: { filename, bytes, via: 'browser' },
      });
      res.setHeader('Content-Type', 'application/vnd.sqlite3');
      res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
      res.setHeader('Content-Length', String(bytes));
      const stream = createReadStream(path);
      stream.on('close', cleanUp);
      stream.on('error', (error) => {
        console.error('backup download:', error);
        res.destroy(error);
      });
      stream.pipe(res);
    } catch (error) {
      cleanUp();
      if (answerDatabaseBusy(res, error)) return;
      console.error('backup:', error);
      sendRefusal(res, 500, appMessage('backup.failed'));
    }
  });
  return router;
}
