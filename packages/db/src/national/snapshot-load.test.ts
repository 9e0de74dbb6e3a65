import { describe, expect, it } from 'vitest';
import { createDb } from '../client';
import { importPadigitale, readSnapshotFiles } from './padigitale-import';
import { isUnchanged } from './registry-sync';
import { snapshotFiles } from './snapshot';
import { loadShippedNational } from './snapshot-load';

describe('the shipped PA digitale snapshot', () => {
  it('imports whole (no bad row; 13 rows with no comune code listed) once, into a database without national data', () => {
    const db = createDb(':memory:');
    const first = loadShippedNational(db);
    expect(first.comuni).toBe(7896);
    expect(first.applications).toBeGreaterThan(25_000);
    expect(first.registry).toBeNull();
    const second = loadShippedNational(db);
    expect(second).toEqual({ ...first, registry: second.registry });
    expect(second.registry && isUnchanged(second.registry)).toBe(true);
    const again = importPadigitale(db, { files: readSnapshotFiles(snapshotFiles()), dryRun: true, actor: 't' }).plan;
    expect(again.issues).toEqual([]);
    // Rows without a comune code: filed under the comune of their IPA code, else of their name in
    // the province (a ceased comune's under its successor); none left unmatched.
    expect(again.codeless.map((b) => [b.istatCode, b.by]).sort()).toEqual([
      ['005122', 'name'],
      ['005122', 'name'],
      ['013256', 'name'],
      ['018026', 'name'],
      ['024027', 'ipa'],
      ['024027', 'ipa'],
      ['024071', 'ipa'],
      ['024071', 'ipa'],
      ['024071', 'ipa'],
      ['025075', 'ipa'],
      ['025075', 'name'],
      ['028108', 'ipa'],
      ['028108', 'name'],
    ]);
    expect(again.unmatched.map((u) => [u.comune, u.body])).toEqual([]);
    expect(again.create.length + again.update.length).toBe(0);
    const ripalta = db.$client
      .prepare(
        "SELECT measure, state, state_date AS date FROM pnrr_applications WHERE istat_code = '019081' ORDER BY measure",
      )
      .all();
    // A ceased comune's rows are its successor's: Tonengo's (005110) and Moransengo's (005079) 1.4.1 rows.
    const moransengoTonengo = db.$client
      .prepare("SELECT count(*) FROM pnrr_applications WHERE istat_code = '005122' AND measure = '1.4.1'")
      .pluck()
      .get();
    expect(moransengoTonengo).toBe(2);
    // Albaredo Arnaboldi's 1.4.1 row (018002, "(SOPPRESSO)") is Campospinoso Albaredo's.
    const albaredo = db.$client
      .prepare("SELECT ipa_code FROM pnrr_applications WHERE istat_code = '018026' AND measure = '1.4.1'")
      .pluck()
      .all();
    expect(albaredo).toContain('c_a134');
    expect(ripalta).toEqual([
      { measure: '1.3.1', state: 'E', date: '2024-12-05' },
      { measure: '1.4.1', state: 'A', date: '2023-01-03' },
      { measure: '1.4.5', state: 'E', date: '2026-03-09' },
    ]);
  });
});
