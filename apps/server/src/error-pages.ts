import type { ErrorRequestHandler } from 'express';
import { answerDatabaseBusy } from './refusals';

/** The status an error asks for (express.static's 404 and 403, a body parser's 413), 500 otherwise. */
function statusOf(error: unknown): number {
  const status =
    typeof error === 'object' && error !== null
      ? ((error as { status?: unknown }).status ?? (error as { statusCode?: unknown }).statusCode)
      : undefined;
  return typeof status === 'number' && status >= 400 && status <= 599 ? status : 500;
}

/** What each status is called on the page, in Italian then English; anything else reads as a fault. */
const TITLES: Record<number, [string, string]> = {
  400: ['Richiesta non valida', 'Bad request'],
  403: ['Accesso negato', 'Forbidden'],
  404: ['Pagina non trovata', 'Page not found'],
  405: ['Metodo non consentito', 'Method not allowed'],
  413: ['Richiesta troppo grande', 'Request too large'],
};
const FAULT: [string, string] = ['Errore del server', 'Server error'];

function page(status: number, [italian, english]: [string, string]): string {
  return `<!doctype html>
<html lang="it">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${status} ${italian} – Switch-off</title></head>
<body>
<main>
<h1>${italian}</h1>
<p lang="en">${english} (${status})</p>
<p><a href="/">Torna alla pagina iniziale</a> · <a href="/" lang="en">Home page</a></p>
</main>
</body>
</html>
`;
}

/**
 * The app's last handler: an error Express or a middleware passed on (an asset that does not
 * exist, a path that climbs out of the assets' folder) becomes a short page with its status and
 * nothing else — no stack, no file path, whatever NODE_ENV says; a database kept busy by another
 * connection is a 503 with Retry-After. Faults (5xx) are logged here.
 */
export const errorPages: ErrorRequestHandler = (error, req, res, next) => {
  if (res.headersSent) {
    next(error);
    return;
  }
  if (answerDatabaseBusy(res, error)) return;
  const status = statusOf(error);
  if (status >= 500) console.error(`${req.method} ${req.path}:`, error);
  const title = TITLES[status] ?? (status >= 500 ? FAULT : (TITLES[400] ?? FAULT));
  res.status(status);
  res.setHeader('Cache-Control', 'no-store');
  if (req.path.startsWith('/api/') || req.path.startsWith('/opendata/')) {
    res.json({ error: { message: title[0] } });
    return;
  }
  res.type('html').send(page(status, title));
};
