import { describe, expect, it } from 'vitest';
import { callerFor, createTestWorld, publicCaller, refusal } from '../testing';

describe('reports.council', () => {
  const { db } = createTestWorld({ withPeople: true });
  const api = publicCaller(db); // today 2024-07-15

  it('covers the last 12 complete months by default', async () => {
    const report = await api.reports.council({ istat: '019001' });
    expect(report.period).toEqual({ from: '2023-07', to: '2024-06', start: '2023-07-01', end: '2024-06-30' });
    expect(report.previousPeriod).toEqual({ from: '2022-07', to: '2023-06' });
    expect(report.trend).toHaveLength(12);
  });

  it('says what changed in the period: stage at start and end, each change with its reason, reverts included', async () => {
    const report = await api.reports.council({ istat: '019001', from: '2023-01', to: '2023-12' });
    const tari = report.services.find((s) => s.slug === 'tari');
    expect(tari).toMatchObject({ stageAtStart: 'paper', stageAtEnd: 'digital_first' });
    expect(tari?.changes).toEqual([
      { stage: 'switched_off', from: 'paper', kind: 'advance', effectiveDate: '2023-01-01', reason: '' },
      {
        stage: 'digital_first',
        from: 'switched_off',
        kind: 'revert',
        effectiveDate: '2023-06-01',
        reason: 'Ritorno indietro: troppi reclami',
      },
    ]);
    const mensa = report.services.find((s) => s.slug === 'mensa');
    expect(mensa).toMatchObject({ stageAtStart: 'switched_off', stageAtEnd: 'switched_off', changes: [] });
    expect(report.stageCounts.start).toEqual({ paper: 1, hybrid: 0, digital_first: 0, switched_off: 1 });
    expect(report.stageCounts.end).toEqual({ paper: 0, hybrid: 0, digital_first: 1, switched_off: 1 });
  });

  it('never shows a change planned after today', async () => {
    const report = await api.reports.council({ istat: '019001', from: '2024-01', to: '2024-06' });
    expect(report.services.flatMap((s) => s.changes)).toEqual([]);
  });

  it('measures take-up over the period with gaps for months without figures', async () => {
    const report = await api.reports.council({ istat: '019001', from: '2024-01', to: '2024-06' });
    expect(report.takeUp).toEqual({ value: 0.9, n: 500 });
    expect(report.takeUpPrevious).toBeNull();
    expect(report.trend.map((p) => [p.month, p.takeUp])).toEqual([
      ['2024-01', 0.9],
      ['2024-02', 0.9],
      ['2024-03', 0.9],
      ['2024-04', null],
      ['2024-05', 0.9],
      ['2024-06', 0.9],
    ]);
  });

  it('lists milestones done in the period, late ones with their re-plans, and the next ones', async () => {
    const old = await api.reports.council({ istat: '019001', from: '2017-01', to: '2017-12' });
    expect(old.milestones.done.map((m) => [m.title, m.actualDate])).toEqual([['Mensa solo online', '2017-09-01']]);
    const report = await api.reports.council({ istat: '019001', from: '2024-01', to: '2024-06' });
    expect(report.milestones.done).toEqual([]);
    expect(report.milestones.late.map((m) => [m.title, m.replans.map((r) => r.reason)])).toEqual([
      ['TARI solo pagoPA', ['Gara del fornitore in ritardo']],
    ]);
    // Re-planned past its baseline: slipped, listed apart from the next ones, never hidden among them.
    expect(report.milestones.slipped.map((m) => [m.title, m.slippageDays])).toEqual([['Formazione sportello', 61]]);
    expect(report.milestones.next).toEqual([]);
    expect(report.milestones).toMatchObject({ slipped: expect.any(Array), doneLate: 0, slippageDays: 182, replans: 1 });
  });

  it('gives the readiness of each service as of today', async () => {
    const report = await api.reports.council({ istat: '019001', from: '2024-01', to: '2024-06' });
    expect(report.services.map((s) => [s.slug, s.readiness.status])).toEqual([
      ['mensa', 'switched_off'],
      ['tari', 'not_ready'],
    ]);
  });

  it('shows the public no internal service, milestone or author of a re-plan; the council sees them', async () => {
    const json = JSON.stringify(await api.reports.council({ istat: '019001' }));
    for (const marker of ['segreto', 'Milestone interna', 'NOTA INTERNA', '"changedBy"', '"visibility"'])
      expect(json).not.toContain(marker);
    const council = await callerFor(db, 'councilA').reports.council({
      istat: '019001',
      from: '2024-01',
      to: '2024-06',
    });
    expect(council.services.map((s) => s.slug)).toEqual(['mensa', 'segreto', 'tari']);
    expect(council.milestones.slipped.map((m) => m.title)).toEqual(['Formazione sportello', 'Milestone interna']);
    expect(council.milestones.late[0]?.replans[0]).toMatchObject({ changedBy: 'Editor' });
    expect(council.takeUp?.value).toBeCloseTo(1450 / 1500);
  });

  it('refuses a period that ends before it starts, is too long or is not over yet, naming the field', async () => {
    const backwards = await refusal(api.reports.council({ istat: '019001', from: '2024-05', to: '2024-01' }));
    expect(backwards).toMatchObject({
      code: 'BAD_REQUEST',
      fieldErrors: { from: ['Il mese iniziale non può venire dopo il mese finale'] },
    });
    const long = await refusal(api.reports.council({ istat: '019001', from: '2010-01', to: '2024-01' }));
    expect(long.fieldErrors).toEqual({ from: ['Periodo troppo lungo: al più 60 mesi'] });
    const open = await refusal(api.reports.council({ istat: '019001', to: '2024-07' }));
    expect(open.fieldErrors).toEqual({
      to: ['Il mese 2024-07 non è ancora concluso (ultimo mese possibile: 2024-06)'],
    });
  });

  it('answers NOT_FOUND for an unknown comune', async () => {
    expect((await refusal(api.reports.council({ istat: '999999' }))).code).toBe('NOT_FOUND');
  });
});
