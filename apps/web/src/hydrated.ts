import { useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => {};

/**
 * False while the server renders a page and while the browser hydrates it, true from then on
 * (and at once for screens the browser draws itself): what depends on code or measures only the
 * browser has is drawn after hydration, so the first render matches the server's HTML.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
