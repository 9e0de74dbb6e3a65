import { describe, expect, it } from 'vitest';
import { inItalian } from '../testing';
import { CONSORTIUM, editorWorld, REFUSED } from './import.testing';

/*
 * A row with several problems lists every one of them in one preview: a wrong cell no longer
 * hides that the row's comune, service or month is wrong too, each naming its column and what
 * it expects.
 */
const FILES = [
  {
    kind: 'figures',
    what: 'wrong cells, and the row’s service, month and comune, all at once',
    csv: [
      'istat;servizio;mese;online;assistito;cartaceo',
      '019001;piscina;agosto 2024;-3;1,5;2',
      '098001;mensa;2024-04;dieci;1;2',
      '019001;;2024-04;1;1;',
    ],
    errors: [
      { line: 2, column: 'online', value: '-3', message: 'Non può essere negativo' },
      { line: 2, ...REFUSED.notWhole('assistito') },
      { line: 2, ...REFUSED.unknownService },
      { line: 2, ...REFUSED.monthNotOver },
      { line: 3, column: 'online', value: 'dieci', message: '"dieci" non è un numero' },
      { line: 3, ...REFUSED.otherConsortium },
      { line: 4, column: 'servizio', value: '', message: 'Valore mancante' },
      { line: 4, column: 'cartaceo', value: '', message: 'Valore mancante' },
    ],
  },
  {
    kind: 'milestones',
    what: 'a wrong date and an unknown service of the same row',
    csv: [
      'istat;codice;titolo;tipo;servizio;data_prevista',
      '019001;NUOVO;Nuovo;other;piscina;31/02/2024',
      '098001;ALTRO;;other;;01/10/2024',
    ],
    errors: [
      {
        line: 2,
        column: 'data_prevista',
        value: '31/02/2024',
        message: '"31/02/2024" non è una data (es. 2024-09-30 o 30/09/2024)',
      },
      { line: 2, ...REFUSED.unknownService },
      { line: 3, column: 'titolo', value: '', message: 'Indica il titolo' },
      { line: 3, ...REFUSED.otherConsortium },
    ],
  },
] as const;

describe('every error of an import row is listed', () => {
  for (const { kind, what, csv, errors } of FILES) {
    it(`${kind}: ${what}`, async () => {
      const { editor } = editorWorld();
      const preview = await editor.imports.preview({ scope: CONSORTIUM, kind, csv: csv.join('\n') });
      expect(inItalian(preview.errors)).toEqual(errors);
      expect(preview.totals).toMatchObject({ rows: csv.length - 1, errors: errors.length });
      expect(preview.canApply).toBe(false);
    });
  }
});
