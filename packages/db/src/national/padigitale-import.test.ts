import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDb, type Db } from '../client';
import { parsePadigitaleCsv } from './padigitale-csv';
import { importPadigitale, withSnapshot } from './padigitale-import';
import { ensureRegistry } from './registry-sync';

const fixture = (name: string) => readFileSync(join(import.meta.dirname, 'fixtures', name), 'utf8');
const file = (name: string, text = fixture(name), snapshot = '2026-08-22') =>
  withSnapshot(parsePadigitaleCsv(name, text), snapshot);

function freshDb(): Db {
  const db = createDb(':memory:');
  ensureRegistry(db);
  return db;
}

const count = (db: Db, table: string) =>
  (db.$client.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('import padigitale2026', () => {
  it('reads comune rows by their columns, whatever their order, and counts the other bodies', () => {
    const text = fixture('candidature-141.csv');
    const [header = '', ...lines] = text.trim().split('\n');
    const columns = header.split(',');
    // Same file with the first two columns swapped: found by name, not by position.
    const swap = (line: string) => {
      const cells = line.split(',');
      return [cells[1], cells[0], ...cells.slice(2)].join(',');
    };
    expect(columns[0]).toBe('codice_ipa');
    const parsed = parsePadigitaleCsv('x.csv', [swap(header), ...lines.map(swap)].join('\n'));
    expect(parsed.issues).toEqual([]);
    expect(parsed.rows).toBe(3);
    expect(parsed.comuneRows.map((r) => [r.istatCode, r.measure, r.state, r.amountCents])).toEqual([
      ['019081', '1.4.1', 'A', 7_992_200],
      ['090064', '1.4.1', 'A', 51_632_300],
    ]);
  });

  it('refuses a file without the columns it needs, naming them', () => {
    const parsed = parsePadigitaleCsv('x.csv', 'codice_ipa,ente\nc_h315,Comune di Ripalta Cremasca\n');
    expect(parsed.issues[0]?.message).toMatch(/missing columns: tipologia_ente, comune, cod_comune/);
  });

  it('stores state, date, amount, CUP and call per comune, measure and call; files a row without a code by its name', () => {
    const db = freshDb();
    const { plan, applied } = importPadigitale(db, {
      files: [file('candidature-145.csv'), file('candidature-131-asl.csv')],
      dryRun: false,
      actor: 'test',
    });
    expect(applied).toBe(true);
    expect(plan.create).toHaveLength(3);
    expect(plan.otherBodies).toBe(1);
    // Albaredo Arnaboldi's row has no ISTAT code ("N/D"): the ceased comune of that name in
    // Pavia, so its successor's, Campospinoso Albaredo.
    expect(plan.codeless).toEqual([
      { file: 'candidature-145.csv', line: 4, by: 'name', istatCode: '018026', comune: 'Albaredo Arnaboldi' },
    ]);
    expect(plan.unmatched).toEqual([]);
    const ripalta = db.$client.prepare("SELECT * FROM pnrr_applications WHERE istat_code = '019081'").get();
    expect(ripalta).toMatchObject({
      measure: '1.4.5',
      state: 'E',
      state_date: '2026-03-09',
      amount_cents: 2_314_700,
      cup: 'C11F22003540006',
      call: "1.4.5 'Piattaforma Notifiche Digitali' Comuni (Settembre 2022)",
      ipa_code: 'c_h315',
      snapshot_date: '2026-08-22',
    });
  });

  it('lists a row no comune answers: no code, an unknown IPA code, a name not in its province', () => {
    const db = freshDb();
    // The same row said of the province of Milan, where no comune is called so.
    const moved = fixture('candidature-145.csv').replace(
      ',Albaredo Arnaboldi,N/D,PV,018,',
      ',Albaredo Arnaboldi,N/D,MI,015,',
    );
    const { plan } = importPadigitale(db, { files: [file('moved.csv', moved)], dryRun: true, actor: 'test' });
    expect(plan.codeless).toEqual([]);
    expect(plan.unmatched).toEqual([
      expect.objectContaining({ istatCode: 'N/D', comune: 'Albaredo Arnaboldi', line: 4 }),
    ]);
  });

  it('matches a former ISTAT code to the comune that has a new one (Sassari 090064 → 112050)', () => {
    const db = freshDb();
    importPadigitale(db, { files: [file('candidature-141.csv')], dryRun: false, actor: 'test' });
    const codes = db.$client.prepare('SELECT istat_code FROM pnrr_applications ORDER BY istat_code').pluck().all();
    expect(codes).toEqual(['019081', '112050']);
  });

  it('is idempotent: the same file twice writes nothing the second time', () => {
    const db = freshDb();
    const files = [file('candidature-145.csv')];
    importPadigitale(db, { files, dryRun: false, actor: 'test' });
    const audit = count(db, 'audit_log');
    const second = importPadigitale(db, { files, dryRun: false, actor: 'test' });
    expect(second.plan.create.length + second.plan.update.length).toBe(0);
    expect(second.plan.unchanged).toBe(3);
    expect(count(db, 'audit_log')).toBe(audit);
    expect(count(db, 'pnrr_application_states')).toBe(3);
  });

  it('records a state change (A → E on a date) in the history, previewed first by a dry run', () => {
    const db = freshDb();
    importPadigitale(db, { files: [file('candidature-141.csv', undefined, '2025-01-09')], dryRun: false, actor: 't' });
    // A later snapshot: Ripalta Cremasca's 1.4.1 project certified and paid.
    const later = fixture('candidature-141.csv').replace(',A,2023-01-03,1.4.1', ',E,2025-06-30,1.4.1');
    const preview = importPadigitale(db, { files: [file('later.csv', later)], dryRun: true, actor: 't' });
    expect(preview.applied).toBe(false);
    expect(preview.plan.stateChanges).toEqual([
      expect.objectContaining({ istatCode: '019081', from: 'A', to: 'E', date: '2025-06-30', measure: '1.4.1' }),
    ]);
    expect(db.$client.prepare("SELECT state FROM pnrr_applications WHERE istat_code = '019081'").pluck().get()).toBe(
      'A',
    );
    importPadigitale(db, { files: [file('later.csv', later)], dryRun: false, actor: 't' });
    const history = db.$client
      .prepare(
        `SELECT s.state, s.state_date AS date, s.snapshot_date AS snapshot FROM pnrr_application_states s
        JOIN pnrr_applications a ON a.id = s.application_id WHERE a.istat_code = '019081' ORDER BY s.id`,
      )
      .all();
    expect(history).toEqual([
      { state: 'A', date: '2023-01-03', snapshot: '2025-01-09' },
      { state: 'E', date: '2025-06-30', snapshot: '2026-08-22' },
    ]);
  });

  it('writes nothing when one row is bad (all or nothing), saying where', () => {
    const db = freshDb();
    const bad = fixture('candidature-145.csv').replace(',E,2026-03-09,', ',X,2026-03-09,');
    const { plan, applied } = importPadigitale(db, { files: [file('bad.csv', bad)], dryRun: false, actor: 't' });
    expect(applied).toBe(false);
    expect(plan.issues).toEqual([
      { file: 'bad.csv', line: 2, column: 'stato_candidatura', message: '"X" is not A, R or E' },
    ]);
    expect(count(db, 'pnrr_applications')).toBe(0);
  });
});
