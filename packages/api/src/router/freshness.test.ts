import { schema } from '@switchoff/db';
import { describe, expect, it } from 'vitest';
import { createTestWorld, publicCaller } from '../testing';

/** Alfa's TARI gets figures up to March 2024 only (three months behind June), Beta's mensa two years old. */
function staleWorld() {
  const world = createTestWorld();
  const { db, ids } = world;
  for (const month of ['2024-02', '2024-03']) {
    db.insert(schema.monthlyFigures).values({ serviceId: ids.tariAlfa, month, online: 5, assisted: 0, paper: 5 }).run();
  }
  db.$client.prepare("DELETE FROM monthly_figures WHERE service_id = ? AND month > '2022-06'").run(ids.mensaBeta);
  db.insert(schema.monthlyFigures)
    .values({ serviceId: ids.mensaBeta, month: '2022-06', online: 1, assisted: 0, paper: 9 })
    .run();
  return world;
}

describe('data freshness ("dati non aggiornati")', () => {
  const { db } = staleWorld();
  const api = publicCaller(db); // today 2024-07-15: the last complete month is 2024-06

  it('flags each service of the overview, with its last month even beyond the trend window', async () => {
    const overview = await api.comuni.overview({ istat: '019001' });
    expect(overview.services.map((s) => [s.slug, s.lastMonth, s.stale])).toEqual([
      ['mensa', '2024-06', false],
      ['tari', '2024-03', true],
    ]);
    expect(overview.staleServices).toBe(1);
    const beta = await api.comuni.overview({ istat: '019002' });
    expect(beta.services[0]).toMatchObject({ lastMonth: '2022-06', stale: true });
  });

  it('flags the service page', async () => {
    expect(await api.services.get({ istat: '019001', slug: 'tari' })).toMatchObject({
      lastMonth: '2024-03',
      stale: true,
    });
    expect(await api.services.get({ istat: '019001', slug: 'mensa' })).toMatchObject({
      lastMonth: '2024-06',
      stale: false,
    });
  });

  it('counts stale services per comune in the portfolio', async () => {
    const portfolio = await api.consortia.portfolio({ slug: 'consorzio-test' });
    expect(portfolio.comuni.map((c) => [c.name, c.staleServices])).toEqual([
      ['Alfa', 1],
      ['Beta', 1],
    ]);
    expect(portfolio.totals.staleServices).toBe(2);
  });

  it('flags each comune of one service across the consortium', async () => {
    const across = await api.consortia.serviceAcross({ consortium: 'consorzio-test', service: 'mensa-scolastica' });
    expect(across.comuni.map((c) => [c.name, c.lastMonth, c.stale])).toEqual([
      ['Alfa', '2024-06', false],
      ['Beta', '2022-06', true],
    ]);
  });

  it('does not call a service without any figures stale', async () => {
    const { db: fresh } = createTestWorld();
    const overview = await publicCaller(fresh).comuni.overview({ istat: '019001' });
    expect(overview.services.find((s) => s.slug === 'tari')).toMatchObject({ lastMonth: null, stale: false });
  });

  it('moves with the calendar: in October June is three months behind September', async () => {
    const later = publicCaller(db, '2024-10-15');
    const overview = await later.comuni.overview({ istat: '019001' });
    expect(overview.services.map((s) => s.stale)).toEqual([true, true]);
  });
});
