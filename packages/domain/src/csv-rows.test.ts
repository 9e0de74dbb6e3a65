import { describe, expect, it } from 'vitest';
import { exportHeader, mapHeader, normaliseHeader } from './csv-columns';
import { figuresIssueColumn, readFiguresRow } from './csv-figures';
import { milestoneCode, readMilestoneRow } from './csv-milestones';
import { figuresFreshness } from './freshness';
import { MESSAGES, token } from './messages';

const figures = (cells: Record<string, string>) =>
  readFiguresRow({
    istat: '19001',
    servizio: 'mensa',
    mese: 'marzo 2024',
    online: '1.200',
    assistito: '30',
    cartaceo: '5',
    ...cells,
  });

describe('headers', () => {
  it('folds accents, case, spaces and symbols', () => {
    const headers = [' Soddisfazione 1 ', 'Visibilità', 'Costo (€)', 'Pagamenti pagoPA'];
    expect(headers.map(normaliseHeader)).toEqual(['soddisfazione_1', 'visibilita', 'costo', 'pagamenti_pagopa']);
  });

  it('maps headers and aliases to columns, ignoring the informative and unknown ones', () => {
    const map = mapHeader(
      'figures',
      ['Codice ISTAT', 'Comune', 'Servizio', 'Mese', 'Online', 'Assistito', 'Cartaceo', 'Costo (€)', 'Note'],
      false,
    );
    expect(map.columns).toEqual([
      'istat',
      null,
      'servizio',
      'mese',
      'online',
      'assistito',
      'cartaceo',
      'costo_euro',
      null,
    ]);
    expect(map.unknown).toEqual(['Note']);
    expect(map.missing).toEqual([]);
  });

  it('needs istat only for a whole consortium', () => {
    const header = ['servizio', 'mese', 'online', 'assistito', 'cartaceo'];
    expect(mapHeader('figures', header, true).missing).toEqual([]);
    expect(mapHeader('figures', header, false).missing).toEqual(['istat']);
    expect(mapHeader('figures', ['servizio', 'mese'], true).missing).toEqual(['online', 'assistito', 'cartaceo']);
    expect(mapHeader('figures', [...header, 'Servizio'], true).duplicates).toEqual(['servizio']);
  });

  it('reads back every header export writes', () => {
    for (const kind of ['figures', 'milestones'] as const) {
      const map = mapHeader(kind, exportHeader(kind), false);
      expect(map.missing).toEqual([]);
      expect(map.unknown).toEqual([]);
    }
  });
});

describe('readFiguresRow', () => {
  it('reads an Italian row', () => {
    const { row, issues } = figures({
      pagamenti_totali: '1.000',
      pagamenti_pagopa: '950',
      soddisfazione_5: '12',
      soddisfazione_4: '',
      costo_euro: '1.234,50',
    });
    expect(issues).toEqual([]);
    expect(row).toEqual({
      istat: '019001',
      service: 'mensa',
      month: '2024-03',
      online: 1200,
      assisted: 30,
      paper: 5,
      paymentsTotal: 1000,
      paymentsPagopa: 950,
      satisfaction: [undefined, undefined, undefined, 0, 12],
      costCents: 123_450,
    });
  });

  it('keeps absent columns apart from empty cells', () => {
    const { row } = figures({ pagamenti_totali: '' });
    expect(row?.paymentsTotal).toBeNull();
    expect(row?.paymentsPagopa).toBeUndefined();
    expect(row?.costCents).toBeUndefined();
  });

  it('reports every wrong cell with its column and the grid’s own message', () => {
    const { row, issues } = figures({
      online: '-4',
      assistito: '',
      cartaceo: '2,5',
      mese: 'tredicesimo 2024',
      costo_euro: 'tanto',
      servizio: '',
    });
    expect(row).toBeNull();
    expect(issues).toEqual([
      { column: 'servizio', message: MESSAGES.valueMissing },
      { column: 'mese', message: token('notMonth', { text: 'tredicesimo 2024' }) },
      { column: 'online', message: MESSAGES.notNegative },
      { column: 'assistito', message: MESSAGES.valueMissing },
      { column: 'cartaceo', message: token('notWholeNumber', { text: '2,5' }) },
      { column: 'costo_euro', message: token('notNumber', { text: 'tanto' }) },
    ]);
  });

  it('refuses a code that is not ISTAT', () => {
    expect(figures({ istat: '12' }).issues).toEqual([{ column: 'istat', message: token('notIstat', { text: '12' }) }]);
  });

  it('points refusals of the grid schema at columns', () => {
    expect(figuresIssueColumn(['paymentsPagopa'])).toBe('pagamenti_pagopa');
    expect(figuresIssueColumn(['satisfaction', 2])).toBe('soddisfazione_3');
    expect(figuresIssueColumn(['month'])).toBe('mese');
  });
});

describe('readMilestoneRow', () => {
  const base = { codice: 'T1', titolo: 'Mensa solo online', tipo: 'switch-off', data_prevista: '30/09/2024' };

  it('reads Italian words and dates', () => {
    const { row, issues } = readMilestoneRow({
      ...base,
      visibilita: 'Interna',
      avanzamento: '40%',
      dipende_da: 'A1 A2',
      servizio: '',
    });
    expect(issues).toEqual([]);
    expect(row).toMatchObject({
      istat: null,
      code: 'T1',
      kind: 'switch_off',
      plannedDate: '2024-09-30',
      visibility: 'internal',
      progress: 40,
      dependsOn: ['A1', 'A2'],
      service: null,
    });
    expect(row?.description).toBeUndefined();
  });

  it('accepts the codes export writes', () => {
    expect(readMilestoneRow({ ...base, tipo: 'national_platform', visibilita: 'pubblica' }).row).toMatchObject({
      kind: 'national_platform',
      visibility: 'public',
    });
  });

  it('completes a reached milestone and refuses a contradiction', () => {
    expect(readMilestoneRow({ ...base, data_effettiva: '01/09/2024' }).row?.progress).toBe(100);
    expect(readMilestoneRow({ ...base, data_effettiva: '01/09/2024', avanzamento: '50' }).issues).toEqual([
      { column: 'avanzamento', message: MESSAGES.reachedProgress },
    ]);
  });

  it('reports wrong cells', () => {
    const { row, issues } = readMilestoneRow({
      codice: 'a b',
      titolo: '',
      tipo: 'festa',
      data_prevista: '31/02/2024',
      avanzamento: '120',
      dipende_da: 'a b',
    });
    expect(row).toBeNull();
    expect(issues.map((i) => i.column)).toEqual(['codice', 'titolo', 'tipo', 'data_prevista', 'avanzamento']);
  });

  it('names milestones without a code by their id', () => {
    expect(milestoneCode({ id: 42, code: null })).toBe('id-42');
    expect(milestoneCode({ id: 42, code: 'T1' })).toBe('T1');
  });
});

describe('figuresFreshness', () => {
  const today = '2024-07-15'; // last complete month: 2024-06
  it.each([
    ['2024-06', false, 0],
    ['2024-05', false, 1],
    ['2024-04', false, 2],
    ['2024-03', true, 3],
    ['2022-01', true, 29],
  ])('figures up to %s are stale: %s', (lastMonth, stale, behind) => {
    expect(figuresFreshness(lastMonth, today)).toEqual({ lastMonth, stale, monthsBehind: behind });
  });

  it('does not call a service without figures stale', () => {
    expect(figuresFreshness(null, today)).toEqual({ lastMonth: null, stale: false, monthsBehind: null });
  });

  it('follows the calendar: on the first of the month the previous one is complete', () => {
    expect(figuresFreshness('2024-04', '2024-08-01').stale).toBe(true);
    expect(figuresFreshness('2024-04', '2024-07-31').stale).toBe(false);
  });
});
