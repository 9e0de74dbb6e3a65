import { type DehydratedState, hydrate, type QueryClient } from '@tanstack/react-query';
import { PAGE_STATE_ID } from './page-state-id';

export { PAGE_STATE_ID };

/**
 * The dehydrated query cache as the text of a JSON script element: `<` is escaped so no answer
 * (a comune's note, a service's name) can close the element; not run, so the CSP allows it.
 */
export function pageStateScript(state: DehydratedState): string {
  const json = JSON.stringify(state).replace(/</g, '\\u003c');
  return `<script type="application/json" id="${PAGE_STATE_ID}">${json}</script>`;
}

/**
 * The page's answers dated now: the server writes them undated (a page revalidated by its ETag
 * is as fresh as a new one), and the cache counts their freshness from when the browser read them.
 */
function datePageState(state: DehydratedState, now: number): DehydratedState {
  return {
    ...state,
    queries: state.queries.map((query) => ({
      ...query,
      dehydratedAt: now,
      state: {
        ...query.state,
        dataUpdatedAt: query.state.status === 'success' ? now : 0,
        errorUpdatedAt: query.state.status === 'error' ? now : 0,
      },
    })),
  };
}

/** The state a server-rendered page carries, or null for the client-rendered shell. */
export function readPageState(doc: Document): DehydratedState | null {
  const text = doc.getElementById(PAGE_STATE_ID)?.textContent;
  if (!text) return null;
  try {
    return JSON.parse(text) as DehydratedState;
  } catch {
    return null;
  }
}

/**
 * Puts a rendered page's answers into the browser's cache, dated now. A refusal the page shows
 * (a comune not found) is not asked again while the page hydrates: the first render must draw
 * what the server drew, not a spinner.
 */
export function hydratePageState(queryClient: QueryClient, state: DehydratedState, now: number): void {
  for (const query of state.queries) {
    if (query.state.status === 'error') queryClient.setQueryDefaults(query.queryKey, { retryOnMount: false });
  }
  hydrate(queryClient, datePageState(state, now));
}
