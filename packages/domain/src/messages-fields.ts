/**
 * The Italian texts of the validation codes: what the domain's schemas and CSV readers refuse.
 * A code is the key; a text that names values takes them as one object (`{ max }`), so every
 * language interpolates the same parameters. See `messages.ts` for how to add a code.
 */
import { lazyValue } from './message-formats';

const italianMonth = lazyValue(
  () => new Intl.DateTimeFormat('it-IT', { month: 'long', year: 'numeric', timeZone: 'UTC' }),
);

export const FIELD_MESSAGES_IT = {
  // Identifiers, months and dates
  istatCode: 'Il codice ISTAT ha 6 cifre (es. 019081)',
  regionCode: 'Il codice ISTAT di una regione ha 2 cifre (es. 03)',
  provinceCode: 'Il codice ISTAT di una provincia ha 3 cifre (es. 019)',
  slugEmpty: 'Indirizzo vuoto',
  slugTooLong: 'Indirizzo troppo lungo (massimo 80 caratteri)',
  slugChars: 'Solo lettere minuscole, cifre e trattini',
  monthFormat: 'Mese nel formato AAAA-MM',
  dateFormat: 'Data nel formato AAAA-MM-GG',
  dateRequired: 'Indica la data (es. 15/03/2024)',
  dateReal: 'Data non valida: indica giorno, mese e anno (es. 15/03/2024)',
  dateOutOfRange: 'Data fuori dagli anni ammessi (1990–2100)',
  monthTooOld: 'Mese troppo lontano nel passato (dal 2000)',
  // Numbers and monthly figures
  enterNumber: 'Inserisci un numero',
  wholeNumber: 'Deve essere un numero intero',
  notNegative: 'Non può essere negativo',
  countTooBig: 'Valore troppo grande (massimo 10.000.000)',
  satisfactionFive: 'Cinque conteggi, per i voti da 1 a 5',
  costWholeCents: 'Il costo va espresso in centesimi interi',
  costNegative: 'Il costo non può essere negativo',
  costTooBig: 'Costo troppo grande',
  paymentsTotalNeeded: 'Indica anche il totale dei pagamenti',
  pagopaOverTotal: 'I pagamenti pagoPA non possono superare il totale dei pagamenti',
  targetPositive: "L'obiettivo deve essere maggiore di zero",
  targetMax: "L'obiettivo non può superare il 100%",
  monthListInvalid: 'Elenco dei mesi non valido',
  noMonths: 'Nessun mese da salvare',
  // Common fields
  textInvalid: 'Testo non valido',
  versionMissing: 'Versione mancante: ricarica la pagina',
  versionInvalid: 'Versione non valida: ricarica la pagina',
  idInvalid: 'Identificativo non valido',
  yesNo: 'Indica sì o no',
  nameRequired: 'Indica il nome',
  reasonRequired: 'Indica il motivo',
  titleRequired: 'Indica il titolo',
  // Services and stages
  stageInvalid: 'Fase non valida',
  stageRequired: 'Scegli il nuovo stadio',
  catalogueRequired: 'Scegli un servizio del catalogo',
  takeUpTargetInvalid: 'Scrivi una percentuale tra 1 e 100 (es. 80 oppure 82,5)',
  categoryInvalid: 'Materia non valida',
  categoryRequired: 'Scegli la materia',
  visibilityInvalid: 'Visibilità: pubblica o interna',
  levelRange: 'Livello da 0 a 5',
  serviceSlugRequired: 'Indica l’indirizzo del servizio (es. mensa-scolastica)',
  // Milestones
  milestoneKindInvalid: 'Tipo di traguardo non valido',
  milestoneKindRequired: 'Scegli il tipo di tappa',
  progressRange: 'Avanzamento da 0 a 100',
  progressWhole: 'Avanzamento in punti percentuali interi',
  milestoneListInvalid: 'Elenco di traguardi non valido',
  dependencyTwice: 'Un traguardo è indicato due volte',
  // Platforms and PNRR
  platformInvalid: 'Piattaforma non valida',
  stateInvalid: 'Stato non valido',
  pnrrMeasureInvalid: 'Misura PNRR non valida',
  amountRequired: 'Inserisci un importo',
  amountWholeCents: 'Importo in centesimi interi',
  amountNegative: "L'importo non può essere negativo",
  amountTooBig: 'Importo troppo grande',
  // Comments
  commentRequired: 'Scrivi il commento',
  commentOneTarget: 'Commenta un servizio oppure un traguardo, non entrambi',
  // Accounts
  emailRequired: 'Indica un indirizzo email',
  emailTooLong: 'Indirizzo email troppo lungo',
  emailInvalid: 'Indirizzo email non valido',
  passwordRequired: 'Indica una password',
  roleInvalid: 'Ruolo: admin, editor o council',
  comuniListInvalid: 'Elenco di comuni non valido',
  comuniMax: 'Al più 100 comuni',
  councilNeedsComune: 'Indica almeno un comune del consigliere',
  staffNoComuni: 'Il personale del consorzio vede tutti i comuni: non indicarne',
  // Consortia and comuni
  ipaCodeInvalid: 'Codice IPA non valido: lettere, cifre e trattino basso, da 2 a 30 (es. c_h357)',
  websiteInvalid: 'Indirizzo web non valido (es. https://www.consorzio.it)',
  telephoneInvalid: 'Numero di telefono non valido (es. +39 0373 123456)',
  cityRequired: 'Indica la città',
  serviceTwice: 'Lo stesso servizio è scelto due volte',
  // CSV cells
  valueMissing: 'Valore mancante',
  valueInvalid: 'Valore non valido',
  milestoneCodeChars: 'Codice: lettere, cifre, punto, trattino o trattino basso (al più 60)',
  selfDependency: 'Un traguardo non può dipendere da sé stesso',
  reachedProgress: 'Un traguardo raggiunto ha avanzamento 100',
  // Change history
  changeKindInvalid: 'Tipo di modifica non valido',
  personInvalid: 'Persona non valida: scegli una persona dall’elenco',
  // Council report
  reportPeriodOrder: 'Il mese iniziale non può venire dopo il mese finale',
  // Messages that name a value
  tooLong: ({ max }: { max: number }) => `Testo troppo lungo (massimo ${max} caratteri)`,
  plannedTooFar: ({ max }: { max: string }) => `La data non può superare di oltre un anno oggi (al più ${max})`,
  dateInFuture: ({ today }: { today: string }) => `La data non può essere nel futuro (oggi è ${today})`,
  replanInPast: ({ date, today }: { date: string; today: string }) =>
    `La nuova data prevista ${date} è già passata: un traguardo aperto si ripianifica da oggi (${today}) in poi`,
  monthNotClosed: ({ month, last }: { month: string; last: string }) =>
    `Il mese ${month} non è ancora concluso (ultimo mese possibile: ${last})`,
  maxDependencies: ({ max }: { max: number }) => `Al più ${max} dipendenze`,
  maxMonths: ({ max }: { max: number }) => `Al più ${max} mesi per volta`,
  monthRepeated: ({ month }: { month: string }) => `Il mese ${month} è ripetuto`,
  monthInGrid: ({ month }: { month: string }) =>
    `Il mese ${italianMonth().format(new Date(`${month}-01T00:00:00Z`))} è già nella griglia: correggi la sua riga.`,
  platformStateInvalid: ({ states }: { states: string }) => `Stato non valido per questa piattaforma: ${states}`,
  passwordMin: ({ min }: { min: number }) => `La password deve avere almeno ${min} caratteri`,
  passwordTooLong: ({ max }: { max: number }) => `Password troppo lunga (al più ${max} caratteri)`,
  notIstat: ({ text }: { text: string }) => `"${text}" non è un codice ISTAT (6 cifre)`,
  notMonth: ({ text }: { text: string }) => `"${text}" non è un mese (es. 2024-03, 03/2024, marzo 2024)`,
  notDate: ({ text }: { text: string }) => `"${text}" non è una data (es. 2024-09-30 o 30/09/2024)`,
  milestoneKindNamed: ({ text }: { text: string }) => `Tipo di traguardo non valido: "${text}"`,
  codesInvalid: ({ codes }: { codes: string }) => `Codici non validi: ${codes}`,
  notNumber: ({ text }: { text: string }) => `"${text}" non è un numero`,
  oneDecimalComma: ({ text }: { text: string }) => `"${text}" non è un numero: una sola virgola decimale`,
  notWholeNumber: ({ text }: { text: string }) =>
    `"${text}" non è un numero intero: qui va un numero senza decimali${text.includes(',') ? ` (in "${text}" la virgola separa i decimali)` : ''}`,
  twoDecimals: ({ text }: { text: string }) => `"${text}": al più due decimali per i centesimi`,
  maxServices: ({ max }: { max: number }) => `Al più ${max} servizi per volta`,
  reportPeriodTooLong: ({ max }: { max: number }) => `Periodo troppo lungo: al più ${max} mesi`,
} as const;
