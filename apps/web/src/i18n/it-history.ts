import { CHANGE_ACTIONS_IT, CHANGE_ENTITIES_IT, CHANGE_FIELDS_IT } from '@switchoff/domain';
import type { CountsOf } from './plural';

/** Histories and "what changed this month", in Italian. */
export const itHistory = {
  history: {
    title: 'Storia delle modifiche',
    serviceLead:
      'Ogni modifica del servizio e dei suoi dati mensili: chi, quando, cosa, prima e dopo. La storia non si riscrive.',
    milestoneLead: 'Ogni modifica della tappa: chi, quando, cosa, prima e dopo.',
    show: 'Mostra la storia delle modifiche',
    hide: 'Nascondi la storia delle modifiche',
    empty: 'Nessuna modifica registrata.',
    truncated: 'Sono mostrate le 500 modifiche più recenti.',
    by: 'da',
    before: 'prima',
    after: 'dopo',
    emptyValue: 'vuoto',
    set: 'impostato a',
    revert: 'ritorno indietro',
    otherService: 'un altro servizio',
    wholeComune: 'tutto il comune',
    milestoneRef: (id: string) => `tappa n. ${id}`,
    annulledReplan: (p: { from: string; to: string; reason: string }) =>
      `dal ${p.from} al ${p.to}${p.reason ? ` (motivo: ${p.reason})` : ''}`,
    importFile: 'File',
    importKind: 'Dati importati',
    importKinds: { figures: 'dati mensili', milestones: 'tappe della roadmap' } as Record<string, string>,
    importRows: 'Righe',
    importCounts: (p: CountsOf<'added' | 'changed' | 'unchanged'>) =>
      `${p.counted(p.added, 'aggiunta', 'aggiunte')}, ${p.counted(p.changed, 'modificata', 'modificate')}, ${p.counted(p.unchanged, 'invariata', 'invariate')}`,
    actions: CHANGE_ACTIONS_IT,
    entities: CHANGE_ENTITIES_IT,
    fields: CHANGE_FIELDS_IT,
  },
  changes: {
    title: 'Cosa è cambiato questo mese',
    titleMonth: (month: string) => `Cosa è cambiato a ${month}`,
    documentTitle: (comune: string) => `${comune} – modifiche del mese`,
    breadcrumb: 'Modifiche del mese',
    lead: 'Tutte le modifiche registrate per il comune nel mese scelto, dalla più recente.',
    filters: 'Filtra le modifiche',
    kind: 'Tipo di modifica',
    allKinds: 'Tutti i tipi',
    person: 'Persona',
    allPeople: 'Tutte le persone',
    download: 'Scarica queste modifiche (CSV)',
    month: 'Mese',
    show: 'Mostra',
    previous: 'Mese precedente',
    next: 'Mese successivo',
    count: (n: string) => `${n} modifiche`,
    one: '1 modifica',
    noneFiltered: 'Nessuna modifica di questo tipo o di questa persona nel mese.',
    none: 'Nessuna modifica in questo mese.',
    subject: 'Riguarda',
  },
};

export type HistoryMessages = typeof itHistory;
