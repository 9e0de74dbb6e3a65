import { beforeAll, describe, expect, it } from 'vitest';
import { addNationalRows } from '../national.testing';
import { createTestWorld, publicCaller } from '../testing';

describe('italy: every comune from national open data', () => {
  const world = createTestWorld();
  beforeAll(() => addNationalRows(world.db));

  it('shows a comune no consortium tracks: registry, PNRR measures with source and date, derived platforms', async () => {
    const page = await publicCaller(world.db).italy.comune({ istat: '019081' });
    expect(page.comune).toMatchObject({ name: 'Ripalta Cremasca', provinceCode: 'CR', ipaCode: 'c_h315' });
    expect(page.trackedBy).toBeNull();
    expect(page.entered).toEqual([]);
    expect(page.applications.map((a) => [a.measure, a.state, a.stateDate, a.amountCents, a.snapshotDate])).toEqual([
      ['1.4.1', 'A', '2023-01-03', 7_992_200, '2025-01-09'],
      ['1.4.5', 'E', '2026-03-09', 2_314_700, '2026-08-22'],
    ]);
    expect(page.applications[1]?.history).toEqual([{ state: 'E', stateDate: '2026-03-09' }]);
    expect(page.derived).toEqual([
      { platform: 'website', state: 'in_progress', measure: '1.4.1', date: '2023-01-03' },
      { platform: 'send', state: 'active', measure: '1.4.5', date: '2026-03-09' },
    ]);
    expect(page.source).toMatchObject({
      licence: 'CC BY 4.0',
      publisher: 'Dipartimento per la trasformazione digitale',
    });
    expect(page.snapshots).toEqual(['2025-01-09', '2026-08-22']);
  });

  it('keeps what a consortium entered by hand beside what national data derives, each on its own', async () => {
    const page = await publicCaller(world.db).italy.comune({ istat: '019001' });
    expect(page.trackedBy).toEqual({ slug: 'consorzio-test', name: 'Consorzio Test', istat: '019001' });
    expect(page.derived).toContainEqual({ platform: 'send', state: 'active', measure: '1.4.5', date: '2026-03-09' });
    expect(page.entered.length).toBeGreaterThan(0);
    expect(page.entered.every((p) => Object.keys(p).join() === 'platform,state,activationDate')).toBe(true);
  });

  it('finds a comune by the code it had before (Sassari, 090064, now 112050)', async () => {
    const page = await publicCaller(world.db).italy.comune({ istat: '090064' });
    expect(page.comune).toMatchObject({ istatCode: '112050', name: 'Sassari', formerIstat: '090064' });
    expect(page.applications.map((a) => [a.measure, a.stateDate])).toEqual([
      ['1.4.1', '2023-01-03'],
      ['1.4.5', '2024-12-05'],
    ]);
  });

  it('answers an unknown code with NOT_FOUND and a malformed one with BAD_REQUEST', async () => {
    const api = publicCaller(world.db);
    await expect(api.italy.comune({ istat: '999999' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(api.italy.comune({ istat: 'abc' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(api.italy.search({ q: '   ' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });

  it('finds comuni by name or ISTAT code, accents, case and punctuation aside', async () => {
    const api = publicCaller(world.db);
    const names = async (q: string) => (await api.italy.search({ q })).hits.map((h) => h.name);
    expect((await names('ripalta')).sort()).toEqual(['Ripalta Arpina', 'Ripalta Cremasca', 'Ripalta Guerina']);
    expect(await names('RIPALTA cremasca')).toEqual(['Ripalta Cremasca']);
    const [byCode, ...others] = (await api.italy.search({ q: '019081' })).hits;
    expect(others).toEqual([]);
    expect(Object.values(byCode ?? {})).toEqual(['019081', 'Ripalta Cremasca', 'CR', 'Lombardia', null, null]);
    expect(await names('forli')).toContain('Forlì');
    const santAngelo = await api.italy.search({ q: 'sant angelo' });
    expect(santAngelo.total).toBeGreaterThan(10);
    expect(santAngelo.hits).toHaveLength(10);
    expect(santAngelo.hits.every((h) => /Sant'Angelo/.test(h.name))).toBe(true);
    expect(await names('santangelo lodigiano')).toEqual(["Sant'Angelo Lodigiano"]);
    expect(await names('zzzz')).toEqual([]);
  });

  it('finds a comune merged since 2020 under its successor, by name or code, saying it was merged', async () => {
    const api = publicCaller(world.db);
    const bregano = await api.italy.search({ q: 'Bregano' });
    expect(bregano.hits).toEqual([
      {
        istat: '012144',
        name: 'Bardello con Malgesso e Bregano',
        provinceCode: 'VA',
        regionName: 'Lombardia',
        mergedName: 'Bregano',
        formerName: null,
      },
    ]);
    // The successor's own name matches too: one hit, by its best match (the ceased comune's whole name).
    const bardello = await api.italy.search({ q: 'bardello' });
    expect(bardello.hits.map((h) => [h.istat, h.mergedName])).toEqual([['012144', 'Bardello']]);
    expect((await api.italy.search({ q: 'bardello con' })).hits.map((h) => h.mergedName)).toEqual([null]);
    expect((await api.italy.search({ q: '012018' })).hits.map((h) => h.istat)).toEqual(['012144']);
    expect((await api.italy.search({ q: 'quero vas' })).hits.map((h) => h.name)).toEqual(['Setteville']);
  });

  it('finds a renamed comune by its current and its former name, saying what it was called', async () => {
    const api = publicCaller(world.db);
    const popoli = await api.italy.search({ q: 'Popoli' });
    expect(popoli.hits[0]).toMatchObject({ istat: '068033', name: 'Popoli Terme', formerName: 'Popoli' });
    expect((await api.italy.search({ q: 'popoli terme' })).hits[0]).toMatchObject({
      name: 'Popoli Terme',
      formerName: null,
    });
    expect((await api.italy.search({ q: 'tripi' })).hits[0]).toMatchObject({
      name: 'Tripi-Abakainon',
      formerName: 'Tripi',
    });
    expect((await api.italy.search({ q: 'ionadi' })).hits.map((h) => h.name)).toEqual(['Jonadi']);
    expect((await api.italy.search({ q: 'albaredo arnaboldi' })).hits[0]).toMatchObject({
      istat: '018026',
      name: 'Campospinoso Albaredo',
      mergedName: 'Albaredo Arnaboldi',
    });
    const page = await api.italy.comune({ istat: '068033' });
    expect(page).toMatchObject({ comune: { name: 'Popoli Terme' }, formerName: 'Popoli' });
    expect((await api.italy.comune({ istat: '019081' })).formerName).toBeNull();
  });

  it("leads a ceased comune's code to its successor's page, which names its predecessors", async () => {
    const api = publicCaller(world.db);
    const page = await api.italy.comune({ istat: '012018' });
    expect(page.comune).toMatchObject({ istatCode: '012144', name: 'Bardello con Malgesso e Bregano' });
    expect(page.comune.population).toBe(1550 + 839 + 1298);
    expect(page.reachedFrom).toEqual({ istat: '012018', name: 'Bregano' });
    expect(page.mergedFrom.map((c) => c.name)).toEqual(['Bardello', 'Bregano', 'Malgesso']);
    const own = await api.italy.comune({ istat: '012144' });
    expect(own.reachedFrom).toBeNull();
    expect((await api.italy.comune({ istat: '019081' })).mergedFrom).toEqual([]);
  });
});
