import { pathToFileURL } from 'node:url';
import type { Context } from './context';
import type { AppRouter } from './root';

/** A page the web app's server entry rendered: its status (404 for an unknown address) and HTML. */
export type RenderedPage = { status: number; html: string };

/**
 * What the web app's server entry (apps/web/src/entry-server.tsx, built to dist-ssr/) exports:
 * public screens rendered with this router called in process. The server renders pages with it
 * and the bench times it, so the contract is written here, once.
 */
export type PageEntry = {
  loadAllScreens: () => Promise<void>;
  renderPage: (input: {
    url: string;
    template: string;
    router: AppRouter;
    createContext: () => Promise<Context>;
  }) => Promise<RenderedPage | null>;
};

function isPageEntry(module: unknown): module is PageEntry {
  if (typeof module !== 'object' || module === null) return false;
  return (
    'renderPage' in module &&
    typeof module.renderPage === 'function' &&
    'loadAllScreens' in module &&
    typeof module.loadAllScreens === 'function'
  );
}

/** The built server entry at `path`, with every screen's code loaded once: no render waits for a chunk. */
export async function loadPageEntry(path: string): Promise<PageEntry> {
  const module: unknown = await import(pathToFileURL(path).href);
  if (!isPageEntry(module)) throw new Error(`${path} is not the web app's server entry`);
  await module.loadAllScreens();
  return module;
}
