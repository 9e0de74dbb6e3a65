import { describe, expect, it } from 'vitest';
import { createTestWorld, publicCaller } from '../testing';

describe('services.get', () => {
  const { db } = createTestWorld();
  const api = publicCaller(db);

  it('shows the stage history with a revert marked as such', async () => {
    const page = await api.services.get({ istat: '019001', slug: 'tari' });
    expect(page.stage).toBe('digital_first');
    expect(page.history.map((h) => [h.stage, h.kind])).toEqual([
      ['paper', 'start'],
      ['switched_off', 'advance'],
      ['digital_first', 'revert'],
    ]);
    expect(page.history[2]?.reason).toBe('Ritorno indietro: troppi reclami');
  });

  it('gives one row per month from the first figures to last month, gaps for missing ones', async () => {
    const page = await api.services.get({ istat: '019001', slug: 'mensa' });
    expect(page.figures.map((f) => f.month)).toEqual([
      '2024-01',
      '2024-02',
      '2024-03',
      '2024-04',
      '2024-05',
      '2024-06',
    ]);
    expect(page.figures[3]).toMatchObject({ online: null, assisted: null, paper: null, takeUp: null });
    // Each month as its chart and table draw it; the other measures are the 12 months' (totals12).
    expect(page.figures[0]).toEqual({ month: '2024-01', online: 80, assisted: 10, paper: 10, takeUp: 0.9 });
  });

  it('computes the 12-month measures over the months that have figures', async () => {
    const { totals12 } = await api.services.get({ istat: '019001', slug: 'mensa' });
    expect(totals12.transactions).toBe(500);
    expect(totals12.takeUp).toEqual({ value: 0.9, n: 500 });
    expect(totals12.pagopa).toEqual({ value: 1, n: 250 });
    expect(totals12.costPerTransaction).toBeNull();
  });

  it('assesses readiness of a service not yet switched off', async () => {
    const page = await api.services.get({ istat: '019002', slug: 'mensa' });
    expect(page.readiness.status).toBe('not_ready');
    if (page.readiness.status === 'switched_off') return;
    expect(page.readiness.missing).toContain('take_up');
  });

  it('keeps the milestones of this service only', async () => {
    const page = await api.services.get({ istat: '019001', slug: 'tari' });
    expect(page.milestones.map((m) => [m.title, m.status, m.slippageDays])).toEqual([
      ['TARI solo pagoPA', 'late', 121],
    ]);
  });

  it('treats an internal service as unknown to the public', async () => {
    await expect(api.services.get({ istat: '019001', slug: 'segreto' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('answers NOT_FOUND for an unknown slug and BAD_REQUEST for a malformed one', async () => {
    await expect(api.services.get({ istat: '019001', slug: 'nessuno' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'Il comune di Alfa non ha un servizio "nessuno"',
    });
    await expect(api.services.get({ istat: '019001', slug: 'Non Valido!' })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(api.services.get({ istat: '019001', slug: 'x'.repeat(10_000) })).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
  });
});
