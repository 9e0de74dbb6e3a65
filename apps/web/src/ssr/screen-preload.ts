import { isValidElement } from 'react';
import { matchRoutes } from 'react-router';
import { appRouteObjects } from '../app';

function loaderOf(element: unknown): (() => Promise<unknown>) | null {
  if (!isValidElement(element)) return null;
  const type: unknown = element.type;
  if ((typeof type !== 'object' && typeof type !== 'function') || type === null || !('load' in type)) return null;
  return typeof type.load === 'function' ? (type.load as () => Promise<unknown>) : null;
}

/**
 * Loads the code of the screens an address shows, before a server-rendered page is hydrated:
 * hydration then draws them at once instead of suspending over the server's HTML.
 */
export async function loadScreensOf(pathname: string): Promise<void> {
  const matches = matchRoutes(appRouteObjects, pathname) ?? [];
  await Promise.all(matches.map((match) => loaderOf(match.route.element)?.()));
}
