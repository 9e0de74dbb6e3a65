import type { ElementType } from 'react';
import { renderToString } from 'react-dom/server';
import { Link, StaticRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { ServerLink } from './server-link';

type Props = Parameters<typeof ServerLink>[0];

/** A link as the server writes it, at an address two levels down (relative paths resolve from there). */
const write = (LinkComponent: ElementType<Props>, props: Props) =>
  renderToString(
    <StaticRouter location="/comuni/019081/roadmap?x=1">
      <LinkComponent {...props} />
    </StaticRouter>,
  );

describe('ServerLink', () => {
  it('writes the same markup as the router’s Link, for every kind of `to` and the attributes the app passes', () => {
    const cases: Props[] = [
      { to: '/', children: 'Home' },
      { to: '/comuni/019081', className: 'fw-semibold', children: 'Cremona' },
      { to: '/comuni/019081/servizi/tari?mese=2026-11#dati', 'aria-label': 'TARI', title: 't', children: 'x' },
      { to: '/consorzi/consorzio-torino/', children: 'trailing slash' },
      { to: '/a/./b/../c', children: 'dot segments' },
      { to: '/a//b', children: 'double slash' },
      { to: '/a?', children: 'empty query' },
      { to: '/a#', children: 'empty hash' },
      { to: 'roadmap', children: 'relative' },
      { to: '../servizi', children: 'up' },
      { to: '?mese=2026-10', children: 'query only' },
      { to: { pathname: '/comuni/019081', search: '?a=1' }, children: 'object' },
      { to: 'https://www.example.org/x', children: 'external' },
      { to: '//example.org/x', children: 'protocol-relative' },
      { to: '/x', target: '_blank', rel: 'noopener', children: 'target' },
      { to: '/x', reloadDocument: true, children: 'reload' },
      { to: '/x', discover: 'none', children: 'no discover' },
      { to: '/x', replace: true, state: { a: 1 }, preventScrollReset: true, children: 'click options' },
    ];
    for (const props of cases) {
      expect(write(ServerLink, props), JSON.stringify(props.to)).toBe(write(Link, props));
    }
  });
});
