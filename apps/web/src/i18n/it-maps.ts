/** The maps of Italy, a region and a province; in Italian. */
export const itMaps = {
  maps: {
    italyTitle: 'Italia: misure PNRR e switch-off per regione',
    italyLead:
      'Per ogni regione la quota di comuni che hanno completato una misura PNRR di digitalizzazione, dai dati aperti PA digitale 2026, e, per i comuni seguiti in Switch-off, la quota di servizi passati al solo digitale. Scegli una regione per vederne le province.',
    regionLead: (region: string) =>
      `Le province della regione ${region}: quota di comuni che hanno completato la misura scelta. Scegli una provincia per vederne i comuni.`,
    provinceTitle: (name: string) => `Provincia di ${name}`,
    provinceLead: (p: { province: string; region: string }) =>
      `I comuni della provincia di ${p.province} (${p.region}): stato della misura scelta per ciascuno. Scegli un comune per aprirne la pagina.`,
    indicator: 'Cosa mostra la mappa',
    measureOption: (p: { measure: string; name: string }) => `Misura ${p.measure} – ${p.name}`,
    switchOff: 'Switch-off: servizi solo digitali (comuni seguiti)',
    mapName: (p: { area: string; indicator: string }) => `Mappa di ${p.area}: ${p.indicator}`,
    areaShare: (p: { name: string; percent: string; completed: string; comuni: string }) =>
      `${p.name}: ${p.percent} dei comuni ha completato la misura (${p.completed} su ${p.comuni})`,
    areaSwitchOff: (p: { name: string; percent: string; off: string; services: string }) =>
      `${p.name}: ${p.percent} dei servizi pubblici dei comuni seguiti è passato al solo digitale (${p.off} su ${p.services})`,
    areaNoData: (name: string) => `${name}: nessun comune seguito in Switch-off`,
    comuneState: (p: { name: string; state: string }) => `${p.name}: ${p.state}`,
    states: {
      completed: 'misura completata',
      funded: 'misura finanziata, non ancora completata',
      none: 'nessuna candidatura finanziata',
    },
    legendTitle: 'Legenda',
    legendShare: 'Quota dei comuni che hanno completato la misura',
    legendSwitchOff: 'Quota dei servizi pubblici passati al solo digitale',
    legendComune: 'Stato della misura nel comune',
    legendClass: (p: { from: number; to: number }) => `da ${p.from} % a ${p.to} %`,
    legendNoData: 'nessun dato (nessun comune seguito)',
    tableCaption: (p: { area: string; indicator: string }) => `${p.area}: ${p.indicator} (gli stessi dati della mappa)`,
    columns: {
      region: 'Regione',
      province: 'Provincia',
      comune: 'Comune',
      comuni: 'Comuni',
      completed: 'Hanno completato',
      share: 'Quota',
      funded: 'Finanziati, non completati',
      state: 'Stato della misura',
      tracked: 'Comuni seguiti',
      services: 'Servizi pubblici',
      switchedOff: 'Solo digitale',
    },
    total: 'Totale',
    notOnMap: (names: string) =>
      `Senza confine sulla mappa (i confini sono del 2024; il comune è nella tabella): ${names}.`,
    abolishedProvince:
      'Questa provincia è stata soppressa nel 2025. I suoi comuni qui elencati compaiono nei dati PA digitale 2026 solo con il codice ISTAT precedente, e nessun elenco incluso (né PA digitale né i confini ISTAT del 2024) dice in quale nuova provincia si trovano: restano sotto la provincia soppressa.',
    abolishedInRegion:
      'Le province «soppresse nel 2025» raccolgono i comuni che i dati PA digitale 2026 nominano solo con il codice ISTAT precedente: nessun elenco incluso dice in quale nuova provincia si trovano.',
    mapLoading: 'Caricamento dei confini…',
    mapError: 'Non è stato possibile caricare i confini: gli stessi numeri sono nella tabella.',
    source: (p: { publisher: string; licence: string; snapshot: string }) =>
      `Fonte: PA digitale 2026, candidature finanziate — © ${p.publisher}, licenza ${p.licence}; dati al ${p.snapshot}.`,
    geoSource: 'Confini amministrativi © ISTAT, CC BY; TopoJSON di Openpolis, CC BY 4.0 (confini del 2024).',
    switchOffNote: 'Lo switch-off conta solo i comuni che un consorzio segue in Switch-off; gli altri non hanno dati.',
    openMap: 'Mappa dell’Italia',
    openMapHint: 'Misure PNRR completate e switch-off per regione, provincia e comune.',
  },
};

export type MapsMessages = typeof itMaps;
