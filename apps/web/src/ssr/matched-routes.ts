import { matchRoutes, type RouteObject } from 'react-router';

/** The routes along one matched branch, by the route it ends at: made once per screen. */
const branches = new WeakMap<RouteObject, RouteObject[]>();

/** The routes an address can match, by its first segment (lower case), made once per segment. */
const bySegment = new WeakMap<RouteObject[], Map<string, RouteObject[]>>();

/** Whether a route's path can match an address whose first segment is `segment`. */
function mayMatch(path: string, segment: string): boolean {
  const first = path.replace(/^\//, '').split('/')[0] ?? '';
  return first === '' || /^[:*]|\?$/.test(first) || first.toLowerCase() === segment;
}

/**
 * The routes without those that start with another fixed segment (`consorzi/…` for `/comuni/…`),
 * which cannot match the address: React Router then flattens and ranks a third of the SPA's routes.
 * A route without a path (the layout) keeps, of its children, those that may match.
 */
function routesFor(routes: RouteObject[], segment: string): RouteObject[] {
  return routes.flatMap((route): RouteObject[] => {
    if (route.path !== undefined) return mayMatch(route.path, segment) ? [route] : [];
    if (route.index || route.children === undefined) return [route];
    return [{ ...route, children: routesFor(route.children, segment) }];
  });
}

function candidates(routes: RouteObject[], pathname: string): RouteObject[] {
  const segment = pathname.replace(/^\/+/, '').split('/')[0]?.toLowerCase() ?? '';
  // An encoded segment is decoded by the router before matching: all the routes then.
  if (segment.includes('%')) return routes;
  let cache = bySegment.get(routes);
  if (cache === undefined) {
    cache = new Map();
    bySegment.set(routes, cache);
  }
  let kept = cache.get(segment);
  if (kept === undefined) {
    kept = routesFor(routes, segment);
    // Segments no route starts with share the routes that start with a parameter: a bounded cache.
    if (cache.size < 64) cache.set(segment, kept);
  }
  return kept;
}

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
  const matches = matchRoutes(candidates(routes, pathname), pathname);
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
