/** Every comune of Italy from national open data: its page, PNRR measures, search; in Italian. */
export const itItaly = {
  national: {
    documentTitle: (name: string) => `${name} – misure PNRR e piattaforme nazionali`,
    italy: 'Italia',
    lead: (p: { province: string; region: string }) => `Provincia di ${p.province} · ${p.region}`,
    population: 'Popolazione',
    populationUnknown: 'non disponibile (comune istituito dopo l’elenco ISTAT 2020)',
    populationMerged: (names: string) => `censimento 2011, compresi i comuni confluiti: ${names}`,
    mergedFrom: 'Comuni confluiti',
    mergedFromItem: (p: { name: string; istat: string }) => `${p.name} (ISTAT ${p.istat})`,
    ceasedTitle: (name: string) => `${name}: comune confluito in un altro`,
    ceased: (p: { name: string; istat: string; successor: string }) =>
      `${p.name} (codice ISTAT ${p.istat}) non è più un comune: è confluito in ${p.successor}.`,
    ceasedLink: (successor: string) => `Vai alla pagina di ${successor}`,
    istat: 'Codice ISTAT',
    formerIstat: (code: string) => `già ${code}`,
    formerName: 'Nome precedente',
    abolishedProvince:
      'La provincia di questo comune è stata soppressa nel 2025: i dati PA digitale 2026 lo nominano solo con il codice ISTAT precedente e nessun elenco incluso dice in quale nuova provincia si trova.',
    formerNameLead: (name: string) => `Fino al cambio di nome: ${name}.`,
    ipa: 'Codice IPA',
    notTracked:
      'I servizi di questo comune non sono ancora seguiti in Switch-off: nessun consorzio ne registra stadi, dati mensili e traguardi. Qui trovi ciò che dicono i dati nazionali.',
    pnrrTitle: 'Misure PNRR (dati nazionali)',
    pnrrCaption: 'Candidature finanziate del comune per misura e avviso, con stato e data',
    noApplications: 'Il comune non compare in nessuna candidatura finanziata dei dati PA digitale 2026 inclusi.',
    completed: 'Misure completate',
    measure: 'Misura',
    call: 'Avviso',
    state: 'Stato',
    amount: 'Importo',
    cup: 'CUP',
    history: 'Stati precedenti',
    stateOn: (state: string, date: string) => `${state} il ${date}`,
    states: {
      A: 'Finanziata',
      R: 'Rinunciata',
      E: 'Completata e pagata (progetto asseverato)',
    },
    derivedTitle: 'Piattaforme nazionali secondo i dati PNRR',
    derivedCaption: 'Piattaforme che le misure PNRR del comune indicano, accanto allo stato inserito dal consorzio',
    derivedCaptionUntracked: 'Piattaforme che le misure PNRR del comune indicano',
    derivedLead:
      'Derivate dalle misure PNRR: una misura completata (E) indica la piattaforma attiva, una misura finanziata (A) in attivazione. Lo stato inserito a mano da un consorzio non viene mai sovrascritto.',
    platform: 'Piattaforma',
    fromNational: 'Dai dati PNRR',
    fromConsortium: 'Inserito dal consorzio',
    notEntered: 'non inserito',
    derivedState: { active: 'Attiva', in_progress: 'In attivazione' },
    website: 'Sito e servizi online (misura 1.4.1)',
    viaMeasure: (measure: string, date: string) => `misura ${measure}, ${date}`,
    source: (p: { publisher: string; licence: string; snapshots: string }) =>
      `Fonte: PA digitale 2026, candidature finanziate — © ${p.publisher}, licenza ${p.licence}; dati al ${p.snapshots}.`,
    sourceLink: 'Dati aperti PA digitale 2026',
    registrySource: (title: string) => `Anagrafica: ${title}.`,
  },
  search: {
    label: 'Cerca un comune',
    placeholder: 'Nome o codice ISTAT',
    hint: 'Scrivi almeno 2 caratteri; frecce su e giù per scegliere, Invio per aprire.',
    results: (n: number, total: number) =>
      total === 0 ? 'Nessun comune trovato' : n < total ? `${n} di ${total} comuni trovati` : `${total} comuni trovati`,
    option: (p: { name: string; province: string; istat: string }) => `${p.name} (${p.province}) · ${p.istat}`,
    mergedOption: (p: { merged: string; name: string; province: string; istat: string }) =>
      `${p.merged}, confluito in ${p.name} (${p.province}) · ${p.istat}`,
    renamedOption: (p: { former: string; name: string; province: string; istat: string }) =>
      `${p.name} (${p.province}), già ${p.former} · ${p.istat}`,
  },
};

export type ItalyMessages = typeof itItaly;
