import { fileURLToPath } from 'node:url';
import type { Plugin as VitePlugin } from 'vite';

const SERVER_ROUTER = fileURLToPath(new URL('./src/ssr/server-router.ts', import.meta.url));
const SERVER_LINK = fileURLToPath(new URL('./src/ssr/server-link.tsx', import.meta.url));

/**
 * Vite plugin for the server's render (`vite build --ssr`): the screens' `react-router` imports
 * resolve to `src/ssr/server-router.ts`, the router with a `Link` that writes the same `<a>`
 * without running the router's hooks (`server-link.tsx`: about 15% of a comune page's render, 90
 * links). The screens keep importing `Link` from `react-router`; the browser's bundle and the
 * tests (no SSR build) keep the router's own.
 */
export function serverLinks(): VitePlugin {
  return {
    name: 'switchoff:server-links',
    apply: (_config, { command, isSsrBuild }) => command === 'build' && isSsrBuild === true,
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== 'react-router' || importer === SERVER_ROUTER || importer === SERVER_LINK) return null;
      return SERVER_ROUTER;
    },
  };
}

const ROUTER_PRODUCTION = fileURLToPath(
  new URL('./node_modules/react-router/dist/production/index.mjs', import.meta.url),
);

/**
 * Vite plugin for both builds: `react-router` resolves to its production build. The package's
 * `exports` name only `dist/development` (remix-run/react-router#14102), whose checks and warnings
 * run on every render; Vite's production build cannot drop them, as React's are dropped by
 * `process.env.NODE_ENV`. Listed after `serverLinks`, which takes the screens' imports first.
 */
export function productionRouter(): VitePlugin {
  return {
    name: 'switchoff:production-router',
    apply: 'build',
    enforce: 'pre',
    resolveId: (source) => (source === 'react-router' ? ROUTER_PRODUCTION : null),
  };
}
