import { readFileSync } from 'node:fs';
import { schema } from '@switchoff/db';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditRows, callerFor, createTestWorld, inItalian, refusal, snapshotTables } from '../testing';

/** A fixture as the browser hands it over: `File.text()` decodes UTF-8 (a BOM kept, to prove we strip it). */
const fixture = (name: string) =>
  new TextDecoder('utf-8', { ignoreBOM: true }).decode(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));

const ALFA = { istat: '019001' };
const CONSORTIUM = { consortium: 'consorzio-test' };

function world() {
  const w = createTestWorld({ withPeople: true });
  return { ...w, editor: callerFor(w.db, 'editor1') };
}

const mensaMonth = (db: ReturnType<typeof world>['db'], serviceId: number, month: string) =>
  db
    .select()
    .from(schema.monthlyFigures)
    .where(and(eq(schema.monthlyFigures.serviceId, serviceId), eq(schema.monthlyFigures.month, month)))
    .get();

describe('importing monthly figures saved by Italian Excel (";", BOM, CRLF, decimal comma)', () => {
  it('previews exactly what a year of figures adds, changes and leaves alone, writing nothing', async () => {
    const { db, editor } = world();
    const csv = fixture('dati-mensili-excel.csv');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const before = snapshotTables(db);
    const preview = await editor.imports.preview({ scope: ALFA, kind: 'figures', csv });
    expect(snapshotTables(db)).toBe(before);
    expect(preview).toMatchObject({
      kind: 'figures',
      scope: { kind: 'comune', istat: '019001', name: 'Alfa' },
      separator: ';',
      totals: { rows: 24, add: 19, change: 3, unchanged: 2, errors: 0 },
      errors: [],
      truncated: false,
      ignoredColumns: [],
      canApply: true,
    });
    expect(preview.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(preview.unchanged.map((r) => [r.line, r.label])).toEqual([
      [8, 'mensa, 2024-01'],
      [10, 'mensa, 2024-03'],
    ]);
    expect(preview.change.find((c) => c.month === '2024-02')).toEqual({
      line: 9,
      istat: '019001',
      comune: 'Alfa',
      service: 'mensa',
      month: '2024-02',
      code: null,
      label: 'mensa, 2024-02',
      before: {
        online: 80,
        assistito: 10,
        cartaceo: 10,
        pagamenti_totali: 50,
        pagamenti_pagopa: 50,
        soddisfazione_2: 0,
        soddisfazione_3: 0,
        soddisfazione_4: 80,
        soddisfazione_5: 10,
        costo_euro: null,
      },
      after: {
        online: 1210,
        assistito: 15,
        cartaceo: 5,
        pagamenti_totali: 1100,
        pagamenti_pagopa: 1050,
        soddisfazione_2: 1,
        soddisfazione_3: 2,
        soddisfazione_4: 30,
        soddisfazione_5: 40,
        costo_euro: 1234.5,
      },
    });
    const july = preview.add.find((a) => a.service === 'tari' && a.month === '2023-07');
    expect(july).toMatchObject({
      line: 14,
      before: null,
      after: {
        online: 200,
        assistito: 40,
        cartaceo: 60,
        pagamenti_totali: 300,
        pagamenti_pagopa: 280,
        soddisfazione_1: 0,
        soddisfazione_5: 0,
        costo_euro: null,
      },
    });
    expect(preview.add.filter((a) => a.service === 'mensa').map((a) => a.month)).toEqual([
      '2023-07',
      '2023-08',
      '2023-09',
      '2023-10',
      '2023-11',
      '2023-12',
      '2024-04',
    ]);
  });

  it('applies it in one transaction with audit rows; the same file again changes nothing', async () => {
    const { db, ids, editor } = world();
    const csv = fixture('dati-mensili-excel.csv');
    const auditBefore = auditRows(db).length;
    const { fingerprint } = await editor.imports.preview({ scope: ALFA, kind: 'figures', csv });
    const result = await editor.imports.commit({
      scope: ALFA,
      kind: 'figures',
      csv,
      fingerprint,
      fileName: 'dati-alfa.csv',
    });
    expect(result).toEqual({
      kind: 'figures',
      scope: { kind: 'comune', istat: '019001', name: 'Alfa' },
      added: 19,
      changed: 3,
      unchanged: 2,
      comuni: [{ istat: '019001', name: 'Alfa', added: 19, changed: 3 }],
    });
    expect(mensaMonth(db, ids.mensaAlfa, '2024-02')).toMatchObject({
      online: 1210,
      costCents: 123_450,
      satisfaction1: 0,
      satisfaction5: 40,
      version: 2,
    });
    expect(mensaMonth(db, ids.tariAlfa, '2023-12')).toMatchObject({
      online: 205,
      paymentsPagopa: 285,
      costCents: null,
      version: 1,
    });
    const audit = auditRows(db).slice(0, auditRows(db).length - auditBefore);
    expect(audit.filter((a) => a.entity === 'monthly_figures' && a.action === 'create')).toHaveLength(19);
    expect(audit.filter((a) => a.entity === 'monthly_figures' && a.action === 'update')).toHaveLength(3);
    expect(audit.every((a) => a.actor === 'Editor del Consorzio Test <editor1@test.it>')).toBe(true);
    expect(audit.find((a) => a.entity === 'imports')).toMatchObject({
      action: 'import',
      comuneId: ids.alfa,
      after: { file: 'dati-alfa.csv', kind: 'figures', added: 19, changed: 3, unchanged: 2, fingerprint },
    });

    const month = new Date().toISOString().slice(0, 7);
    const history = await editor.history.thisMonth({ istat: '019001', month });
    // The change history names the file the editor imported.
    expect(history.changes.filter((c) => c.entity === 'imports').map((c) => c.subject)).toEqual(['dati-alfa.csv']);
    expect(history.changes.find((c) => c.entity === 'monthly_figures')?.subject).toMatch(/^(mensa|tari), \d{4}-\d{2}$/);

    const again = await editor.imports.preview({ scope: ALFA, kind: 'figures', csv });
    expect(again.totals).toEqual({ rows: 24, add: 0, change: 0, unchanged: 24, errors: 0 });
    expect(again.canApply).toBe(false);
    const before = snapshotTables(db);
    expect(
      await editor.imports.commit({ scope: ALFA, kind: 'figures', csv, fingerprint: again.fingerprint }),
    ).toMatchObject({ added: 0, changed: 0, unchanged: 24, comuni: [{ added: 0, changed: 0 }] });
    expect(snapshotTables(db)).toBe(before);
  });

  it('refuses to apply when the data changed after the preview, writing nothing', async () => {
    const { db, ids, editor } = world();
    const csv = fixture('dati-mensili-excel.csv');
    const { fingerprint } = await editor.imports.preview({ scope: ALFA, kind: 'figures', csv });
    const version = mensaMonth(db, ids.mensaAlfa, '2024-01')?.version ?? 0;
    await editor.figures.saveMonths({
      istat: '019001',
      slug: 'mensa',
      rows: [{ month: '2024-01', online: 81, assisted: 10, paper: 10, version }],
    });
    const before = snapshotTables(db);
    const refused = await refusal(editor.imports.commit({ scope: ALFA, kind: 'figures', csv, fingerprint }));
    expect(refused).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('I dati sono cambiati dopo l’anteprima'),
    });
    expect(snapshotTables(db)).toBe(before);
  });

  it('ties the fingerprint to the file and the data: the same twice, another for one changed cell, refused at commit', async () => {
    const { db, editor } = world();
    const csv = fixture('dati-mensili-excel.csv');
    const first = await editor.imports.preview({ scope: ALFA, kind: 'figures', csv });
    expect((await editor.imports.preview({ scope: ALFA, kind: 'figures', csv })).fingerprint).toBe(first.fingerprint);
    // The same file with one count changed (the first data row's online transactions).
    const lines = csv.split('\r\n');
    const cells = (lines[1] ?? '').split(';');
    cells[4] = String(Number(cells[4]) + 1);
    const other = [lines[0], cells.join(';'), ...lines.slice(2)].join('\r\n');
    const second = await editor.imports.preview({ scope: ALFA, kind: 'figures', csv: other });
    expect(second.fingerprint).not.toBe(first.fingerprint);
    const before = snapshotTables(db);
    const refused = await refusal(
      editor.imports.commit({ scope: ALFA, kind: 'figures', csv: other, fingerprint: first.fingerprint }),
    );
    expect(refused).toMatchObject({ code: 'CONFLICT' });
    expect(snapshotTables(db)).toBe(before);
  });

  it('gives back the larger page cache an import runs with, whether it commits or is refused', async () => {
    const { db, ids, editor } = world();
    const cacheSize = () => db.$client.pragma('cache_size', { simple: true });
    const normal = cacheSize();
    const csv = fixture('dati-mensili-excel.csv');
    const { fingerprint } = await editor.imports.preview({ scope: ALFA, kind: 'figures', csv });
    expect(cacheSize()).toBe(normal);
    const version = mensaMonth(db, ids.mensaAlfa, '2024-01')?.version ?? 0;
    await editor.figures.saveMonths({
      istat: '019001',
      slug: 'mensa',
      rows: [{ month: '2024-01', online: 81, assisted: 10, paper: 10, version }],
    });
    await refusal(editor.imports.commit({ scope: ALFA, kind: 'figures', csv, fingerprint }));
    expect(cacheSize()).toBe(normal);
    const again = await editor.imports.preview({ scope: ALFA, kind: 'figures', csv });
    await editor.imports.commit({ scope: ALFA, kind: 'figures', csv, fingerprint: again.fingerprint });
    expect(cacheSize()).toBe(normal);
  });

  it('reports every bad row with its line, column and reason, and imports none', async () => {
    const { db, editor } = world();
    const csv = fixture('righe-errate.csv');
    const preview = await editor.imports.preview({ scope: CONSORTIUM, kind: 'figures', csv });
    expect(preview.separator).toBe(',');
    expect(inItalian(preview.errors)).toEqual([
      { line: 3, column: 'online', value: '-3', message: 'Non può essere negativo' },
      { line: 4, column: 'servizio', value: 'piscina', message: 'Il comune di Alfa non ha un servizio "piscina"' },
      {
        line: 5,
        column: 'mese',
        value: 'agosto 2024',
        message: 'Il mese 2024-08 non è ancora concluso (ultimo mese possibile: 2024-06)',
      },
      { line: 6, column: 'mese', value: '04/2024', message: 'Riga ripetuta: mensa di 2024-04 è già alla riga 2' },
      { line: 7, column: null, value: null, message: 'La riga ha 5 colonne invece di 6' },
      {
        line: 8,
        column: 'istat',
        value: '098001',
        message: 'Nessun comune con codice ISTAT 098001 nel consorzio Consorzio Test',
      },
      { line: 9, column: 'online', value: '1,5', message: '"1,5" non è un numero intero' },
    ]);
    expect(preview.totals).toMatchObject({ rows: 8, add: 1, errors: 7 });
    expect(preview.canApply).toBe(false);
    const before = snapshotTables(db);
    const refused = await refusal(
      editor.imports.commit({ scope: CONSORTIUM, kind: 'figures', csv, fingerprint: preview.fingerprint }),
    );
    expect(refused).toMatchObject({
      code: 'BAD_REQUEST',
      message: 'Il file ha 7 errori: correggi e ripeti l’anteprima. Nulla è stato importato',
    });
    expect(snapshotTables(db)).toBe(before);
  });

  it('keeps a file for one comune to that comune', async () => {
    const { editor } = world();
    const csv = 'istat;servizio;mese;online;assistito;cartaceo\n019002;mensa;2024-04;1;0;9\n';
    const preview = await editor.imports.preview({ scope: ALFA, kind: 'figures', csv });
    expect(inItalian(preview.errors)).toEqual([
      {
        line: 2,
        column: 'istat',
        value: '019002',
        message: 'Il file è per il comune di Alfa (019001): questa riga è del comune 019002',
      },
    ]);
  });

  it('refuses an empty file, a huge line and a file not in UTF-8 with a clear reason', async () => {
    const { editor } = world();
    const errorsOf = async (name: string) =>
      inItalian((await editor.imports.preview({ scope: ALFA, kind: 'figures', csv: fixture(name) })).errors);
    expect(await errorsOf('vuoto.csv')).toEqual([
      { line: null, column: null, value: null, message: 'Il file è vuoto' },
    ]);
    expect(await errorsOf('riga-enorme.csv')).toEqual([
      {
        line: 3,
        column: null,
        value: null,
        message: 'Riga troppo lunga: 70.018 caratteri (al più 65.536); non sembra un CSV di dati',
      },
    ]);
    expect(await errorsOf('dati-mensili-ansi.csv')).toEqual([
      {
        line: null,
        column: null,
        value: null,
        message: 'Il file non è in UTF-8 (caratteri illeggibili): salvalo come "CSV UTF-8 (delimitato da virgole)"',
      },
    ]);
  });

  it('names missing columns, a header without rows and unknown columns', async () => {
    const { editor } = world();
    const preview = (csv: string, scope: typeof ALFA | typeof CONSORTIUM = ALFA) =>
      editor.imports.preview({ scope, kind: 'figures', csv });
    expect(inItalian((await preview('servizio;mese;online\nmensa;2024-04;5\n')).errors)).toEqual([
      { line: 1, column: 'assistito', value: null, message: 'Manca la colonna obbligatoria "assistito"' },
      { line: 1, column: 'cartaceo', value: null, message: 'Manca la colonna obbligatoria "cartaceo"' },
    ]);
    expect(inItalian((await preview('servizio;mese;online;assistito;cartaceo\n', CONSORTIUM)).errors)[0]?.message).toBe(
      'Manca la colonna obbligatoria "istat"',
    );
    expect(inItalian((await preview('servizio;mese;online;assistito;cartaceo\r\n;;;;\r\n')).errors)).toEqual([
      { line: 1, column: null, value: null, message: 'Il file ha solo l’intestazione: nessuna riga di dati' },
    ]);
    const withNotes = await preview('servizio;mese;online;assistito;cartaceo;note\nmensa;2024-04;5;1;2;telefonare\n');
    expect(withNotes).toMatchObject({ ignoredColumns: ['note'], totals: { add: 1, errors: 0 } });
    expect(
      inItalian((await preview('servizio;mese;online;assistito;cartaceo\nmensa;"2024-04;5;1;2\n')).errors)[0]?.message,
    ).toContain('Virgolette non chiuse');
  });

  it('checks a merged row with the grid’s rules: pagoPA over the total is refused on its cell', async () => {
    const { editor } = world();
    const csv = 'servizio;mese;online;assistito;cartaceo;pagamenti_pagopa\nmensa;2024-02;80;10;10;70\n';
    expect(inItalian((await editor.imports.preview({ scope: ALFA, kind: 'figures', csv })).errors)).toEqual([
      {
        line: 2,
        column: 'pagamenti_pagopa',
        value: null,
        message: 'I pagamenti pagoPA non possono superare il totale dei pagamenti',
      },
    ]);
  });

  it('keeps the values of columns a file leaves out', async () => {
    const { db, ids, editor } = world();
    const csv = 'servizio;mese;online;assistito;cartaceo\nmensa;2024-02;90;5;5\n';
    const preview = await editor.imports.preview({ scope: ALFA, kind: 'figures', csv });
    expect(preview.change[0]).toMatchObject({
      before: { online: 80, assistito: 10, cartaceo: 10 },
      after: { online: 90, assistito: 5, cartaceo: 5 },
    });
    await editor.imports.commit({ scope: ALFA, kind: 'figures', csv, fingerprint: preview.fingerprint });
    expect(mensaMonth(db, ids.mensaAlfa, '2024-02')).toMatchObject({
      online: 90,
      paymentsTotal: 50,
      paymentsPagopa: 50,
      satisfaction4: 80,
    });
  });

  it('is for the consortium’s staff only, whatever the scope', async () => {
    const { db } = world();
    const csv = fixture('dati-mensili-excel.csv');
    for (const [role, code] of [
      ['public', 'UNAUTHORIZED'],
      ['councilA', 'FORBIDDEN'],
      ['editor2', 'FORBIDDEN'],
      ['admin2', 'FORBIDDEN'],
    ] as const) {
      const refused = await refusal(callerFor(db, role).imports.preview({ scope: CONSORTIUM, kind: 'figures', csv }));
      expect(refused.code, role).toBe(code);
    }
    expect(
      (
        await refusal(
          callerFor(db, 'editor1').imports.preview({ scope: { consortium: 'nessuno' }, kind: 'figures', csv }),
        )
      ).code,
    ).toBe('NOT_FOUND');
    await expect(
      callerFor(db, 'admin1').imports.preview({ scope: CONSORTIUM, kind: 'figures', csv }),
    ).resolves.toMatchObject({ totals: { add: 19 } });
  });
});
