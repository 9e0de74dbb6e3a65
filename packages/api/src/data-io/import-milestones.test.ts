import { schema } from '@switchoff/db';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditRows, callerFor, inItalian, refusal, snapshotTables } from '../testing';
import { ALFA, commitImport, editorWorld, fixture } from './import.testing';

const HEADER = 'codice;titolo;tipo;servizio;data_base;data_prevista;data_effettiva;avanzamento;dipende_da';

async function importNow(editor: ReturnType<typeof editorWorld>['editor'], csv: string) {
  const preview = await editor.imports.preview({ scope: ALFA, kind: 'milestones', csv });
  if (preview.errors.length > 0) throw new Error(JSON.stringify(preview.errors));
  return commitImport(editor, { scope: ALFA, kind: 'milestones', csv, fingerprint: preview.fingerprint });
}

describe('importing milestones', () => {
  it('adds milestones with Italian words and dates, dependencies on existing and new ones', async () => {
    const { db, ids, editor } = editorWorld();
    const csv = fixture('traguardi.csv');
    const preview = await editor.imports.preview({ scope: ALFA, kind: 'milestones', csv });
    expect(preview).toMatchObject({
      separator: ',',
      totals: { rows: 3, add: 3, change: 0, unchanged: 0, errors: 0 },
      canApply: true,
    });
    expect(preview.add[0]).toEqual({
      line: 2,
      istat: '019001',
      comune: 'Alfa',
      service: 'tari',
      month: null,
      code: 'TARI-APP',
      label: 'TARI-APP · Pagamento TARI in App IO',
      before: null,
      after: {
        titolo: 'Pagamento TARI in App IO',
        tipo: 'national_platform',
        servizio: 'tari',
        descrizione: 'Avvisi TARI su App IO, con pagamento pagoPA',
        responsabile: 'Ufficio tributi',
        data_base: '2024-09-01',
        data_prevista: '2024-09-30',
        data_effettiva: null,
        avanzamento: 10,
        visibilita: 'pubblica',
        nota_interna: null,
        dipende_da: `id-${ids.late}`,
      },
    });
    await commitImport(editor, { scope: ALFA, kind: 'milestones', csv, fingerprint: preview.fingerprint });

    const roadmap = await editor.milestones.roadmap(ALFA);
    const byTitle = new Map(roadmap.milestones.map((m) => [m.title, m]));
    expect(byTitle.get('Switch-off TARI')).toMatchObject({
      kind: 'switch_off',
      plannedDate: '2024-12-31',
      baselineDate: '2024-12-31',
      progress: 0,
    });
    expect(byTitle.get('Switch-off TARI')?.dependsOn.map((d) => d.title)).toEqual(['Pagamento TARI in App IO']);
    expect(byTitle.get('Pagamento TARI in App IO')?.dependsOn.map((d) => d.title)).toEqual(['TARI solo pagoPA']);
    expect(byTitle.get('Formazione "sportello digitale"')).toMatchObject({
      visibility: 'internal',
      internalNote: 'Nota riservata',
      actualDate: '2024-05-20',
      progress: 100,
      // Reached on 20 May 2024, after its baseline: done, late.
      status: 'done_late',
      service: null,
    });
    const codes = db
      .select({ code: schema.milestones.code })
      .from(schema.milestones)
      .where(eq(schema.milestones.comuneId, ids.alfa))
      .all();
    expect(
      codes
        .map((c) => c.code)
        .filter(Boolean)
        .sort(),
    ).toEqual(['FORM-2024', 'TARI-APP', 'TARI-SO']);
    const publicRoadmap = JSON.stringify(await callerFor(db, 'public').milestones.roadmap(ALFA));
    expect(publicRoadmap).not.toContain('sportello digitale');

    const again = await editor.imports.preview({ scope: ALFA, kind: 'milestones', csv });
    expect(again.totals).toMatchObject({ add: 0, change: 0, unchanged: 3, errors: 0 });
  });

  it('re-plans a moved date (kept in the history with its reason) and completes a reached milestone', async () => {
    const { db, editor } = editorWorld();
    await importNow(editor, fixture('traguardi.csv'));
    const csv = `${HEADER}\nTARI-APP;Pagamento TARI in App IO;national_platform;tari;;15/10/2024;;20;id-2\nTARI-SO;Switch-off TARI;switch_off;tari;;31/12/2024;01/07/2024;;TARI-APP\n`;
    const preview = await editor.imports.preview({ scope: ALFA, kind: 'milestones', csv });
    expect(preview.change.map((c) => [c.code, c.before, c.after])).toEqual([
      ['TARI-APP', { avanzamento: 10, data_prevista: '2024-09-30' }, { avanzamento: 20, data_prevista: '2024-10-15' }],
      ['TARI-SO', { avanzamento: 0, data_effettiva: null }, { avanzamento: 100, data_effettiva: '2024-07-01' }],
    ]);
    const auditBefore = auditRows(db).length;
    await commitImport(editor, { scope: ALFA, kind: 'milestones', csv, fingerprint: preview.fingerprint });
    const roadmap = await editor.milestones.roadmap(ALFA);
    const app = roadmap.milestones.find((m) => m.title === 'Pagamento TARI in App IO');
    expect(app).toMatchObject({ plannedDate: '2024-10-15', baselineDate: '2024-09-01', progress: 20, version: 2 });
    expect(app?.replans).toEqual([
      expect.objectContaining({
        previousDate: '2024-09-30',
        plannedDate: '2024-10-15',
        reason: 'Importazione da file CSV',
      }),
    ]);
    expect(roadmap.milestones.find((m) => m.title === 'Switch-off TARI')).toMatchObject({
      actualDate: '2024-07-01',
      progress: 100,
      status: 'done',
    });
    const actions = auditRows(db)
      .slice(0, auditRows(db).length - auditBefore)
      .map((a) => `${a.entity}:${a.action}`)
      .sort();
    expect(actions).toEqual([
      'imports:import',
      'milestones:complete',
      'milestones:replan',
      'milestones:update',
      'milestones:update',
    ]);
  });

  it('refuses what the screens refuse, row by row, and imports nothing', async () => {
    const { db, editor } = editorWorld();
    await importNow(editor, fixture('traguardi.csv'));
    const csv = [
      HEADER,
      'TARI-APP;Pagamento TARI in App IO;national_platform;tari;02/09/2024;30/09/2024;;10;',
      'FORM-2024;Formazione;training;;;01/06/2024;20/05/2024;100;',
      'id-999;Fantasma;other;;;01/10/2024;;0;',
      'id-77;Altro fantasma;other;;;01/10/2024;;0;',
      'NUOVO;Nuovo;other;piscina;;01/10/2024;;0;',
      'FUTURO;Futuro;other;;;01/10/2024;01/08/2024;100;',
      'A;A;other;;;01/10/2024;;0;B',
      'B;B;other;;;01/10/2024;;0;A',
      'C;C;other;;;01/10/2024;;0;NESSUNO',
      'A;Doppio;other;;;01/10/2024;;0;',
      'FORM-2025;Formazione 2025;training;;;01/06/2025;;;',
    ].join('\n');
    const preview = await editor.imports.preview({ scope: ALFA, kind: 'milestones', csv });
    expect(inItalian(preview.errors).map((e) => [e.line, e.column, e.message])).toEqual([
      [2, 'data_base', 'La data di base non cambia dopo la creazione (è 2024-09-01)'],
      [3, 'data_prevista', 'Il traguardo è già raggiunto: non si ripianifica'],
      [
        4,
        'codice',
        'Il comune di Alfa non ha il traguardo id-999 (i codici id-N sono dei traguardi creati dallo schermo)',
      ],
      [
        5,
        'codice',
        'Il comune di Alfa non ha il traguardo id-77 (i codici id-N sono dei traguardi creati dallo schermo)',
      ],
      [6, 'servizio', 'Il comune di Alfa non ha un servizio "piscina"'],
      [7, 'data_effettiva', 'La data non può essere nel futuro (oggi è 2024-07-15)'],
      [8, 'dipende_da', 'Queste dipendenze creerebbero un ciclo: un traguardo finirebbe per dipendere da sé stesso'],
      [9, 'dipende_da', 'Queste dipendenze creerebbero un ciclo: un traguardo finirebbe per dipendere da sé stesso'],
      [10, 'dipende_da', 'Il comune di Alfa non ha i traguardi NESSUNO'],
      [11, 'codice', 'Codice ripetuto: A è già alla riga 8'],
    ]);
    expect(preview.totals).toMatchObject({ add: 1, errors: 10 });
    const before = snapshotTables(db);
    expect(
      (await refusal(commitImport(editor, { scope: ALFA, kind: 'milestones', csv, fingerprint: preview.fingerprint })))
        .code,
    ).toBe('BAD_REQUEST');
    expect(snapshotTables(db)).toBe(before);
  });

  it('does not take a reached milestone’s actual date away', async () => {
    const { editor } = editorWorld();
    await importNow(editor, fixture('traguardi.csv'));
    const csv = `${HEADER}\nFORM-2024;Formazione;training;;;15/05/2024;;100;\n`;
    const preview = await editor.imports.preview({ scope: ALFA, kind: 'milestones', csv });
    expect(inItalian(preview.errors).map((e) => e.message)).toEqual([
      'Non si toglie la data in cui il traguardo è stato raggiunto (2024-05-20)',
    ]);
  });
});
