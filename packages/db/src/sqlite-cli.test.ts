import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lastCompleteMonth } from '@switchoff/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb } from './client';
import { rollupDifferences } from './rollups';
import { seedDemo } from './seed/index';

const TODAY = '2026-11-27';
const none = { comune_month_totals: [], region_month_totals: [], service_status: [], region_stage_counts: [] };

/**
 * Operators open the file with the sqlite3 their system has: Debian 12's is 3.40. `.ci/run`
 * installs it; without it this test fails saying so, rather than being skipped.
 */
function runSystemSqlite(path: string, sql: string): string {
  try {
    return execFileSync('sqlite3', ['-bail', path, sql], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  } catch (error) {
    const failure = error as { code?: string; stderr?: string };
    if (failure.code === 'ENOENT') throw new Error('the sqlite3 command is not installed (apt-get install sqlite3)');
    throw new Error(`sqlite3 failed: ${failure.stderr ?? String(error)}`);
  }
}

describe("the database file opened by the system's sqlite3", () => {
  let dir: string;
  let path: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'switchoff-sqlite-cli-'));
    path = join(dir, 'switchoff.db');
    const db = createDb(path);
    seedDemo(db, { until: lastCompleteMonth(TODAY), today: TODAY });
    db.$client.close();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is at least 3.40, the oldest release operators are expected to have', () => {
    const [major = 0, minor = 0] = runSystemSqlite(':memory:', 'SELECT sqlite_version();')
      .trim()
      .split('.')
      .map(Number);
    expect(major * 1000 + minor).toBeGreaterThanOrEqual(3040);
  });

  it('reads the schema, passes its integrity and foreign-key checks and counts the rows', () => {
    expect(runSystemSqlite(path, 'PRAGMA integrity_check;').trim()).toBe('ok');
    expect(runSystemSqlite(path, 'PRAGMA foreign_key_check;').trim()).toBe('');
    expect(Number(runSystemSqlite(path, 'SELECT count(*) FROM monthly_figures;'))).toBeGreaterThan(100);
  });

  it('keeps the roll-ups right when it writes figures and stages and archives a comune (the triggers run in 3.40)', () => {
    runSystemSqlite(
      path,
      `PRAGMA foreign_keys = ON;
      UPDATE monthly_figures SET online = online + 7 WHERE rowid IN (SELECT rowid FROM monthly_figures ORDER BY rowid LIMIT 5);
      DELETE FROM monthly_figures WHERE rowid = (SELECT max(rowid) FROM monthly_figures);
      INSERT INTO monthly_figures (service_id, month, online, assisted, paper)
        SELECT id, '2031-01', 3, 2, 1 FROM services ORDER BY id LIMIT 3;
      INSERT INTO stage_events (service_id, stage, effective_date, recorded_by)
        SELECT id, 'switched_off', '2031-02-01', 'sqlite3' FROM services ORDER BY id LIMIT 2;
      UPDATE comuni SET archived_at = '2031-03-01T00:00:00.000Z' WHERE id = (SELECT min(id) FROM comuni);`,
    );
    const db = createDb(path);
    try {
      expect(rollupDifferences(db.$client)).toEqual(none);
    } finally {
      db.$client.close();
    }
  });
});
