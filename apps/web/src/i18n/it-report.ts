/** The council report, in Italian. */
export const itReport = {
  report: {
    link: 'Relazione per il consiglio',
    documentTitle: (comune: string, period: string) => `${comune} – relazione per il consiglio, ${period}`,
    breadcrumb: 'Relazione per il consiglio',
    kicker: 'Relazione per il consiglio comunale',
    title: (comune: string) => `Comune di ${comune}: lo switch-off dei servizi`,
    period: (from: string, to: string) => `da ${from} a ${to}`,
    periodLine: (period: string) => `Periodo: ${period}`,
    runningHead: (comune: string, period: string) =>
      `Comune di ${comune} – relazione per il consiglio comunale, ${period}`,
    preparedOn: (date: string) => `Preparata il ${date} con Switch-off`,
    internalNotice: 'Contiene dati interni del comune: non pubblicarla.',
    controlsTitle: 'Periodo e stampa',
    from: 'Dal mese',
    to: 'Al mese',
    monthHint: 'AAAA-MM, per esempio 2024-06',
    update: 'Aggiorna il periodo',
    defaultPeriod: 'Ultimi 12 mesi conclusi',
    print: 'Stampa',
    printHint:
      'Per un PDF scegli “Salva come PDF” nella finestra di stampa. La relazione è impaginata per il formato A4.',
    summaryTitle: 'In sintesi',
    keySwitchedOff: 'Servizi solo digitali',
    keySwitchedOffValue: (end: string, total: string) => `${end} su ${total}`,
    keySwitchedOffHint: (start: string) => `a inizio periodo: ${start}`,
    keyTakeUp: 'Adozione digitale nel periodo',
    keyTakeUpHint: (previous: string) => `periodo precedente: ${previous}`,
    keyDone: 'Tappe completate nel periodo',
    keyLate: 'Tappe in ritardo oggi',
    keySlipped: 'Tappe slittate oggi',
    summary: (p: {
      changes: number;
      advances: number;
      reverts: number;
      done: number;
      late: number;
      n: (value: number) => string;
    }) => {
      const changes =
        p.changes === 0
          ? 'Nel periodo nessun servizio ha cambiato stadio'
          : `Nel periodo ${p.changes === 1 ? 'c’è stato 1 cambio' : `ci sono stati ${p.n(p.changes)} cambi`} di stadio (${p.advances === 1 ? '1 avanzamento' : `${p.n(p.advances)} avanzamenti`}, ${p.reverts === 1 ? '1 ritorno indietro' : `${p.n(p.reverts)} ritorni indietro`})`;
      const done =
        p.done === 0
          ? 'nessuna tappa completata'
          : p.done === 1
            ? '1 tappa completata'
            : `${p.n(p.done)} tappe completate`;
      const late =
        p.late === 0
          ? 'oggi nessuna tappa è in ritardo'
          : p.late === 1
            ? 'oggi 1 tappa è in ritardo'
            : `oggi ${p.n(p.late)} tappe sono in ritardo`;
      return `${changes}; ${done}; ${late}.`;
    },
    stagesTitle: 'Gli stadi dei servizi',
    stagesLead: 'Lo stadio del canale di ogni servizio a inizio e a fine periodo.',
    stagesCaption: (period: string) => `Stadio di ogni servizio, ${period}`,
    service: 'Servizio',
    atStart: 'A inizio periodo',
    atEnd: 'A fine periodo',
    unchanged: 'invariato',
    changed: 'cambiato',
    figures: 'Dati mensili',
    changesTitle: 'Cosa è cambiato nel periodo',
    changesCaption: 'Cambi di stadio nel periodo, dal più vecchio, con il motivo',
    changesEmpty: 'Nessun cambio di stadio nel periodo.',
    date: 'Data',
    change: 'Cambio',
    changeText: (from: string, to: string) => `da ${from} a ${to}`,
    kind: 'Tipo',
    reason: 'Motivo',
    noReason: 'motivo non indicato',
    takeUpTitle: 'Adozione digitale',
    takeUpLead: 'Pratiche completate ogni mese per canale e quota digitale, per tutti i servizi del periodo.',
    takeUpChartTitle: 'Pratiche per canale e adozione digitale, mese per mese',
    takeUpTableCaption: (comune: string, period: string) =>
      `Pratiche mensili per canale e adozione digitale – ${comune}, ${period}`,
    milestonesTitle: 'Tappe della roadmap',
    doneTitle: 'Completate nel periodo',
    doneCaption: 'Tappe completate nel periodo',
    doneEmpty: 'Nessuna tappa completata nel periodo.',
    lateTitle: 'In ritardo',
    lateCaption: 'Tappe in ritardo oggi, con le ripianificazioni e i loro motivi',
    lateEmpty: 'Nessuna tappa in ritardo.',
    slippedTitle: 'Slittate',
    slippedCaption: 'Tappe ripianificate oltre la data concordata, non ancora scadute: lo slittamento e i motivi',
    slippedEmpty: 'Nessuna tappa slittata.',
    nextTitle: 'Le prossime',
    nextCaption: 'Le prossime tappe, per data prevista',
    nextEmpty: 'Nessuna tappa in programma.',
    milestone: 'Tappa',
    reachedOn: 'Completata il',
    plannedFor: 'Prevista per',
    firstAgreed: 'Data concordata all’inizio',
    replans: 'Ripianificazioni',
    replanLine: (p: { from: string; to: string; at: string; reason: string }) =>
      `il ${p.at}: dal ${p.from} al ${p.to} – ${p.reason}`,
    noReplans: 'mai ripianificata',
    annulment: 'Correzione:',
    annulled: '(annullata)',
    overdue: (days: string) => `scaduta da ${days} giorni`,
    progress: 'Avanzamento',
    readinessTitle: 'Pronti allo switch-off?',
    readinessLead:
      'Per i servizi non ancora solo digitali, oggi: si può chiudere il canale cartaceo? Se no, che cosa manca.',
    readinessCaption: 'Prontezza allo switch-off dei servizi non ancora solo digitali',
    verdict: 'Esito',
    missing: 'Cosa manca',
    nothingMissing: 'nulla',
    footer:
      'Le misure seguono le definizioni del GOV.UK Performance Platform: adozione digitale = pratiche online e digitali assistite sul totale delle pratiche completate.',
    invalidPeriod: 'Il periodo indicato non è valido',
  },
};

export type ReportMessages = typeof itReport;
