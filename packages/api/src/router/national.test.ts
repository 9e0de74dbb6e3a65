import { describe, expect, it } from 'vitest';
import { createTestWorld, publicCaller } from '../testing';

describe('national.summary', () => {
  const { db } = createTestWorld();
  const api = publicCaller(db);

  it('sums every region from public data: comuni, stages today, 12-month take-up, late milestones', async () => {
    const summary = await api.national.summary();
    expect(summary).toMatchObject({ today: '2024-07-15', asOf: '2024-06', window: { from: '2023-07', to: '2024-06' } });
    // The world's one region: its figures are the whole country's.
    const lombardia = {
      comuni: 3,
      population: 4500,
      // Alfa: mensa switched off, TARI back to digital first (its 2099 switch-off is not in force); Beta and Gamma: mensa hybrid.
      stageCounts: { paper: 0, hybrid: 2, digital_first: 1, switched_off: 1 },
      // Public services only: 450 + 5 + 6 digital of 500 + 50 + 10 (the internal "segreto" is left out).
      takeUp: { value: 461 / 560, n: 560 },
      // TARI solo pagoPA (Alfa) and Beta in ritardo; the internal milestone does not count.
      lateMilestones: 2,
      // Formazione sportello, re-planned past its baseline and not yet due, still counts against Alfa.
      slippedMilestones: 1,
      doneLateMilestones: 0,
      // TARI 121 days (2024-01-01 → 2024-05-01) and Formazione 61; Beta's plan moved earlier counts 0.
      slippageDays: 182,
      replans: 1,
    };
    expect(summary.regions).toEqual([{ region: 'Lombardia', ...lombardia }]);
    expect(summary.totals).toEqual({ regions: 1, ...lombardia });
    expect(summary.takeUpByMonth).toHaveLength(12);
    expect(summary.takeUpByMonth.find((m) => m.month === '2024-04')).toEqual({
      month: '2024-04',
      online: null,
      assisted: null,
      paper: null,
      takeUp: null,
    });
    expect(summary.takeUpByMonth.find((m) => m.month === '2024-06')).toMatchObject({
      online: 86,
      assisted: 11,
      paper: 23,
    });
  });

  it('is the same for everyone and never carries internal data', async () => {
    const json = JSON.stringify(await api.national.summary());
    expect(json).not.toContain('segreto');
    expect(json).not.toContain('visibility');
  });

  it('counts a stage from the day it takes effect', async () => {
    const later = publicCaller(db, '2099-01-02');
    const summary = await later.national.summary();
    expect(summary.totals.stageCounts).toEqual({ paper: 0, hybrid: 2, digital_first: 0, switched_off: 2 });
    const earlier = await publicCaller(db, '2016-02-01').national.summary();
    // Before its hybrid stage, Beta's mensa has none; Alfa's two services were on paper.
    expect(earlier.totals.stageCounts).toEqual({ paper: 2, hybrid: 0, digital_first: 0, switched_off: 0 });
  });
});

describe('comuni.list', () => {
  const { db } = createTestWorld();
  const api = publicCaller(db);

  it('lists comuni by name with their consortium, and how many match', async () => {
    const all = await api.comuni.list();
    expect(all.total).toBe(3);
    expect(all.comuni.map((c) => c.name)).toEqual(['Alfa', 'Beta', 'Gamma']);
    expect(all.comuni[0]).toEqual({
      istat: '019001',
      name: 'Alfa',
      provinceCode: 'CR',
      region: 'Lombardia',
      population: 3000,
      consortium: { slug: 'consorzio-test', name: 'Consorzio Test' },
    });
  });

  it('filters by consortium, by a part of the name or the start of the ISTAT code, and limits', async () => {
    expect((await api.comuni.list({ consortium: 'altro-consorzio' })).comuni.map((c) => c.istat)).toEqual(['098001']);
    expect((await api.comuni.list({ search: 'ET' })).comuni.map((c) => c.name)).toEqual(['Beta']);
    expect((await api.comuni.list({ search: '0190' })).comuni.map((c) => c.name)).toEqual(['Alfa', 'Beta']);
    expect((await api.comuni.list({ search: '%' })).total).toBe(0);
    expect(await api.comuni.list({ limit: 1 })).toMatchObject({ total: 3, comuni: [{ name: 'Alfa' }] });
    expect((await api.comuni.list({ consortium: 'nessuno' })).comuni).toEqual([]);
  });

  it('refuses a limit over 200', async () => {
    await expect(api.comuni.list({ limit: 201 })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
