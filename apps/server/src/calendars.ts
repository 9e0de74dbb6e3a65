import { accountCalendar, comuneCalendar, comuneFeed, findCalendarOwner } from '@switchoff/api/server';
import type { Db } from '@switchoff/db';
import { todayIso } from '@switchoff/domain';
import { TRPCError } from '@trpc/server';
import { type Request, type Response, Router } from 'express';

export type CalendarOptions = {
  db: Db;
  today?: (() => string) | undefined;
  now: () => Date;
  /** SWITCHOFF_PUBLIC_URL; null: the address the request came to. */
  publicUrl: string | null;
};

/** Calendars and feeds change when editors work: kept five minutes, like open data. */
const PUBLIC_CACHE = 'public, max-age=300';

function baseUrl(req: Request, publicUrl: string | null): string {
  return publicUrl ?? `${req.protocol}://${req.get('host') ?? 'localhost'}`;
}

function notFoundPage(res: Response, text: string): void {
  res.status(404).setHeader('Cache-Control', 'no-store').type('text/plain; charset=utf-8').send(text);
}

/** Answers with `make()`; an unknown comune is a 404, anything else is logged and a 500. */
function answer(res: Response, type: string, cache: string, make: () => string): void {
  try {
    const body = make();
    res.setHeader('Cache-Control', cache);
    res.type(type).send(body);
  } catch (error) {
    if (error instanceof TRPCError && error.code === 'NOT_FOUND') {
      notFoundPage(res, error.message);
      return;
    }
    console.error('calendars:', error);
    res.status(500).type('text/plain; charset=utf-8').send('Errore interno');
  }
}

/**
 * `/comuni/:istat/roadmap.ics` (public milestones, iCalendar), `/comuni/:istat/feed.atom` (public
 * changes, Atom) and `/calendario/<token>.ics`, a person's private calendar with internal
 * milestones: the secret token is the access, so a revoked one (or a disabled account's) is a 404.
 */
export function calendarsRouter(options: CalendarOptions): Router {
  const { db } = options;
  const today = options.today ?? todayIso;
  const router = Router();
  router.get('/comuni/:istat/roadmap.ics', (req, res) => {
    const params = { istat: req.params.istat, today: today(), baseUrl: baseUrl(req, options.publicUrl) };
    answer(res, 'text/calendar; charset=utf-8', PUBLIC_CACHE, () =>
      comuneCalendar(db, { ...params, stamp: options.now() }),
    );
  });
  router.get('/comuni/:istat/feed.atom', (req, res) => {
    const params = { istat: req.params.istat, today: today(), baseUrl: baseUrl(req, options.publicUrl) };
    answer(res, 'application/atom+xml; charset=utf-8', PUBLIC_CACHE, () => comuneFeed(db, params));
  });
  router.get('/calendario/:file', (req, res) => {
    const secret = /^(.+)\.ics$/.exec(req.params.file)?.[1] ?? '';
    const user = findCalendarOwner(db, secret);
    if (user === null) {
      notFoundPage(res, 'Calendario inesistente o revocato: creane uno nuovo dal tuo profilo in Switch-off.');
      return;
    }
    const params = { user, today: today(), baseUrl: baseUrl(req, options.publicUrl), stamp: options.now() };
    answer(res, 'text/calendar; charset=utf-8', 'private, no-store', () => accountCalendar(db, params));
  });
  return router;
}
