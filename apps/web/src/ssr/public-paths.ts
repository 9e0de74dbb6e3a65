import { matchPath } from 'react-router';

/**
 * The screens the server renders for visitors: the public transparency view. Staff screens
 * (imports, the figures grid, changes, administration) stay drawn by the browser.
 */
const PUBLIC_SCREENS = [
  '/',
  '/italia',
  '/regioni/:code',
  '/province/:code',
  '/consorzi/:slug',
  '/consorzi/:slug/servizi/:service',
  '/comuni/:istat',
  '/comuni/:istat/servizi/:slug',
  '/comuni/:istat/roadmap',
  '/comuni/:istat/relazione',
  '/accedi',
] as const;

/** Addresses of the SPA's other screens, which the browser draws (everything else is not found). */
const BROWSER_SCREENS = [
  '/consorzi/:slug/importa',
  '/comuni/:istat/servizi/:slug/dati',
  '/comuni/:istat/modifiche',
  '/comuni/:istat/importa',
  '/comuni/:istat/servizi-iniziali',
  '/profilo',
  '/i-miei-comuni',
  '/amministrazione/*',
] as const;

const PUBLIC_PATTERNS: ReadonlySet<string> = new Set(PUBLIC_SCREENS);

/**
 * How the server answers a page address: rendered, the browser's shell, or rendered as not found.
 * `pattern` is the one of the SPA's route the address matched (`matchBranch`): a public screen is
 * known by it, without matching the address against every pattern again.
 */
export function pageKind(pathname: string, pattern: string | null): 'public' | 'browser' | 'not-found' {
  // A file the SPA does not have (/favicon.ico, asked by browsers on the server's own pages):
  // answered as before, by the shell, not by a rendered "not found".
  if (/\.[a-z0-9]+$/i.test(pathname)) return 'browser';
  if (pattern !== null && PUBLIC_PATTERNS.has(pattern)) return 'public';
  if (BROWSER_SCREENS.some((screen) => matchPath(screen, pathname))) return 'browser';
  return 'not-found';
}
