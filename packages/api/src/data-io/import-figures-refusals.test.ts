import { describe, expect, it } from 'vitest';
import { callerFor, inItalian, refusal, snapshotTables } from '../testing';
import { ALFA, CONSORTIUM, commitImport, editorWorld, fixture, mensaMonth, REFUSED } from './import.testing';

describe('refusing a figures file, whole or by row and cell', () => {
  it('reports every bad row with its line, column and reason, and imports none', async () => {
    const { db, editor } = editorWorld();
    const csv = fixture('righe-errate.csv');
    const preview = await editor.imports.preview({ scope: CONSORTIUM, kind: 'figures', csv });
    expect(preview.separator).toBe(',');
    expect(inItalian(preview.errors)).toEqual([
      { line: 3, column: 'online', value: '-3', message: 'Non può essere negativo' },
      { line: 4, ...REFUSED.unknownService },
      { line: 5, ...REFUSED.monthNotOver },
      { line: 6, column: 'mese', value: '04/2024', message: 'Riga ripetuta: mensa di 2024-04 è già alla riga 2' },
      { line: 7, column: null, value: null, message: 'La riga ha 5 colonne invece di 6' },
      { line: 8, ...REFUSED.otherConsortium },
      { line: 9, ...REFUSED.notWhole('online') },
    ]);
    expect(preview.totals).toMatchObject({ rows: 8, add: 1, errors: 7 });
    expect(preview.canApply).toBe(false);
    const before = snapshotTables(db);
    const refused = await refusal(
      commitImport(editor, { scope: CONSORTIUM, kind: 'figures', csv, fingerprint: preview.fingerprint }),
    );
    expect(refused).toMatchObject({
      code: 'BAD_REQUEST',
      message: 'Il file ha 7 errori: correggi e ripeti l’anteprima. Nulla è stato importato',
    });
    expect(snapshotTables(db)).toBe(before);
  });

  it('keeps a file for one comune to that comune', async () => {
    const { editor } = editorWorld();
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
    const { editor } = editorWorld();
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
    const { editor } = editorWorld();
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
    const { editor } = editorWorld();
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
    const { db, ids, editor } = editorWorld();
    const csv = 'servizio;mese;online;assistito;cartaceo\nmensa;2024-02;90;5;5\n';
    const preview = await editor.imports.preview({ scope: ALFA, kind: 'figures', csv });
    expect(preview.change[0]).toMatchObject({
      before: { online: 80, assistito: 10, cartaceo: 10 },
      after: { online: 90, assistito: 5, cartaceo: 5 },
    });
    await commitImport(editor, { scope: ALFA, kind: 'figures', csv, fingerprint: preview.fingerprint });
    expect(mensaMonth(db, ids.mensaAlfa, '2024-02')).toMatchObject({
      online: 90,
      paymentsTotal: 50,
      paymentsPagopa: 50,
      satisfaction4: 80,
    });
  });

  it('is for the consortium’s staff only, whatever the scope', async () => {
    const { db } = editorWorld();
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
