import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { lastCompleteMonth, READINESS_MONTHS } from '@switchoff/domain';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from './client';
import {
  createTriggers,
  dropRollupTriggers,
  ROLLUP_TABLES,
  rebuildRollups,
  rollupDifferences,
  writeFiguresInBulk,
} from './rollups';
import { seedDemo } from './seed/index';

const TODAY = '2026-11-27';
const none = { comune_month_totals: [], region_month_totals: [], service_status: [], region_stage_counts: [] };

function dump(db: Db): string {
  return JSON.stringify(
    ROLLUP_TABLES.map((t) => db.$client.prepare(`SELECT * FROM ${t} ORDER BY 1, 2, 3`).raw().all()),
  );
}

const run = (db: Db, sql: string, ...params: unknown[]) => db.$client.prepare(sql).run(...params);
const get = <T>(db: Db, sql: string, ...params: unknown[]) => db.$client.prepare(sql).get(...params) as T;

describe('roll-ups kept by triggers', () => {
  let db: Db;
  beforeAll(() => {
    db = createDb(':memory:');
    seedDemo(db, { until: lastCompleteMonth(TODAY), today: TODAY });
  });

  it('match the raw rows after the demo seed, and a rebuild gives the same rows', () => {
    expect(rollupDifferences(db.$client)).toEqual(none);
    expect(get<{ n: number }>(db, 'SELECT count(*) AS n FROM comune_month_totals').n).toBeGreaterThan(100);
    // The triggers (a migration) keep as many months as the readiness rule looks at.
    expect(get<{ n: number }>(db, 'SELECT max(json_array_length(recent)) AS n FROM service_status').n).toBe(
      READINESS_MONTHS,
    );
    const before = dump(db);
    rebuildRollups(db.$client);
    expect(dump(db)).toBe(before);
    // The rebuild put the triggers back.
    expect(get<{ n: number }>(db, "SELECT count(*) AS n FROM sqlite_master WHERE type = 'trigger'").n).toBe(17);
  });

  it('are brought up to date once after a bulk write with the triggers paused', () => {
    const services = db.$client.prepare('SELECT id FROM services ORDER BY id LIMIT 6').pluck().all() as number[];
    const touched = services.flatMap((serviceId) => ['2031-01', '2031-02'].map((month) => ({ serviceId, month })));
    const existing = get<{ service_id: number; month: string }>(
      db,
      'SELECT service_id, month FROM monthly_figures ORDER BY id DESC LIMIT 1',
    );
    db.$client.transaction(() =>
      writeFiguresInBulk(db.$client, [...touched, { serviceId: existing.service_id, month: existing.month }], () => {
        for (const { serviceId, month } of touched)
          run(
            db,
            'INSERT INTO monthly_figures (service_id, month, online, assisted, paper) VALUES (?, ?, 3, 2, 1)',
            serviceId,
            month,
          );
        run(
          db,
          'UPDATE monthly_figures SET online = online + 7 WHERE service_id = ? AND month = ?',
          existing.service_id,
          existing.month,
        );
        // Paused meanwhile: the roll-ups do not know these rows yet.
        expect(get<{ n: number }>(db, "SELECT count(*) AS n FROM comune_month_totals WHERE month = '2031-01'").n).toBe(
          0,
        );
      }),
    )();
    expect(get<{ n: number }>(db, 'SELECT count(*) AS n FROM rollup_pause').n).toBe(0);
    expect(rollupDifferences(db.$client)).toEqual(none);
    run(db, "DELETE FROM monthly_figures WHERE month >= '2031-01'");
    expect(rollupDifferences(db.$client)).toEqual(none);
  });

  it('come from a committed migration that is the output of scripts/rollup-triggers.mjs', () => {
    const script = fileURLToPath(new URL('../scripts/rollup-triggers.mjs', import.meta.url));
    const migration = fileURLToPath(new URL('../drizzle/0009_rollups_archived.sql', import.meta.url));
    expect(execFileSync(process.execPath, [script], { encoding: 'utf8' })).toBe(readFileSync(migration, 'utf8'));
  });

  it('follow inserts, corrections, moves and deletes of monthly figures', () => {
    const service = get<{ id: number; comune_id: number }>(
      db,
      "SELECT id, comune_id FROM services WHERE visibility = 'public' ORDER BY id LIMIT 1",
    );
    const other = get<{ id: number }>(db, 'SELECT id FROM services WHERE id > ? ORDER BY id LIMIT 1', service.id);
    run(
      db,
      'INSERT INTO monthly_figures (service_id, month, online, assisted, paper, payments_total, cost_cents) VALUES (?, ?, 1, 2, 3, 4, 500)',
      service.id,
      '2030-01',
    );
    run(
      db,
      'INSERT INTO monthly_figures (service_id, month, online, assisted, paper) VALUES (?, ?, 0, 0, 0)',
      service.id,
      '2030-02',
    );
    expect(rollupDifferences(db.$client)).toEqual(none);
    const status = get<{ last_month: string; recent: string }>(
      db,
      'SELECT last_month, recent FROM service_status WHERE service_id = ?',
      service.id,
    );
    expect(status.last_month).toBe('2030-02');
    // A month without transactions has no take-up: readiness skips it.
    expect(JSON.parse(status.recent)[0]).toEqual(['2030-01', 3, 6]);

    run(
      db,
      'UPDATE monthly_figures SET online = 10, payments_total = NULL, cost_cents = NULL WHERE service_id = ? AND month = ?',
      service.id,
      '2030-01',
    );
    run(db, "UPDATE monthly_figures SET month = '2030-03' WHERE service_id = ? AND month = '2030-02'", service.id);
    run(
      db,
      "UPDATE monthly_figures SET service_id = ? WHERE service_id = ? AND month = '2030-03'",
      other.id,
      service.id,
    );
    expect(rollupDifferences(db.$client)).toEqual(none);
    run(db, "DELETE FROM monthly_figures WHERE month >= '2030-01'");
    expect(rollupDifferences(db.$client)).toEqual(none);
    expect(get<{ n: number }>(db, "SELECT count(*) AS n FROM comune_month_totals WHERE month >= '2030-01'").n).toBe(0);
  });

  it('follow stage events, including one dated in the future, and new services', () => {
    const service = get<{ id: number }>(db, 'SELECT id FROM services ORDER BY id DESC LIMIT 1');
    run(
      db,
      "INSERT INTO stage_events (service_id, stage, effective_date, recorded_by) VALUES (?, 'switched_off', '2099-01-01', 'test')",
      service.id,
    );
    const status = get<{ stage: string; stage_since: string }>(
      db,
      'SELECT stage, stage_since FROM service_status WHERE service_id = ?',
      service.id,
    );
    expect(status).toEqual({ stage: 'switched_off', stage_since: '2099-01-01' });
    const comune = get<{ id: number }>(db, 'SELECT comune_id AS id FROM services WHERE id = ?', service.id);
    const added = run(
      db,
      "INSERT INTO services (comune_id, slug, name, category) VALUES (?, 'nuovo', 'Nuovo', 'ambiente')",
      comune.id,
    );
    run(
      db,
      "INSERT INTO stage_events (service_id, stage, effective_date, recorded_by) VALUES (?, 'hybrid', '2026-01-01', 'test')",
      added.lastInsertRowid,
    );
    run(
      db,
      "INSERT INTO monthly_figures (service_id, month, online, assisted, paper) VALUES (?, '2026-05', 5, 5, 5)",
      added.lastInsertRowid,
    );
    expect(rollupDifferences(db.$client)).toEqual(none);
  });

  it('move a service’s sums and stage when it turns internal, and a comune’s when its region changes', () => {
    const service = get<{ id: number }>(
      db,
      "SELECT s.id FROM services s WHERE s.visibility = 'public' AND EXISTS (SELECT 1 FROM monthly_figures f WHERE f.service_id = s.id) LIMIT 1",
    );
    run(db, "UPDATE services SET visibility = 'internal' WHERE id = ?", service.id);
    expect(rollupDifferences(db.$client)).toEqual(none);
    run(db, "UPDATE services SET visibility = 'public', name = 'Rinominato' WHERE id = ?", service.id);
    run(db, "UPDATE comuni SET region = 'Piemonte' WHERE id = (SELECT min(id) FROM comuni)");
    expect(rollupDifferences(db.$client)).toEqual(none);
    run(db, "UPDATE comuni SET region = 'Lombardia'");
    expect(rollupDifferences(db.$client)).toEqual(none);
  });

  it('leave an archived comune out of its region, with what it writes meanwhile, and take it back when shown again', () => {
    const comune = get<{ id: number }>(
      db,
      "SELECT c.id FROM comuni c WHERE EXISTS (SELECT 1 FROM services s JOIN monthly_figures f ON f.service_id = s.id WHERE s.comune_id = c.id AND s.visibility = 'public') ORDER BY c.id LIMIT 1",
    );
    const regionSums = () => dump(db);
    const before = regionSums();
    run(db, "UPDATE comuni SET archived_at = '2026-11-01T00:00:00.000Z' WHERE id = ?", comune.id);
    expect(rollupDifferences(db.$client)).toEqual(none);
    expect(regionSums()).not.toBe(before);
    // Its staff still write: its own roll-ups follow, the region's do not.
    const service = get<{ id: number }>(
      db,
      'SELECT id FROM services WHERE comune_id = ? ORDER BY id LIMIT 1',
      comune.id,
    );
    run(
      db,
      "INSERT INTO monthly_figures (service_id, month, online, assisted, paper) VALUES (?, '2031-01', 4, 2, 1)",
      service.id,
    );
    run(
      db,
      "INSERT INTO stage_events (service_id, stage, effective_date, recorded_by) VALUES (?, 'paper', '2031-01-01', 'test')",
      service.id,
    );
    // Moved while archived, and again when shown (both in one statement).
    run(db, "UPDATE comuni SET region = 'Piemonte' WHERE id = ?", comune.id);
    expect(rollupDifferences(db.$client)).toEqual(none);
    run(db, "UPDATE comuni SET region = 'Lombardia', archived_at = NULL WHERE id = ?", comune.id);
    expect(rollupDifferences(db.$client)).toEqual(none);
    run(db, "DELETE FROM stage_events WHERE effective_date = '2031-01-01'");
    run(db, "DELETE FROM monthly_figures WHERE month = '2031-01'");
    expect(regionSums()).toBe(before);
  });

  it('are brought up to date by the migration where a comune was archived under the earlier triggers', () => {
    const migration = readFileSync(new URL('../drizzle/0009_rollups_archived.sql', import.meta.url), 'utf8');
    const catchUp = migration
      .split('--> statement-breakpoint')
      .map((statement) => statement.trim())
      .filter((statement) => /^(INSERT|DELETE)/.test(statement));
    expect(catchUp).toHaveLength(4);
    // Archived with the triggers off: the region roll-ups still count it, as 0003's triggers left them.
    const triggers = dropRollupTriggers(db.$client);
    run(db, "UPDATE comuni SET archived_at = '2026-11-01T00:00:00.000Z' WHERE id = (SELECT min(id) FROM comuni)");
    createTriggers(db.$client, triggers);
    expect(rollupDifferences(db.$client).region_stage_counts).not.toEqual([]);
    for (const statement of catchUp) db.$client.exec(statement);
    expect(rollupDifferences(db.$client)).toEqual(none);
    run(db, 'UPDATE comuni SET archived_at = NULL');
    expect(rollupDifferences(db.$client)).toEqual(none);
  });

  it('roll a failed transaction back with the rows it summed', () => {
    const before = dump(db);
    const service = get<{ id: number }>(db, 'SELECT id FROM services LIMIT 1');
    expect(() =>
      db.$client.transaction(() => {
        run(
          db,
          "INSERT INTO monthly_figures (service_id, month, online, assisted, paper) VALUES (?, '2031-01', 1, 1, 1)",
          service.id,
        );
        throw new Error('refused');
      })(),
    ).toThrow('refused');
    expect(dump(db)).toBe(before);
  });
});
