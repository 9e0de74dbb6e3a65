/** The measures, their charts and tables, readiness and the forecast, in Italian. */
export const itMeasures = {
  measures: {
    takeUp: 'Adozione digitale',
    takeUpHint: '(online + digitale assistito) sul totale delle pratiche',
    selfService: 'Quota in autonomia',
    selfServiceHint: 'pratiche online sul totale',
    pagopa: 'Quota pagoPA',
    pagopaHint: 'pagamenti con pagoPA sul totale dei pagamenti',
    satisfaction: 'Soddisfazione',
    satisfactionHint: 'voto medio riportato su scala 0–100%',
    cost: 'Costo per pratica',
    costHint: 'costo totale diviso per le pratiche',
    transactions: 'Pratiche completate',
    payments: (n: string) => `${n} pagamenti`,
    answers: (n: string) => `${n} risposte`,
    noPayment: 'Il servizio non prevede pagamenti.',
    basedOn: (n: string) => `su ${n} pratiche`,
  },
  charts: {
    month: 'Mese',
    stage: 'Stadio',
    services: 'Servizi',
    comune: 'Comune',
    takeUpTitle: 'Pratiche per canale e adozione digitale',
    takeUpCaption: (subject: string) => `Pratiche mensili per canale e adozione digitale – ${subject}`,
    takeUpSummaryEmpty: 'Non ci sono ancora dati mensili.',
    takeUpSummary: (p: {
      from: string;
      to: string;
      last: string;
      lastMonth: string;
      target: string;
      missing: string;
    }) =>
      `Da ${p.from} a ${p.to}. Nell’ultimo mese con dati (${p.lastMonth}) l’adozione digitale è ${p.last}; l’obiettivo è ${p.target}. Mesi senza dati: ${p.missing}.`,
    noMissing: 'nessuno',
    noData: 'senza dati',
    period: 'Periodo del grafico',
    periodMonths: (n: string) => `Ultimi ${n} mesi`,
    periodAll: 'Tutto il periodo',
    volumeAxis: 'Pratiche',
    takeUpAxis: 'Adozione',
    stageBarTitle: 'Servizi per stadio',
    stageBarCaption: (subject: string) => `Servizi per stadio del canale – ${subject}`,
    stageBarSummary: (p: { total: string; switchedOff: string; paper: string }) =>
      `${p.total} servizi in tutto: ${p.switchedOff} solo digitali, ${p.paper} ancora solo cartacei.`,
    takeUpBarsTitle: 'Adozione digitale per comune (ultimi 12 mesi)',
    takeUpBarsCaption: 'Adozione digitale per comune negli ultimi 12 mesi',
    takeUpBarsSummary: (p: { best: string; bestValue: string; worst: string; worstValue: string }) =>
      `Adozione più alta: ${p.best} (${p.bestValue}); più bassa: ${p.worst} (${p.worstValue}).`,
    takeUpBarsEmpty: 'Nessun comune ha ancora dati sulle pratiche.',
    roadmapTitle: 'Le tappe sulla linea del tempo',
    roadmapCaption: 'Tappe: data di riferimento, data prevista e data effettiva',
    roadmapSummary: (p: { total: string; late: string; slipped: string; done: string }) =>
      `${p.total} tappe: ${p.done} completate, ${p.late} in ritardo, ${p.slipped} slittate. Per ogni tappa la linea va dalla data di riferimento alla data prevista.`,
    roadmapEmpty: 'Non ci sono tappe da mostrare.',
    baseline: 'Data di riferimento',
    planned: 'Data prevista',
    actual: 'Data effettiva',
    today: 'Oggi',
    milestone: 'Tappa',
    status: 'Stato',
    slippage: 'Slittamento',
  },
  readiness: {
    title: 'Pronti allo switch-off?',
    lead: 'Per i servizi non ancora solo digitali: le condizioni per chiudere il canale cartaceo.',
    ready: 'Pronto allo switch-off',
    notReady: 'Non ancora pronto',
    missing: 'Cosa manca',
    met: 'Condizione soddisfatta',
    notMet: 'Condizione non soddisfatta',
    notApplicable: 'Non necessario',
    allSwitchedOff: 'Tutti i servizi sono già solo digitali.',
    switchedOff: 'Già solo digitale',
    readyCount: (p: { ready: string; total: string; one: boolean }) =>
      `${p.ready} ${p.one ? 'servizio pronto' : 'servizi pronti'} su ${p.total} non ancora solo digitali.`,
    lastMonths: 'Ultimi mesi con dati',
    notEnoughData: (months: number) =>
      `Dati insufficienti: ${months === 1 ? '1 mese' : `${months} mesi`} con dati sui 3 necessari.`,
    stale: (month: string) => `Dati non aggiornati: l’ultimo mese con dati è ${month}.`,
    platformState: (platform: string, state: string) => `${platform}: ${state}`,
    notRecorded: 'non registrato',
    missingShort: {
      take_up: 'adozione digitale sotto l’obiettivo negli ultimi 3 mesi',
      take_up_no_data: 'meno di 3 mesi con dati sull’adozione',
      take_up_stale: 'dati non aggiornati',
      pagopa: 'pagoPA non attivo',
      identity: 'né SPID né CIE attivi',
      assisted_desk: 'nessuno sportello assistito',
    },
    conditions: {
      takeUp: (target: string) =>
        `Adozione digitale non inferiore all’obiettivo (${target}) negli ultimi 3 mesi con dati`,
      pagopa: 'pagoPA attivo (il servizio prevede un pagamento)',
      identity: 'SPID o CIE attivi (il servizio richiede l’identità del cittadino)',
      assistedDesk: 'Uno sportello assistito per chi non ha accesso a internet',
    },
  },
  forecast: {
    title: 'Previsione',
    reached: (month: string) => `Obiettivo raggiunto da ${month}.`,
    expected: (month: string) => `Obiettivo previsto per ${month}, se l’andamento recente continua.`,
    insufficient: 'Dati insufficienti per una previsione.',
    noClearTrend: 'Nessuna tendenza chiara: l’andamento recente non permette una previsione.',
    falling: 'Adozione in calo: con l’andamento recente l’obiettivo non viene raggiunto.',
    stale: (month: string) => `Dati non aggiornati (ultimo mese con dati: ${month}): nessuna previsione.`,
    slope: (p: { slope: string; low: string; high: string }) =>
      `Variazione di ${p.slope} punti al mese (intervallo di confidenza al 95%: da ${p.low} a ${p.high}).`,
    beyondHorizon: (months: string) => `Obiettivo non previsto entro ${months} mesi con l’andamento recente.`,
    insufficientDetail: (n: number, needed: number) =>
      `${n === 1 ? 'C’è 1 mese' : `Ci sono ${n} mesi`} con dati negli ultimi 12; ne servono almeno ${needed}.`,
  },
};

export type MeasuresMessages = typeof itMeasures;
