import { type ComponentProps, createElement } from 'react';
import { Link as RouterLink } from 'react-router';

type LinkProps = ComponentProps<typeof RouterLink>;

/** The router's own props, which the anchor does not carry (`target` is written after `href`). */
const ROUTER_PROPS: ReadonlySet<string> = new Set([
  'to',
  'target',
  'discover',
  'prefetch',
  'reloadDocument',
  'mask',
  'relative',
  'replace',
  'state',
  'preventScrollReset',
  'viewTransition',
  'defaultShouldRevalidate',
  'onClick',
  'ref',
]);

/**
 * A path from the root that React Router writes unchanged as the link's href: segments that do
 * not start with a dot (no `.` or `..` to resolve), no double or back slash, and a query or hash
 * that is not empty (a lone `?` or `#` would be dropped).
 */
const PLAIN_PATH = /^\/(?:[^/\\.?#][^/\\?#]*(?:\/[^/\\.?#][^/\\?#]*)*\/?)?(?:\?[^#]+)?(?:#.+)?$/;

/**
 * React Router's `Link` as the server writes it: `<a href data-discover="true">`, the same
 * attributes in the same order, without the router's hooks (resolving the path, the click and
 * prefetch handlers, the navigator), which the server never runs. A comune page has about 90
 * links: with the router's `Link` they were about 15% of its render. The server's bundle gets it
 * in place of the router's (`vite-ssr-links.ts`); the browser keeps the router's, which takes the
 * page over at hydration. A link this does not write exactly as the router would (a relative
 * path, a `to` object, prefetching, a document reload, a mask) is the router's own.
 */
export function ServerLink(props: LinkProps) {
  const { to, discover, prefetch, reloadDocument, mask } = props;
  const plain =
    typeof to === 'string' &&
    PLAIN_PATH.test(to) &&
    (discover ?? 'render') === 'render' &&
    (prefetch ?? 'none') === 'none' &&
    !reloadDocument &&
    mask === undefined;
  if (!plain) return <RouterLink {...props} />;
  // The anchor's attributes in the order given, then href, target and data-discover as the
  // router writes them: copied by a loop (an object rest leaving out fourteen names took about
  // 2% of a comune page's render).
  const anchor: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(props)) if (!ROUTER_PROPS.has(name)) anchor[name] = value;
  anchor.href = to;
  anchor.target = props.target;
  anchor['data-discover'] = 'true';
  return createElement('a', anchor);
}
