import { splitActor } from '@switchoff/domain';
import { describe, expect, it } from 'vitest';
import { createFormatters } from '../format';
import { it as messages } from '../i18n/it';
import { describeChange } from './describe-change';

const formatters = createFormatters('it', messages.common.notAvailable);
const context = { m: messages, f: formatters };
const base = { id: 1, at: '2024-07-15T08:12:00.000Z', actor: 'Mario Rossi <mario@consorzio.it>', entityId: 4 };

type Change = Parameters<typeof describeChange>[0];

/** Describes an audit row made of `base` and the fields given, in Italian. */
function describeRow(
  row: Omit<Change, keyof typeof base> & Partial<Change>,
  extra: Partial<Parameters<typeof describeChange>[1]> = {},
) {
  return describeChange({ ...base, ...row }, { ...context, ...extra });
}

describe('describeChange', () => {
  it('reads a stage change back as a step back, in Italian', () => {
    const change = describeRow({
      action: 'record_stage',
      entity: 'services',
      before: { stage: 'switched_off', version: 3 },
      after: {
        stage: 'digital_first',
        effectiveDate: '2024-09-01',
        reason: 'Troppi reclami',
        stageEventId: 9,
        version: 4,
      },
    });
    expect(change.action).toBe('Cambio di stadio');
    expect(change.revert).toBe(true);
    expect(change.lines).toEqual([
      { field: 'stage', label: 'Stadio', before: 'Solo digitale (switch-off)', after: 'Prima il digitale' },
      { field: 'effectiveDate', label: 'Data di decorrenza', before: null, after: '1 settembre 2024' },
      { field: 'reason', label: 'Motivo', before: null, after: 'Troppi reclami' },
    ]);
  });

  it('shows a re-plan with its reason and leaves versions out', () => {
    const change = describeRow({
      action: 'replan',
      entity: 'milestones',
      before: { plannedDate: '2024-09-01', version: 1 },
      after: { plannedDate: '2024-12-01', reason: 'Fornitore in ritardo', version: 2 },
    });
    expect(change.action).toBe('Ripianificazione');
    expect(change.revert).toBe(false);
    expect(change.lines.map((l) => `${l.label}: ${l.before ?? ''} → ${l.after}`)).toEqual([
      'Data prevista: 1 settembre 2024 → 1 dicembre 2024',
      'Motivo:  → Fornitore in ritardo',
    ]);
  });

  it('names values by what they are: visibility, money, empty notes, dependencies', () => {
    const change = describeRow(
      {
        action: 'update',
        entity: 'milestones',
        before: { visibility: 'public', internalNote: null, dependsOn: [], version: 1 },
        after: { visibility: 'internal', internalNote: 'Da chiarire', dependsOn: [7, 99], version: 2 },
      },
      { milestoneTitles: new Map([[7, 'Subentro in ANPR']]) },
    );
    expect(change.lines).toEqual([
      { field: 'visibility', label: 'Visibilità', before: 'Pubblico', after: 'Interno' },
      { field: 'internalNote', label: 'Nota interna', before: 'vuoto', after: 'Da chiarire' },
      { field: 'dependsOn', label: 'Dipende da', before: 'Nessuno', after: 'Subentro in ANPR; tappa n. 99' },
    ]);
    const pnrr = describeRow({
      action: 'update',
      entity: 'pnrr_measures',
      before: { measure: '1.4.4', state: 'finanziata', amountCents: 1_400_000 },
      after: { measure: '1.4.4', state: 'completata', amountCents: 1_400_000 },
    });
    expect(pnrr.lines).toEqual([
      { field: 'state', label: 'Stato', before: 'Finanziata', after: 'Completata e asseverata' },
    ]);
  });

  it('lists what a new row was created with, not its empty fields', () => {
    const change = describeRow({
      action: 'create',
      entity: 'monthly_figures',
      before: null,
      after: { serviceId: 3, month: '2024-06', online: 1200, paymentsTotal: null, costCents: 45_050, version: 1 },
    });
    expect(change.action).toBe('Creazione');
    expect(change.lines.map((l) => `${l.label}: ${l.after}`)).toEqual([
      'Mese: giugno 2024',
      'Online in autonomia: 1.200',
      'Costo: 450,50\u00a0€',
    ]);
  });

  it('splits the audit actor into name and email', () => {
    expect(splitActor('Mario Rossi <mario@consorzio.it>')).toEqual({
      name: 'Mario Rossi',
      email: 'mario@consorzio.it',
    });
    expect(splitActor('cli')).toEqual({ name: 'cli', email: null });
  });
});

describe('describeChange: imports and annulments in words', () => {
  it('names the file, what it held and the rows in Italian plurals, never the fingerprint', () => {
    const change = describeRow({
      entityId: null,
      action: 'import',
      entity: 'imports',
      before: null,
      after: { file: 'dati-marzo.csv', kind: 'figures', added: 1, changed: 0, unchanged: 12, fingerprint: 'ab12' },
    });
    expect(change.action).toBe('Importazione da file CSV');
    expect(change.entity).toBe('File');
    expect(change.lines).toEqual([
      { field: 'file', label: 'File', before: null, after: 'dati-marzo.csv' },
      { field: 'kind', label: 'Dati importati', before: null, after: 'dati mensili' },
      { field: 'rows', label: 'Righe', before: null, after: '1 aggiunta, 0 modificate, 12 invariate' },
    ]);
    expect(JSON.stringify(change)).not.toContain('ab12');
  });
  it('reads an annulled re-plan with its dates and reason', () => {
    const change = describeRow({
      action: 'annul_replan',
      entity: 'milestones',
      before: { plannedDate: '2019-06-01', version: 3 },
      after: {
        plannedDate: '2026-10-27',
        reason: 'Data sbagliata',
        annulled: { from: '2026-10-27', to: '2019-06-01', reason: 'Nuova gara' },
        version: 4,
      },
    });
    expect(change.action).toBe('Annullamento di una ripianificazione');
    expect(change.lines).toContainEqual({
      field: 'annulled',
      label: 'Ripianificazione annullata',
      before: null,
      after: 'dal 27 ottobre 2026 al 1 giugno 2019 (motivo: Nuova gara)',
    });
  });
});
