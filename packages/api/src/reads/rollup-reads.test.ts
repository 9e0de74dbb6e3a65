import { createDb, type Db } from '@switchoff/db';
import { generateNational } from '@switchoff/db/generate';
import { seedDemo } from '@switchoff/db/seed';
import { describe, expect, it } from 'vitest';
import { createTestWorld, TEST_TODAY } from '../testing';
import { findComune, findConsortium } from './lookup';
import { getComuneOverview } from './overview';
import { getPortfolio, getServiceAcross } from './portfolio';
import { rawPortfolio, rawServiceAcross } from './reference-consortium.testing';
import { rawComuneOverview, rawServicePage } from './reference-reads.testing';
import { getServicePage } from './service-page';

/**
 * The reads built on roll-ups give exactly the answers the phase-1 reads computed from every
 * raw row (reference-reads.ts), for public and internal readers, on days before, inside and
 * after the data (a stage dated in the future, months after the day asked about).
 */
function expectSameAnswers(db: Db, today: string, options: { servicesOf?: number } = {}) {
  const all = <T>(sql: string) => db.$client.prepare(sql).all() as T[];
  for (const internal of [false, true]) {
    for (const { istat } of all<{ istat: string }>('SELECT istat_code AS istat FROM comuni ORDER BY id')) {
      const found = findComune(db, istat);
      const params = { found, today, internal };
      expect(getComuneOverview(db, params), `overview ${istat} ${today} ${internal}`).toEqual(
        rawComuneOverview(db, params),
      );
    }
    const services = all<{ istat: string; slug: string }>(
      `SELECT c.istat_code AS istat, s.slug FROM services s JOIN comuni c ON c.id = s.comune_id
      WHERE ${internal ? '1' : "s.visibility = 'public'"} ORDER BY s.id LIMIT ${options.servicesOf ?? 1000}`,
    );
    for (const { istat, slug } of services) {
      const params = { found: findComune(db, istat), slug, today, internal };
      expect(getServicePage(db, params), `service ${istat}/${slug} ${today}`).toEqual(rawServicePage(db, params));
    }
    for (const { slug } of all<{ slug: string }>('SELECT slug FROM consortia ORDER BY id')) {
      const consortium = findConsortium(db, slug);
      expect(getPortfolio(db, { consortium, today, internal }), `portfolio ${slug} ${today}`).toEqual(
        rawPortfolio(db, { consortium, today, internal }),
      );
      for (const { service } of all<{ service: string }>(
        'SELECT slug AS service FROM catalogue_services ORDER BY id LIMIT 12',
      )) {
        const params = { consortium, service, today, internal };
        expect(getServiceAcross(db, params), `across ${slug}/${service} ${today}`).toEqual(
          rawServiceAcross(db, params),
        );
      }
    }
  }
}

describe('reads from roll-ups against reads from raw rows', () => {
  it('agree on the test world, on every day that changes something', () => {
    const { db } = createTestWorld();
    for (const today of [TEST_TODAY, '2016-06-15', '2024-05-10', '2024-02-29', '2099-01-01', '2099-03-01'])
      expectSameAnswers(db, today);
  });

  it('agree after stage changes (one in the future), corrections and a service turning internal', () => {
    const { db, ids } = createTestWorld();
    const run = (sql: string, ...params: unknown[]) => db.$client.prepare(sql).run(...params);
    run(
      "INSERT INTO stage_events (service_id, stage, effective_date, recorded_by) VALUES (?, 'hybrid', '2024-08-01', 'x')",
      ids.mensaBeta,
    );
    run(
      "UPDATE monthly_figures SET online = 0, assisted = 0, paper = 0 WHERE service_id = ? AND month = '2024-06'",
      ids.mensaAlfa,
    );
    run(
      "INSERT INTO monthly_figures (service_id, month, online, assisted, paper) VALUES (?, '2024-04', 7, 0, 1)",
      ids.tariAlfa,
    );
    run("UPDATE services SET visibility = 'internal' WHERE id = ?", ids.mensaBeta);
    for (const today of [TEST_TODAY, '2024-08-15']) expectSameAnswers(db, today);
  });

  it('agree on the demo', () => {
    const db = createDb(':memory:');
    seedDemo(db, { until: '2026-10', today: '2026-11-27' });
    expectSameAnswers(db, '2026-11-27', { servicesOf: 60 });
  }, 60_000);

  it('agree on generated comuni', () => {
    const db = createDb(':memory:');
    generateNational(db, { comuni: 25, months: 30, until: '2026-10', today: '2026-11-27' });
    expectSameAnswers(db, '2026-11-27', { servicesOf: 60 });
    expectSameAnswers(db, '2025-03-10', { servicesOf: 20 });
  }, 120_000);
});
