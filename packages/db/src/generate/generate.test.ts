import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { milestoneStatuses } from '@switchoff/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type Db } from '../client';
import { rollupDifferences } from '../rollups';
import { CATALOGUE } from '../seed/catalogue';
import { DATA_TABLES } from '../testing';
import {
  type GenerateOptions,
  type GenerateSummary,
  generateNational,
  groupIntoConsortia,
  NATIONAL_CATALOGUE,
  nationalComuni,
} from './index';

const OPTIONS: GenerateOptions = { comuni: 60, months: 24, until: '2026-10', today: '2026-11-27' };

function dump(db: Db): string {
  const hash = createHash('sha256');
  for (const table of DATA_TABLES) {
    const order = table === 'milestone_dependencies' ? 'milestone_id, depends_on_id' : 'id';
    for (const row of db.$client.prepare(`SELECT * FROM ${table} ORDER BY ${order}`).raw().iterate()) {
      hash.update(JSON.stringify(row));
    }
  }
  return hash.digest('hex');
}

const scalar = (db: Db, sql: string, ...params: unknown[]): unknown =>
  db.$client
    .prepare(sql)
    .pluck()
    .get(...params);

describe('generateNational (60 comuni × 24 months)', () => {
  let db: Db;
  let summary: GenerateSummary;
  const phases: string[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'switchoff-generate-'));

  beforeAll(() => {
    db = createDb(join(dir, 'national.db'));
    summary = generateNational(db, { ...OPTIONS, onProgress: (p) => phases.push(p.phase) });
  });
  afterAll(() => {
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('takes the first comuni by ISTAT code from the shipped registry, forty services each', () => {
    const all = nationalComuni('all');
    // 7,896 current comuni less Misiliscemi (population unknown); the comuni merged since 2020 are
    // gone, their successors tracked with the summed census population.
    expect(all).toHaveLength(7895);
    expect(all.some((c) => c.istatCode === '012018')).toBe(false);
    expect(all.find((c) => c.istatCode === '012144')).toMatchObject({ name: 'Bardello con Malgesso e Bregano' });
    expect(all.find((c) => c.name === 'Montecopiolo')).toMatchObject({ istatCode: '099030', region: 'Emilia-Romagna' });
    expect(all.find((c) => c.istatCode === '112050')).toMatchObject({ name: 'Sassari', ipaCode: 'c_i452' });
    expect(all.some((c) => c.istatCode === '090064')).toBe(false);
    expect(summary.rows.comuni).toBe(60);
    expect(scalar(db, 'SELECT min(istat_code) FROM comuni')).toBe('001001');
    expect(summary.rows.services).toBe(60 * 40);
    expect(scalar(db, 'SELECT count(DISTINCT catalogue_id) FROM services')).toBe(40);
  });

  it('takes the real PNRR measures of every comune from the shipped snapshot, inventing none', () => {
    expect(summary.rows.pnrrMeasures).toBe(0);
    expect(scalar(db, 'SELECT count(*) FROM pnrr_measures')).toBe(0);
    expect(summary.rows.registryComuni).toBe(7896);
    expect(summary.rows.pnrrApplications).toBeGreaterThan(25_000);
    expect(
      scalar(
        db,
        "SELECT state || ' ' || state_date FROM pnrr_applications WHERE istat_code = '001001' AND measure = '1.4.5'",
      ),
    ).toBe('E 2024-05-16');
  });

  it('keeps the demo catalogue first and unchanged, with forty distinct slugs', () => {
    expect(NATIONAL_CATALOGUE.slice(0, CATALOGUE.length)).toEqual(CATALOGUE);
    expect(new Set(NATIONAL_CATALOGUE.map((e) => e.slug)).size).toBe(40);
  });

  it('splits provinces into consortia of at most 50, one of exactly 50', () => {
    const consortia = groupIntoConsortia(nationalComuni('all'));
    expect(Math.max(...consortia.map((c) => c.comuni.length))).toBe(50);
    expect(consortia.filter((c) => c.slug.startsWith('consorzio-torino')).map((c) => c.comuni.length)).toEqual([
      50, 50, 50, 50, 50, 50, 12,
    ]);
    expect(new Set(consortia.map((c) => c.slug)).size).toBe(consortia.length);
    expect(summary.consortiumOf50).toBe('consorzio-torino');
    expect(
      scalar(
        db,
        'SELECT count(*) FROM comuni c JOIN consortia k ON k.id = c.consortium_id WHERE k.slug = ?',
        'consorzio-torino',
      ),
    ).toBe(50);
  });

  it('writes figures for the requested months only, some missing, one row per service and month', () => {
    expect(summary.from).toBe('2024-11');
    expect(scalar(db, 'SELECT min(month) || max(month) FROM monthly_figures')).toBe('2024-112026-10');
    expect(summary.rows.monthlyFigures).toBe(scalar(db, 'SELECT count(*) FROM monthly_figures'));
    expect(summary.rows.monthlyFigures).toBeLessThan(60 * 40 * 24);
    expect(summary.rows.monthlyFigures).toBeGreaterThan(60 * 40 * 24 * 0.98);
    expect(
      scalar(
        db,
        'SELECT count(*) FROM monthly_figures f JOIN services s ON s.id = f.service_id WHERE s.takes_payment = 0 AND f.payments_total IS NOT NULL',
      ),
    ).toBe(0);
  });

  it('gives roadmaps with late, at-risk and done milestones, re-plans and dependencies', () => {
    const rows = db.$client
      .prepare(
        'SELECT id, baseline_date AS baselineDate, planned_date AS plannedDate, actual_date AS actualDate, progress FROM milestones',
      )
      .all() as Array<{
      id: number;
      baselineDate: string;
      plannedDate: string;
      actualDate: string | null;
      progress: number;
    }>;
    const deps = db.$client
      .prepare('SELECT milestone_id AS m, depends_on_id AS d FROM milestone_dependencies')
      .all() as Array<{ m: number; d: number }>;
    const facts = rows.map((r) => ({ ...r, dependsOn: deps.filter((x) => x.m === r.id).map((x) => x.d) }));
    const statuses = new Set(milestoneStatuses(facts, OPTIONS.today).values());
    expect([...statuses]).toEqual(expect.arrayContaining(['done', 'late', 'at_risk', 'on_track', 'not_started']));
    expect(summary.rows.milestoneReplans).toBeGreaterThan(0);
    expect(summary.rows.milestoneDependencies).toBeGreaterThan(0);
    expect(scalar(db, 'SELECT count(*) FROM milestones WHERE code IS NULL')).toBe(0);
    expect(scalar(db, 'SELECT count(*) FROM platform_adoptions')).toBe(600);
  });

  it('dates nothing after today and keeps every foreign key', () => {
    expect(scalar(db, 'SELECT count(*) FROM stage_events WHERE effective_date > ?', OPTIONS.today)).toBe(0);
    expect(
      scalar(
        db,
        'SELECT count(*) FROM milestones WHERE actual_date > ? OR created_at > ?',
        OPTIONS.today,
        OPTIONS.today,
      ),
    ).toBe(0);
    expect(db.$client.prepare('PRAGMA foreign_key_check').all()).toEqual([]);
  });

  it('puts back WAL, foreign keys and synchronous, and reports each phase', () => {
    expect(db.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.$client.pragma('synchronous', { simple: true })).toBe(1);
    expect(phases).toEqual(expect.arrayContaining(['indexes', 'rollups', 'analyze', 'done']));
  });

  it('builds the roll-ups the triggers would have kept, and puts the triggers back', () => {
    expect(rollupDifferences(db.$client)).toEqual({
      comune_month_totals: [],
      region_month_totals: [],
      service_status: [],
      region_stage_counts: [],
    });
    expect(scalar(db, 'SELECT count(*) FROM service_status')).toBe(60 * 40);
    expect(scalar(db, "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'")).toBe(17);
    expect(summary.rollupSeconds).toBeGreaterThan(0);
  });

  it('gives the same rows for the same options, with or without rebuilding the indexes', () => {
    const other = createDb(':memory:');
    generateNational(other, { ...OPTIONS, rebuildIndexes: true, batchRows: 7_000 });
    expect(dump(other)).toBe(dump(db));
  });

  it('refuses a database that is not empty, and impossible options', () => {
    expect(() => generateNational(db, OPTIONS)).toThrow(/not empty/);
    expect(() => generateNational(createDb(':memory:'), { ...OPTIONS, until: '2026-12' })).toThrow(/until/);
    expect(() => generateNational(createDb(':memory:'), { ...OPTIONS, months: 200 })).toThrow(/2016-01/);
    expect(() => generateNational(createDb(':memory:'), { ...OPTIONS, comuni: 0 })).toThrow(/comuni/);
  });
});
