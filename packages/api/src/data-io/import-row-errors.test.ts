import { describe, expect, it } from 'vitest';
import { inItalian } from '../testing';
import { CONSORTIUM, editorWorld } from './import.testing';

/*
 * A row with several problems lists every one of them in one preview: a wrong cell no longer
 * hides that the row's comune, service or month is wrong too, each naming its column and what
 * it expects.
 */
describe('every error of an import row is listed', () => {
  it('figures: wrong cells, and the row’s service, month and comune, all at once', async () => {
    const { editor } = editorWorld();
    const csv = [
      'istat;servizio;mese;online;assistito;cartaceo',
      '019001;piscina;agosto 2024;-3;1,5;2',
      '098001;mensa;2024-04;dieci;1;2',
      '019001;;2024-04;1;1;',
    ].join('\n');
    const preview = await editor.imports.preview({ scope: CONSORTIUM, kind: 'figures', csv });
    expect(inItalian(preview.errors)).toEqual([
      { line: 2, column: 'online', value: '-3', message: 'Non può essere negativo' },
      {
        line: 2,
        column: 'assistito',
        value: '1,5',
        message:
          '"1,5" non è un numero intero: qui va un numero senza decimali (in "1,5" la virgola separa i decimali)',
      },
      { line: 2, column: 'servizio', value: 'piscina', message: 'Il comune di Alfa non ha un servizio "piscina"' },
      {
        line: 2,
        column: 'mese',
        value: 'agosto 2024',
        message: 'Il mese 2024-08 non è ancora concluso (ultimo mese possibile: 2024-06)',
      },
      { line: 3, column: 'online', value: 'dieci', message: '"dieci" non è un numero' },
      {
        line: 3,
        column: 'istat',
        value: '098001',
        message: 'Nessun comune con codice ISTAT 098001 nel consorzio Consorzio Test',
      },
      { line: 4, column: 'servizio', value: '', message: 'Valore mancante' },
      { line: 4, column: 'cartaceo', value: '', message: 'Valore mancante' },
    ]);
    expect(preview.totals).toMatchObject({ rows: 3, errors: 8 });
    expect(preview.canApply).toBe(false);
  });

  it('milestones: a wrong date and an unknown service of the same row', async () => {
    const { editor } = editorWorld();
    const csv = [
      'istat;codice;titolo;tipo;servizio;data_prevista',
      '019001;NUOVO;Nuovo;other;piscina;31/02/2024',
      '098001;ALTRO;;other;;01/10/2024',
    ].join('\n');
    const preview = await editor.imports.preview({ scope: CONSORTIUM, kind: 'milestones', csv });
    expect(inItalian(preview.errors).map((e) => [e.line, e.column, e.message])).toEqual([
      [2, 'data_prevista', '"31/02/2024" non è una data (es. 2024-09-30 o 30/09/2024)'],
      [2, 'servizio', 'Il comune di Alfa non ha un servizio "piscina"'],
      [3, 'titolo', 'Indica il titolo'],
      [3, 'istat', 'Nessun comune con codice ISTAT 098001 nel consorzio Consorzio Test'],
    ]);
  });
});
