import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { createTestWorld, expectNoInternalMarkers, publicCaller } from '../testing';

describe('comuni.overview', () => {
  const { db } = createTestWorld();
  const api = publicCaller(db);

  it('counts public services per current stage, ignoring future-dated events', async () => {
    const overview = await api.comuni.overview({ istat: '019001' });
    expect(overview.comune).toMatchObject({ istat: '019001', name: 'Alfa', figuresIllustrative: true });
    expect(overview.services.map((s) => [s.slug, s.stage])).toEqual([
      ['mensa', 'switched_off'],
      ['tari', 'digital_first'],
    ]);
    expect(overview.stageCounts).toEqual({ paper: 0, hybrid: 0, digital_first: 1, switched_off: 1 });
  });

  it('gives each service its verdict with the unmet conditions only, the same as its page', async () => {
    const { services } = await api.comuni.overview({ istat: '019002' });
    const mensa = services.find((s) => s.slug === 'mensa');
    const page = await api.services.get({ istat: '019002', slug: 'mensa' });
    if (page.readiness.status !== 'not_ready') throw new Error('the test world has mensa of 019002 not ready');
    const unmet = page.readiness.conditions.filter((c) => !c.met);
    expect(unmet.map((c) => c.key)).toEqual(page.readiness.missing);
    expect(mensa?.readiness).toEqual({ status: 'not_ready', unmet });
    expect(JSON.stringify(services)).not.toContain('"met":true');
  });

  it('never carries internal items or internal notes', async () => {
    const json = JSON.stringify(await api.comuni.overview({ istat: '019001' }));
    expectNoInternalMarkers(json);
  });

  it('shows the take-up trend with missing months as gaps, not zeros', async () => {
    const { trend, asOf } = await api.comuni.overview({ istat: '019001' });
    expect(asOf).toBe('2024-06');
    expect(trend).toHaveLength(36);
    const byMonth = new Map(trend.map((t) => [t.month, t]));
    expect(byMonth.get('2024-04')).toMatchObject({ online: null, takeUp: null });
    expect(byMonth.get('2024-03')).toMatchObject({ online: 80, assisted: 10, paper: 10, takeUp: 0.9 });
  });

  it('splits milestones into done, late and next', async () => {
    const { milestones } = await api.comuni.overview({ istat: '019001' });
    expect(milestones).toMatchObject({ total: 3, done: 1, late: 1 });
    expect(milestones.lateList.map((m) => m.title)).toEqual(['TARI solo pagoPA']);
    expect(milestones.next.map((m) => m.title)).toEqual(['Formazione sportello']);
  });

  it('lists every national platform, unrecorded ones as not active', async () => {
    const { platforms } = await api.comuni.overview({ istat: '019001' });
    expect(platforms).toHaveLength(10);
    expect(platforms.find((p) => p.platform === 'pagopa')).toMatchObject({ state: 'active', active: true });
    expect(platforms.find((p) => p.platform === 'anpr')).toMatchObject({ state: 'inattivo', active: false });
  });

  it('answers NOT_FOUND naming an unknown ISTAT code', async () => {
    await expect(api.comuni.overview({ istat: '999999' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'Nessun comune con codice ISTAT 999999',
    });
  });

  it('refuses a malformed ISTAT code with BAD_REQUEST', async () => {
    const error = await api.comuni.overview({ istat: '19081' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(TRPCError);
    expect(error).toMatchObject({ code: 'BAD_REQUEST' });
  });
});
