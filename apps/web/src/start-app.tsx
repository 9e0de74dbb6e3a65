// The SPA in the browser, loaded by main.tsx at once: it hydrates that
// page (its answers into the cache, its screen's code loaded first) or draws a screen itself.
import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App, createQueryClient } from './app';
import { loadStoredDictionary } from './i18n/i18n';
import { hydratePageState, readPageState } from './ssr/page-state';
import { loadScreensOf } from './ssr/screen-preload';

/**
 * A page that does not hydrate as the server wrote it is a bug: said on the console (the browser
 * tests fail on it) and on the document, for the tests to read.
 */
function reportHydrationError(error: unknown) {
  document.documentElement.dataset.hydrationError = 'true';
  console.error('Hydration error:', error);
}

const root = document.getElementById('root');
const state = readPageState(document);
if (root && state) {
  // A page the server rendered: its answers go into the cache, its screen's code is loaded, then
  // React takes over the HTML already on screen. The page is in Italian as the server wrote it;
  // a language the visitor chose is read after hydration (I18nProvider's followStoredLocale): the
  // first read of localStorage waits on the browser's storage (a synchronous call, 3-25 ms of the
  // start-up task in Lighthouse's traces, four times that on its phone).
  const queryClient = createQueryClient();
  hydratePageState(queryClient, state, Date.now());
  void loadScreensOf(window.location.pathname).then(() => {
    // Hydrated as a transition: React works in slices of a few milliseconds and lets the
    // browser answer in between, instead of one long task over the whole page (a phone's
    // taps and scrolls wait for no more than a slice).
    startTransition(() => {
      hydrateRoot(
        root,
        <StrictMode>
          <App queryClient={queryClient} serverRendered />
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
        <App />
      </StrictMode>,
    );
  });
}
