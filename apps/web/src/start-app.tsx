// The SPA in the browser, loaded by main.tsx at once: it hydrates that page (its answers into
// the cache, its screen's code loaded first) or draws a screen itself.
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';

/**
 * A page that does not hydrate as the server wrote it is a bug: said on the console (the browser
 * tests fail on it) and on the document, for the tests to read.
 */
function reportHydrationError(error: unknown) {
  document.documentElement.dataset.hydrationError = 'true';
  console.error('Hydration error:', error);
}

/** Lets the browser run what waits (a tap, a paint) before the next step of the start-up. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

// The app's code is evaluated in three tasks instead of one: React (this module's imports), the
// page's data (query cache, tRPC client), then the app (routes, layout, dictionaries). Evaluated
// together they were the longest task of a page's start-up (35-60 ms in Lighthouse's traces, four
// times that on its simulated phone). Each step's code is asked for when the one before has run,
// the page's data as soon as React has (it arrives and is evaluated in a task of its own).
const pageData = import('./page-data');
await nextTask();
const { createApiClient, createQueryClient, hydratePageState, readPageState } = await pageData;
const queryClient = createQueryClient();
const trpcClient = createApiClient();
const state = readPageState(document);
if (state) hydratePageState(queryClient, state, Date.now());
await nextTask();
const { App, loadScreensOf, loadStoredDictionary } = await import('./app-start');

const root = document.getElementById('root');
if (root && state) {
  // A page the server rendered: its answers go into the cache, its screen's code is loaded, then
  // React takes over the HTML already on screen. The page is in Italian as the server wrote it;
  // a language the visitor chose is read after hydration (I18nProvider's followStoredLocale): the
  // first read of localStorage waits on the browser's storage (a synchronous call, 3-25 ms of the
  // start-up task in Lighthouse's traces, four times that on its phone).
  void loadScreensOf(window.location.pathname).then(() => {
    // Hydrated as a transition: React works in slices of a few milliseconds and lets the
    // browser answer in between, instead of one long task over the whole page (a phone's
    // taps and scrolls wait for no more than a slice).
    startTransition(() => {
      hydrateRoot(
        root,
        <StrictMode>
          <App queryClient={queryClient} trpcClient={trpcClient} serverRendered />
        </StrictMode>,
        { onRecoverableError: reportHydrationError },
      );
    });
  });
} else if (root) {
  const shell = root;
  void loadStoredDictionary().then(() => {
    createRoot(shell).render(
      <StrictMode>
        <App queryClient={queryClient} trpcClient={trpcClient} />
      </StrictMode>,
    );
  });
}
