/**
 * Whether a published dataset's address is a search on its portal (`…/browse?q=…`, `…/search?q=…`) rather
 * than the dataset itself: the demo knows how many datasets a comune published, not their addresses, so it
 * links a search, and the screen must say it is one.
 */
export function isPortalSearch(url: string): boolean {
  let address: URL;
  try {
    address = new URL(url);
  } catch {
    return false;
  }
  return address.searchParams.has('q') || /\/(browse|search|ricerca)\/?$/.test(address.pathname);
}
