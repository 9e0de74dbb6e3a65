import { schema } from '@switchoff/db';
import { addMonths, type Stage } from '@switchoff/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDataFile } from '../opendata/files';
import { resolveLicence } from '../opendata/licences';
import { createTestWorld, publicCaller, TEST_TODAY } from '../testing';

/*
 * One readiness rule, one window (DESIGN.md: the last 3 months with figures, those figures not
 * stale): the service page, the comune overview, the portfolio, the one-service-across view, the
 * council report and the open data must say the same of every service. TEST_TODAY is 2024-07-15:
 * the last complete month is 2024-06, figures up to 2024-04 are up to date, 2024-03 is stale.
 */

type Case = {
  /** Months with take-up (digital out of 100 transactions); a null take-up is a row without transactions. */
  months: Record<string, number | null>;
  stages?: [Stage, string][];
  hasAssistedDesk?: boolean;
  expected: 'ready' | 'not_ready' | 'switched_off';
  missing?: string[];
};

const run = (start: string, takeUps: number[]) =>
  Object.fromEntries(takeUps.map((t, i) => [addMonths(start, i), t] as const));

const CASES: Record<string, Case> = {
  // The three latest months at 90%, up to the last complete month.
  pronto: { months: run('2024-04', [90, 90, 90]), expected: 'ready' },
  // Months far apart: the last 3 with figures count, the latest one up to date.
  lacune: { months: { '2023-11': 90, '2024-02': 85, '2024-05': 95 }, expected: 'ready' },
  // Figures stopped 14 months before the last complete month at 90%: stale, not ready anywhere.
  fermo: { months: run('2023-02', [90, 90, 90, 90]), expected: 'not_ready', missing: ['take_up'] },
  // Figures older than any former window (36 months): stale too.
  antico: { months: run('2020-01', [95, 95, 95]), expected: 'not_ready', missing: ['take_up'] },
  // High long ago, below target in the last 3 months.
  calato: { months: { ...run('2021-01', [95, 95, 95]), ...run('2024-04', [70, 90, 90]) }, expected: 'not_ready' },
  // Good months, then a recorded month with no transactions: the data are up to date.
  vuoto: { months: { ...run('2024-01', [90, 90, 90]), '2024-06': null }, expected: 'ready' },
  // Only two months with figures.
  pochi: { months: run('2024-05', [95, 95]), expected: 'not_ready', missing: ['take_up'] },
  // A month after the last complete one is not looked at.
  futuro: { months: { ...run('2024-04', [90, 90, 90]), '2024-07': 10 }, expected: 'ready' },
  spento: {
    months: run('2024-04', [100, 100, 100]),
    stages: [
      ['hybrid', '2020-01-01'],
      ['switched_off', '2023-01-01'],
    ],
    expected: 'switched_off',
  },
  // Switched off, then reverted: judged again like any open service.
  ritorno: {
    months: run('2024-04', [90, 90, 90]),
    stages: [
      ['switched_off', '2022-01-01'],
      ['digital_first', '2023-06-01'],
    ],
    expected: 'ready',
  },
  'ritorno-fermo': {
    months: run('2022-01', [90, 90, 90]),
    stages: [
      ['switched_off', '2021-01-01'],
      ['hybrid', '2022-06-01'],
    ],
    expected: 'not_ready',
    missing: ['take_up'],
  },
  'senza-sportello': {
    months: run('2024-04', [90, 90, 90]),
    hasAssistedDesk: false,
    expected: 'not_ready',
    missing: ['assisted_desk'],
  },
};

const ISTAT = '019099';

function buildWorld() {
  const { db, ids } = createTestWorld();
  const { comuni, services, stageEvents, monthlyFigures, catalogueServices } = schema;
  const comune = db
    .insert(comuni)
    .values({
      istatCode: ISTAT,
      name: 'Delta',
      provinceCode: 'CR',
      region: 'Lombardia',
      population: 800,
      consortiumId: ids.consortium,
      ipaCode: 'c_d099',
    })
    .returning()
    .get();
  for (const [slug, c] of Object.entries(CASES)) {
    const catalogue = db
      .insert(catalogueServices)
      .values({ slug: `delta-${slug}`, name: `Delta ${slug}`, category: 'ambiente' })
      .returning()
      .get();
    const service = db
      .insert(services)
      .values({
        comuneId: comune.id,
        slug,
        name: slug,
        category: 'ambiente',
        hasAssistedDesk: c.hasAssistedDesk ?? true,
        catalogueId: catalogue.id,
      })
      .returning()
      .get();
    for (const [stage, effectiveDate] of c.stages ?? [['hybrid', '2019-01-01']]) {
      db.insert(stageEvents)
        .values({ serviceId: service.id, stage, effectiveDate, reason: '', recordedBy: 'Test' })
        .run();
    }
    for (const [month, takeUp] of Object.entries(c.months)) {
      const [online, paper] = takeUp === null ? [0, 0] : [takeUp, 100 - takeUp];
      db.insert(monthlyFigures).values({ serviceId: service.id, month, online, assisted: 0, paper }).run();
    }
  }
  return db;
}

describe('every view judges readiness with the same rule and window', () => {
  const db = buildWorld();
  const api = publicCaller(db);
  const verdicts = new Map<string, Record<string, string>>();
  const note = (view: string, slug: string, verdict: string) => {
    const byView = verdicts.get(slug) ?? {};
    byView[view] = verdict;
    verdicts.set(slug, byView);
  };
  // The overview sends its unmet conditions (ReadinessInShort), the others the missing keys.
  const verdictOf = (r: { status: string; missing?: string[]; unmet?: { key: string }[] }) =>
    r.status === 'not_ready' ? `not_ready:${(r.missing ?? r.unmet?.map((c) => c.key))?.join(',')}` : r.status;

  beforeAll(async () => {
    for (const slug of Object.keys(CASES)) {
      note('service page', slug, verdictOf((await api.services.get({ istat: ISTAT, slug })).readiness));
      const across = await api.consortia.serviceAcross({ consortium: 'consorzio-test', service: `delta-${slug}` });
      const row = across.comuni.find((c) => c.istat === ISTAT);
      note('across', slug, row?.ready ? 'ready' : 'not ready');
    }
    for (const s of (await api.comuni.overview({ istat: ISTAT })).services) {
      note('overview', s.slug, verdictOf(s.readiness));
    }
    for (const s of (await api.reports.council({ istat: ISTAT, from: '2024-01', to: '2024-06' })).services) {
      note('council report', s.slug, verdictOf(s.readiness));
    }
    const file = openDataFile(db, {
      target: { istat: ISTAT },
      file: 'servizi.json',
      today: TEST_TODAY,
      licence: resolveLicence(undefined),
    });
    const rows = (JSON.parse(file.body) as { dati: Record<string, unknown>[] }).dati;
    for (const row of rows) {
      const status = row.pronto_switch_off === null ? 'switched_off' : row.pronto_switch_off ? 'ready' : 'not_ready';
      const missing = String(row.requisiti_mancanti ?? '').split(' ');
      note('open data', String(row.servizio), verdictOf({ status, missing }));
    }
  });

  it.each(Object.entries(CASES))('%s', (slug, c) => {
    const expected = c.expected === 'not_ready' ? `not_ready:${(c.missing ?? ['take_up']).join(',')}` : c.expected;
    expect(verdicts.get(slug)).toEqual({
      'service page': expected,
      overview: expected,
      'council report': expected,
      'open data': expected,
      across: c.expected === 'ready' ? 'ready' : 'not ready',
    });
  });

  it('the portfolio counts exactly the services every other view calls ready', async () => {
    const portfolio = await api.consortia.portfolio({ slug: 'consorzio-test' });
    const delta = portfolio.comuni.find((c) => c.istat === ISTAT);
    const ready = Object.values(CASES).filter((c) => c.expected === 'ready').length;
    expect(delta?.readyServices).toBe(ready);
  });

  it('a stale service says why on the service page', async () => {
    const page = await api.services.get({ istat: ISTAT, slug: 'fermo' });
    expect(page.readiness.status === 'not_ready' && page.readiness.conditions[0]).toMatchObject({
      key: 'take_up',
      reason: 'stale',
      lastMonth: '2023-05',
    });
    expect(page.forecast).toEqual({ kind: 'stale', lastMonth: '2023-05' });
  });
});
