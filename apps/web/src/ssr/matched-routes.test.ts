import { matchRoutes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { appRouteObjects } from '../app';
import { matchBranch } from './matched-routes';
import { pageKind } from './public-paths';

const ADDRESSES = [
  '/',
  '/italia',
  '/regioni/03',
  '/province/001',
  '/consorzi/consorzio-torino',
  '/consorzi/consorzio-torino/servizi/anagrafe',
  '/consorzi/consorzio-torino/importa',
  '/comuni/001272',
  '/comuni/001272/',
  '/COMUNI/001272',
  '/comuni/001272/servizi/anagrafe',
  '/comuni/001272/servizi/anagrafe/dati',
  '/comuni/001272/roadmap',
  '/comuni/001272/relazione',
  '/comuni/001272/modifiche',
  '/accedi',
  '/profilo',
  '/amministrazione',
  '/amministrazione/utenti',
  '/amministrazione/sconosciuta',
  '/nessuna/pagina',
  '/comuni/001272/altro',
];

/** A match as the router draws it: the routes by id, the parameters, the matched paths. */
const drawn = (matches: ReturnType<typeof matchRoutes>) =>
  matches?.map((m) => ({ id: m.route.id, params: m.params, pathname: m.pathname, base: m.pathnameBase }));

describe('matchBranch', () => {
  it.each([...ADDRESSES, '/%63omuni/001272', '//comuni/001272', '/Italia', '/consorzi', '/comuni'])(
    '%s: the branch alone matches as all the routes do',
    (address) => {
      const branch = matchBranch(appRouteObjects, address);
      expect(branch).not.toBeNull();
      expect(drawn(matchRoutes(branch?.routes ?? [], address))).toEqual(drawn(matchRoutes(appRouteObjects, address)));
    },
  );

  it('names the pattern matched and keeps one branch per screen', () => {
    expect(matchBranch(appRouteObjects, '/comuni/001272')?.pattern).toBe('/comuni/:istat');
    expect(matchBranch(appRouteObjects, '/')?.pattern).toBe('/');
    expect(matchBranch(appRouteObjects, '/nessuna/pagina')?.pattern).toBe('/*');
    expect(matchBranch(appRouteObjects, '/comuni/001272')?.routes).toBe(
      matchBranch(appRouteObjects, '/comuni/015146')?.routes,
    );
  });
});

describe('pageKind', () => {
  const kind = (address: string) => pageKind(address, matchBranch(appRouteObjects, address)?.pattern ?? null);

  it('renders the public screens, leaves the staff screens to the browser, the rest is not found', () => {
    expect(ADDRESSES.map((address) => [address, kind(address)])).toEqual([
      ['/', 'public'],
      ['/italia', 'public'],
      ['/regioni/03', 'public'],
      ['/province/001', 'public'],
      ['/consorzi/consorzio-torino', 'public'],
      ['/consorzi/consorzio-torino/servizi/anagrafe', 'public'],
      ['/consorzi/consorzio-torino/importa', 'browser'],
      ['/comuni/001272', 'public'],
      ['/comuni/001272/', 'public'],
      ['/COMUNI/001272', 'public'],
      ['/comuni/001272/servizi/anagrafe', 'public'],
      ['/comuni/001272/servizi/anagrafe/dati', 'browser'],
      ['/comuni/001272/roadmap', 'public'],
      ['/comuni/001272/relazione', 'public'],
      ['/comuni/001272/modifiche', 'browser'],
      ['/accedi', 'public'],
      ['/profilo', 'browser'],
      ['/amministrazione', 'browser'],
      ['/amministrazione/utenti', 'browser'],
      ['/amministrazione/sconosciuta', 'browser'],
      ['/nessuna/pagina', 'not-found'],
      ['/comuni/001272/altro', 'not-found'],
    ]);
    expect(kind('/favicon.ico')).toBe('browser');
  });
});
