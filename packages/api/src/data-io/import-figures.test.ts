import { describe, expect, it } from 'vitest';
import { auditRows, refusal, snapshotTables } from '../testing';
import { ALFA, commitImport, editorWorld, fixture, mensaMonth } from './import.testing';

describe('importing monthly figures saved by Italian Excel (";", BOM, CRLF, decimal comma)', () => {
  it('previews exactly what a year of figures adds, changes and leaves alone, writing nothing', async () => {
    const { db, editor } = editorWorld();
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
    const { db, ids, editor } = editorWorld();
    const csv = fixture('dati-mensili-excel.csv');
    const auditBefore = auditRows(db).length;
    const { fingerprint } = await editor.imports.preview({ scope: ALFA, kind: 'figures', csv });
    const result = await commitImport(editor, {
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
      await commitImport(editor, { scope: ALFA, kind: 'figures', csv, fingerprint: again.fingerprint }),
    ).toMatchObject({ added: 0, changed: 0, unchanged: 24, comuni: [{ added: 0, changed: 0 }] });
    expect(snapshotTables(db)).toBe(before);
  });

  it('refuses to apply when the data changed after the preview, writing nothing', async () => {
    const { db, ids, editor } = editorWorld();
    const csv = fixture('dati-mensili-excel.csv');
    const { fingerprint } = await editor.imports.preview({ scope: ALFA, kind: 'figures', csv });
    const version = mensaMonth(db, ids.mensaAlfa, '2024-01')?.version ?? 0;
    await editor.figures.saveMonths({
      istat: '019001',
      slug: 'mensa',
      rows: [{ month: '2024-01', online: 81, assisted: 10, paper: 10, version }],
    });
    const before = snapshotTables(db);
    const refused = await refusal(commitImport(editor, { scope: ALFA, kind: 'figures', csv, fingerprint }));
    expect(refused).toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('I dati sono cambiati dopo l’anteprima'),
    });
    expect(snapshotTables(db)).toBe(before);
  });

  it('ties the fingerprint to the file and the data: the same twice, another for one changed cell, refused at commit', async () => {
    const { db, editor } = editorWorld();
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
      commitImport(editor, { scope: ALFA, kind: 'figures', csv: other, fingerprint: first.fingerprint }),
    );
    expect(refused).toMatchObject({ code: 'CONFLICT' });
    expect(snapshotTables(db)).toBe(before);
  });

  it('gives back the larger page cache an import runs with, whether it commits or is refused', async () => {
    const { db, ids, editor } = editorWorld();
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
    await refusal(commitImport(editor, { scope: ALFA, kind: 'figures', csv, fingerprint }));
    expect(cacheSize()).toBe(normal);
    const again = await editor.imports.preview({ scope: ALFA, kind: 'figures', csv });
    await commitImport(editor, { scope: ALFA, kind: 'figures', csv, fingerprint: again.fingerprint });
    expect(cacheSize()).toBe(normal);
  });
});
