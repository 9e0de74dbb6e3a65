import { FIGURES_COLUMNS, MILESTONES_COLUMNS } from '@switchoff/domain/formats';
import type { CountsOf } from './plural';

const descriptions = (columns: readonly { name: string; description: string }[]) =>
  Object.fromEntries(columns.map((c) => [c.name, c.description])) as Record<string, string>;

/** Data in and out: freshness, exports, open data, CSV import, backups, in Italian. */
export const itData = {
  freshness: {
    stale: 'Dati non aggiornati',
    lastMonth: (month: string) => `ultimo mese: ${month}`,
    noData: 'nessun dato',
    rule: 'Dati non aggiornati: l’ultimo mese con dati è indietro di più di 2 mesi rispetto all’ultimo mese concluso.',
    staleServices: (n: string) => `${n} servizi con dati non aggiornati`,
    oneStaleService: '1 servizio con dati non aggiornati',
    column: 'Dati non aggiornati',
    columnHint: 'servizi',
  },
  follow: {
    label: (name: string) => `Segui ${name}`,
    calendar: 'Tappe nel tuo calendario (iCal)',
    feed: 'Novità del comune (feed Atom)',
  },
  exportData: {
    title: 'Esporta e importa',
    lead: 'Per la redazione: file CSV che Excel apre con un doppio clic (separatore “;”), servizi e tappe interni compresi. Lo stesso formato si reimporta senza cambiare nulla.',
    figures: 'Esporta dati mensili (CSV)',
    milestones: 'Esporta traguardi (CSV)',
    importLink: 'Importa da un file CSV',
  },
  openData: {
    title: 'Scarica i dati aperti',
    leadComune: (name: string) =>
      `I dati pubblici di ${name}, liberi da riutilizzare: indirizzi stabili, senza accesso.`,
    leadConsortium: (name: string) =>
      `I dati pubblici di tutti i comuni di ${name}, in un file per tipo: indirizzi stabili, senza accesso.`,
    caption: 'File di dati aperti: un formato per colonna',
    dataset: 'Dati',
    download: (dataset: string, format: string) => `${dataset}, ${format}`,
    columnsLink: 'Cosa contiene ogni colonna, licenza e catalogo',
    catalogue: 'Catalogo DCAT-AP_IT per dati.gov.it',
    catalogueLink: 'dove si trova e se è già disponibile',
    footerLink: 'Tutti i dati aperti',
  },
  importer: {
    documentTitle: (scope: string) => `Importa dati – ${scope}`,
    breadcrumb: 'Importa da file CSV',
    title: 'Importa da un file CSV',
    leadComune: (name: string) => `Dati mensili o traguardi del comune di ${name}, da un foglio di calcolo.`,
    leadConsortium: (name: string) =>
      `Dati mensili o traguardi di tutti i comuni di ${name}, da un foglio di calcolo (colonna istat obbligatoria).`,
    howItWorks:
      'Prima l’anteprima: vedi cosa verrebbe aggiunto, modificato o lasciato com’è, e ogni riga errata. Poi “Applica” scrive tutto in una volta, o niente.',
    kindLegend: 'Che cosa importi',
    kinds: { figures: 'Dati mensili', milestones: 'Traguardi (tappe della roadmap)' },
    kindHints: {
      figures: 'Una riga per servizio e mese: pratiche per canale, pagamenti, soddisfazione, costo.',
      milestones: 'Una riga per traguardo, riconosciuto dal suo codice.',
    },
    file: 'File CSV',
    fileHint: (mb: number) =>
      `Al più ${mb} MB. Da Excel: File → Salva con nome → “CSV UTF-8 (delimitato da virgole)” o “CSV (separato dal separatore di elenco)”. Separatore “;” o “,”.`,
    fileChosen: (name: string, size: string) => `File scelto: ${name} (${size})`,
    fileRequired: 'Scegli il file CSV da importare',
    fileTooBig: (size: string, mb: number) => `Il file pesa ${size}: al più ${mb} MB. Dividilo in più file.`,
    fileUnreadable: 'Non è stato possibile leggere il file: sceglilo di nuovo.',
    fileNotText: 'Il file non è un CSV di testo (forse un foglio .xlsx): da Excel, File → Salva con nome → CSV.',
    readAsWindows1252:
      'File letto come Windows-1252 (Excel): non è in UTF-8, e lettere accentate e “€” sono letti come nel foglio di calcolo.',
    kilobytes: (n: string) => `${n} kB`,
    megabytes: (n: string) => `${n} MB`,
    preview: 'Mostra l’anteprima',
    previewing: 'Anteprima in corso…',
    columnsTitle: 'Le colonne del file',
    columnsLead:
      'Le intestazioni possono avere maiuscole, accenti o spazi. Una colonna che manca lascia il valore attuale; una cella vuota vuol dire “nessuno”.',
    columnsCaption: (kind: string) => `Colonne del file: ${kind}`,
    column: 'Colonna',
    required: 'Obbligatoria',
    requiredAlways: 'Sì',
    requiredConsortium: 'Per un file del consorzio',
    requiredNo: 'No',
    description: 'Che cosa contiene',
    columnDescriptions: {
      figures: descriptions(FIGURES_COLUMNS),
      milestones: descriptions(MILESTONES_COLUMNS),
    },
    template: (kind: string) => `Scarica il modello vuoto: ${kind} (CSV)`,
    templateFile: { figures: 'modello-dati-mensili.csv', milestones: 'modello-traguardi.csv' },
    resultTitle: 'Anteprima',
    resultLead: (file: string) => `Che cosa farebbe il file ${file}. Nulla è ancora stato scritto.`,
    announcePreview: (p: CountsOf<'add' | 'change' | 'unchanged' | 'errors'>) =>
      `Anteprima pronta: ${p.counted(p.add, 'da aggiungere', 'da aggiungere')}, ${p.counted(p.change, 'da modificare', 'da modificare')}, ${p.counted(p.unchanged, 'invariata', 'invariate')}, ${p.counted(p.errors, 'errore', 'errori')}.`,
    totals: { add: 'Da aggiungere', change: 'Da modificare', unchanged: 'Invariate', errors: 'Errori' },
    rowsRead: (n: string) => `Righe lette: ${n}.`,
    separator: (sep: string) => `Separatore: ${sep}`,
    separatorNames: { ';': 'punto e virgola', ',': 'virgola', '\t': 'tabulazione' } as Record<string, string>,
    ignoredColumns: (list: string) => `Colonne ignorate (sconosciute): ${list}.`,
    truncated: 'Ogni elenco mostra le prime 1.000 righe; i totali le contano tutte.',
    errorsTitle: 'Righe da correggere',
    errorsLead: 'Correggi il file e ripeti l’anteprima: finché c’è un errore non si importa nulla.',
    errorsCaption: 'Errori del file: riga, colonna, valore e motivo',
    line: 'Riga',
    value: 'Valore',
    reason: 'Motivo',
    wholeFile: 'tutto il file',
    header: '1 (intestazione)',
    changesTitle: 'Da modificare',
    changesCaption: 'Righe che cambiano dati esistenti: prima e dopo',
    addTitle: 'Da aggiungere',
    addCaption: 'Righe che aggiungono dati nuovi',
    unchangedTitle: 'Invariate',
    unchangedText: (p: CountsOf<'n'>) =>
      p.n === 1
        ? '1 riga è uguale ai dati attuali e non cambia nulla.'
        : `${p.counted(p.n, 'riga', 'righe')} sono uguali ai dati attuali e non cambiano nulla.`,
    item: 'Elemento',
    changes: 'Cambiamenti',
    values: 'Valori',
    becomes: 'diventa',
    empty: 'vuoto',
    showAll: (n: string) => `Mostra tutte le righe (${n})`,
    showFewer: 'Mostra meno righe',
    apply: 'Applica',
    applying: 'Importazione in corso…',
    progressLabel: 'Avanzamento dell’importazione',
    phases: {
      queued: 'In attesa di cominciare',
      checking: 'Controllo delle righe sui dati attuali',
      writing: 'Scrittura delle righe',
      rollups: 'Aggiornamento dei totali',
      done: 'Importazione completata',
      failed: 'Importazione non riuscita',
    } as Record<string, string>,
    progressRows: (done: string, total: string, percent: string) => `${done} di ${total} righe (${percent})`,
    progressHint: 'Puoi continuare a consultare il sito: l’importazione prosegue sul server.',
    applyHint: 'Scrive tutte le righe in una volta, ognuna nel registro delle modifiche.',
    cannotApplyErrors: 'Non si può applicare: il file ha errori.',
    cannotApplyNothing: 'Non c’è niente da applicare: il file non cambia nessun dato.',
    conflictTitle: 'I dati sono cambiati dopo l’anteprima',
    conflictAgain: 'Ripeti l’anteprima',
    failedTitle: 'Importazione non riuscita',
    networkError: 'Il server non risponde: controlla la connessione e riprova.',
    doneTitle: 'Importazione completata',
    doneText: (p: CountsOf<'added' | 'changed' | 'unchanged'>) =>
      `${p.counted(p.added, 'riga aggiunta', 'righe aggiunte')}, ${p.counted(p.changed, 'modificata', 'modificate')}, ${p.counted(p.unchanged, 'invariata', 'invariate')}.`,
    doneComune: (p: CountsOf<'added' | 'changed'>) =>
      `${p.counted(p.added, 'aggiunta', 'aggiunte')}, ${p.counted(p.changed, 'modificata', 'modificate')}`,
    another: 'Importa un altro file',
    staffOnly: 'L’importazione è riservata alla redazione del consorzio che gestisce questo comune.',
    kindNames: { figures: 'dati mensili', milestones: 'traguardi' },
  },
  backup: {
    nav: 'Copia di sicurezza',
    title: 'Copia di sicurezza',
    lead: 'Una copia completa del database, da conservare fuori dal server.',
    containsTitle: 'Che cosa contiene',
    contains: [
      'i dati di tutti i consorzi dell’installazione, non solo del tuo;',
      'le note interne, i commenti e il registro delle modifiche;',
      'gli account con le impronte (hash) delle password.',
    ],
    keepSafe: 'Conservala come un documento riservato: chi la apre legge tutto.',
    download: 'Scarica la copia di sicurezza',
    downloadHint:
      'Un file SQLite (switchoff-backup-AAAA-MM-GG-HHMM.sqlite), fatto mentre il servizio continua a funzionare. Ogni copia resta nel registro.',
    notAllowedTitle: 'Non puoi scaricare la copia',
    restoreHint:
      'Il ripristino si fa dal server, a servizio fermo: pnpm switchoff restore <file>. Chiude tutte le sessioni: tutti rientrano con le proprie credenziali.',
    historyTitle: 'Copie e ripristini recenti',
    historyCaption: 'Le ultime copie di sicurezza e gli ultimi ripristini, dal più recente',
    historyEmpty: 'Nessuna copia registrata finora.',
    when: 'Quando',
    who: 'Chi',
    what: 'Che cosa',
    actions: { backup: 'Copia di sicurezza', restore: 'Ripristino' } as Record<string, string>,
    operator: (name: string) => `L’installazione è gestita da ${name}.`,
  },
};

export type DataMessages = typeof itData;
