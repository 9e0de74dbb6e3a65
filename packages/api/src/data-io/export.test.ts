import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { callerFor, createTestWorld, refusal, snapshotTables } from '../testing';
import { commitImport } from './import.testing';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const ALFA = { istat: '019001' };
const CONSORTIUM = { consortium: 'consorzio-test' };

function world() {
  const w = createTestWorld({ withPeople: true });
  return { ...w, editor: callerFor(w.db, 'editor1') };
}

async function importNow(
  editor: ReturnType<typeof world>['editor'],
  scope: typeof ALFA | typeof CONSORTIUM,
  kind: 'figures' | 'milestones',
  csv: string,
) {
  const preview = await editor.imports.preview({ scope, kind, csv });
  expect(preview.errors).toEqual([]);
  return commitImport(editor, { scope, kind, csv, fingerprint: preview.fingerprint });
}

describe('exporting to CSV', () => {
  it('writes what Italian Excel opens: BOM, ";", CRLF, decimal comma; internal items included for staff', async () => {
    const { editor } = world();
    await importNow(editor, ALFA, 'figures', fixture('dati-mensili-excel.csv'));
    const file = await editor.exports.csv({ scope: ALFA, kind: 'figures' });
    expect(file).toMatchObject({
      filename: 'switchoff-dati-mensili-019001-2024-07-15.csv',
      contentType: 'text/csv; charset=utf-8',
    });
    const lines = file.csv.split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFistat;comune;servizio;mese;online;assistito;cartaceo;pagamenti_totali;pagamenti_pagopa;soddisfazione_1;soddisfazione_2;soddisfazione_3;soddisfazione_4;soddisfazione_5;costo_euro',
    );
    expect(lines).toContain('019001;Alfa;mensa;2024-02;1210;15;5;1100;1050;0;1;2;30;40;1234,50');
    expect(lines).toContain('019001;Alfa;segreto;2024-06;1000;0;0;;;0;0;0;1000;0;');
    expect(file.rows).toBe(lines.length - 2);
    expect(lines.at(-1)).toBe('');
  });

  it('limits figures to a range of months', async () => {
    const { editor } = world();
    const file = await editor.exports.csv({ scope: CONSORTIUM, kind: 'figures', from: '2024-05', to: '2024-05' });
    expect(
      file.csv
        .split('\r\n')
        .slice(1, -1)
        .map((l) => l.split(';').slice(0, 4).join(' ')),
    ).toEqual(['019001 Alfa mensa 2024-05', '019002 Beta mensa 2024-05']);
  });

  it('is for the consortium’s staff only', async () => {
    const { db } = world();
    expect((await refusal(callerFor(db, 'councilA').exports.csv({ scope: ALFA, kind: 'figures' }))).code).toBe(
      'FORBIDDEN',
    );
    expect((await refusal(callerFor(db, 'editor2').exports.csv({ scope: CONSORTIUM, kind: 'milestones' }))).code).toBe(
      'FORBIDDEN',
    );
  });
});

describe('export then import is a round trip with no change', () => {
  for (const kind of ['figures', 'milestones'] as const) {
    it(`${kind}, per comune and per consortium`, async () => {
      const { db, editor } = world();
      await importNow(editor, ALFA, 'figures', fixture('dati-mensili-excel.csv'));
      await importNow(editor, ALFA, 'milestones', fixture('traguardi.csv'));
      for (const scope of [ALFA, CONSORTIUM]) {
        const exported = await editor.exports.csv({ scope, kind });
        const before = snapshotTables(db);
        const preview = await editor.imports.preview({ scope, kind, csv: exported.csv });
        expect(preview.errors).toEqual([]);
        expect(preview.totals).toMatchObject({ add: 0, change: 0, unchanged: exported.rows });
        expect(exported.rows).toBeGreaterThan(2);
        await commitImport(editor, { scope, kind, csv: exported.csv, fingerprint: preview.fingerprint });
        expect(snapshotTables(db)).toBe(before);
        expect((await editor.exports.csv({ scope, kind })).csv).toBe(exported.csv);
      }
    });
  }

  it('carries figures from one installation to another unchanged', async () => {
    const source = world();
    await importNow(source.editor, ALFA, 'figures', fixture('dati-mensili-excel.csv'));
    const exported = await source.editor.exports.csv({ scope: ALFA, kind: 'figures' });
    const target = world();
    const result = await importNow(target.editor, ALFA, 'figures', exported.csv);
    expect(result).toMatchObject({ added: 19, changed: 3 });
    expect((await target.editor.exports.csv({ scope: ALFA, kind: 'figures' })).csv).toBe(exported.csv);
  });
});
