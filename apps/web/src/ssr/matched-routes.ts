import { matchRoutes, type RouteObject } from 'react-router';

/** The routes along one matched branch, by the route it ends at: made once per screen. */
const branches = new WeakMap<RouteObject, RouteObject[]>();

/**
 * The routes an address matches, as a tree holding that branch alone, and the branch's pattern
 * (`/comuni/:istat`). The server's render gives the tree to `useRoutes`, which then matches the
 * address again among one branch instead of flattening and ranking every route of the SPA on
 * each render of each page (about 6% of a comune page's render, and of its allocations); the
 * match is the same, as the tree holds the branch the full routes chose. Null when nothing matches.
 */
export function matchBranch(
  routes: RouteObject[],
  pathname: string,
): { routes: RouteObject[]; pattern: string } | null {
  const matches = matchRoutes(routes, pathname);
  const leaf = matches?.at(-1)?.route;
  if (matches === null || leaf === undefined) return null;
  let branch = branches.get(leaf);
  if (branch === undefined) {
    branch = [leaf];
    for (const { route } of matches.slice(0, -1).reverse()) {
      // A route with routes below it is never an index route (were it one, all the routes serve).
      if (route.index) {
        branch = routes;
        break;
      }
      branch = [{ ...route, children: branch }];
    }
    branches.set(leaf, branch);
  }
  const segments = matches.flatMap(({ route }) => (route.path ? [route.path] : []));
  return { routes: branch, pattern: `/${segments.join('/')}` };
}
