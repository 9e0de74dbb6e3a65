import { createDb } from '@switchoff/db';
import { seedDemo } from '@switchoff/db/seed';
import { describe, expect, it } from 'vitest';
import { publicCaller } from '../testing';

const TODAY = '2026-11-27';

/** The procedures over the demo a newcomer sees first: Consorzio.IT and Ripalta Cremasca. */
describe('the demo consortium through the API', () => {
  const db = createDb(':memory:');
  seedDemo(db, { until: '2026-10', today: TODAY });
  const api = publicCaller(db, TODAY);

  it('shows Ripalta Cremasca with its canteen, transport, minigrest and TARI switched off', async () => {
    const overview = await api.comuni.overview({ istat: '019081' });
    expect(overview.comune.name).toBe('Ripalta Cremasca');
    const stages = new Map(overview.services.map((s) => [s.slug, s]));
    for (const slug of ['mensa-scolastica', 'trasporto-scolastico', 'centro-estivo', 'tari']) {
      expect(stages.get(slug)?.stage, slug).toBe('switched_off');
    }
    expect(stages.get('mensa-scolastica')?.stageSince?.slice(0, 4)).toBe('2017');
    expect(overview.datasets).toHaveLength(11);
    expect(overview.platforms.find((p) => p.platform === 'anpr')).toMatchObject({ state: 'subentro', active: true });
  });

  it('puts every comune of the consortium in the stage matrix', async () => {
    const portfolio = await api.consortia.portfolio({ slug: 'consorzio-it' });
    expect(portfolio.comuni.length).toBeGreaterThanOrEqual(9);
    const ripalta = portfolio.matrix.rows.find((r) => r.istat === '019081');
    expect(ripalta?.stages['mensa-scolastica']).toBe('switched_off');
    expect(portfolio.matrix.services.map((s) => s.slug)).toContain('tari');
  });

  it('compares one catalogue service across the comuni', async () => {
    const across = await api.consortia.serviceAcross({ consortium: 'consorzio-it', service: 'tari' });
    expect(across.service.name).toBeTruthy();
    expect(across.comuni.find((c) => c.istat === '019081')).toMatchObject({ stage: 'switched_off' });
    await expect(api.consortia.serviceAcross({ consortium: 'consorzio-it', service: 'nessuno' })).rejects.toMatchObject(
      {
        code: 'NOT_FOUND',
      },
    );
  });

  it('shows the canteen page with its 2017 switch-off and figures up to last month', async () => {
    const page = await api.services.get({ istat: '019081', slug: 'mensa-scolastica' });
    expect(page.history.at(-1)).toMatchObject({ stage: 'switched_off', kind: 'advance' });
    expect(page.figures.at(-1)?.month).toBe('2026-10');
    expect(page.readiness.status).toBe('switched_off');
  });
});
