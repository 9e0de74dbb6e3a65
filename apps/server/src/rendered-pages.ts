import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { appRouter, createContextInner } from '@switchoff/api';
import { loadPageEntry, type PageEntry, type ReadBudget } from '@switchoff/api/server';
import { type Db, readDataVersion } from '@switchoff/db';
import type { NextFunction, Request, Response } from 'express';
import { type PreparedPage, preparePage, sendPreparedPage } from './prepared-page';
import { createRenderedPageCache } from './rendered-page-cache';
import { readSessionToken } from './session-cookie';

/** The built server entry beside the built SPA (`apps/web/dist-ssr/entry-server.js`), or null. */
export function pageEntryPath(webDir: string): string | null {
  const path = join(dirname(webDir), 'dist-ssr', 'entry-server.js');
  return existsSync(path) ? path : null;
}

/** Pages each worker keeps (about 80 KB each: a comune's overview). */
const RENDERED_PAGES_KEPT = 200;

/**
 * Public screens rendered on the server for visitors (no session cookie), with the SPA's own
 * components and the answers of the procedures they read, called in process with a visitor's
 * context: the first response holds the page. A person logged in, a staff screen, or an answer
 * that failed for a reason other than "not found" get the SPA's shell (`next()`), which the
 * browser draws. Pages are public answers: an ETag and 304 on revalidation (prepared-page.ts).
 * A page rendered is kept until the data or the day change (rendered-page-cache.ts): rendering
 * costs milliseconds of CPU, a kept page microseconds.
 */
export function renderedPages(options: {
  db: Db;
  webDir: string;
  entryPath: string;
  today?: (() => string) | undefined;
  now: () => Date;
  operator: string | null;
  readBudget: ReadBudget;
}) {
  const template = readFileSync(join(options.webDir, 'index.html'), 'utf8');
  const cache = createRenderedPageCache<PreparedPage>(RENDERED_PAGES_KEPT);
  let entry: Promise<PageEntry> | null = null;
  return async (req: Request, res: Response, next: NextFunction) => {
    if (readSessionToken(req) !== null) {
      next();
      return;
    }
    try {
      const visitor = createContextInner({
        db: options.db,
        today: options.today,
        now: options.now,
        operator: options.operator,
        readBudget: options.readBudget,
        session: {
          clientAddress: req.ip ?? 'unknown',
          token: null,
          setSessionToken: () => {},
          clearSessionToken: () => {},
        },
      });
      const url = req.originalUrl;
      const mark = `${readDataVersion(options.db)}|${visitor.today()}`;
      // A page not kept is rendered once, whoever else asks for it meanwhile (rendered-page-cache.ts).
      const page = await cache.obtain(url, mark, async () => {
        entry ??= loadPageEntry(options.entryPath);
        const { renderPage } = await entry;
        const rendered = await renderPage({ url, template, router: appRouter, createContext: async () => visitor });
        return rendered === null ? null : preparePage(rendered);
      });
      if (page === null) {
        next();
        return;
      }
      sendPreparedPage(req, res, page);
    } catch (error) {
      // The browser can still draw the page: a failed render costs speed, never the page.
      console.error(`render ${req.originalUrl}:`, error);
      next();
    }
  };
}
