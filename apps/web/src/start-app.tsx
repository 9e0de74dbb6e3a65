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
  // A page the server rendered: its answers go into the cache, its screen's code (and the
  // dictionary of a language the visitor chose) is loaded,
  // then React takes over the HTML already on screen.
  const queryClient = createQueryClient();
  hydratePageState(queryClient, state, Date.now());
  void Promise.all([loadScreensOf(window.location.pathname), loadStoredDictionary()]).then(() => {
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
