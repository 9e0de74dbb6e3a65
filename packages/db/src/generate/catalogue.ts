import { CATALOGUE, type CatalogueEntry, catalogueEntry, type Season } from '../seed/catalogue';

/** Seasons of the demo catalogue, borrowed by the services that follow the same calendar. */
const SCHOOL_YEAR = catalogueEntry('mensa-scolastica').season;
const STEADY = catalogueEntry('certificati-anagrafici').season;
const OUTDOOR = catalogueEntry('segnalazioni').season;
const WEDDINGS = catalogueEntry('pubblicazioni-matrimonio').season;
const VOTIVE_LAMPS = catalogueEntry('lampade-votive').season;
/** Tourist tax: the summer, then Easter and Christmas. */
const TOURIST_SEASON: Season = [0.4, 0.4, 0.6, 1, 1, 1.8, 3, 3.2, 1.4, 0.6, 0.3, 0.8];
/** Mushroom permits: late summer and autumn. */
const MUSHROOM_SEASON: Season = [0.1, 0.1, 0.2, 0.4, 0.8, 1, 1.2, 2, 3, 2.5, 0.6, 0.1];
/** Poll-worker register: requests by 30 November, by law. */
const POLL_WORKERS: Season = [0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.2, 0.5, 3, 5, 0.5];
/** Nursery: enrolment in spring, monthly fees September to June. */
const NURSERY: Season = [1, 1, 1.3, 2, 2, 1, 0.7, 0, 1, 1, 1, 0.8];
/** Competitions open a few times a year, most in spring and autumn. */
const HIRING: Season = [0.6, 1, 1.4, 1.4, 1.2, 0.8, 0.6, 0.2, 1, 1.4, 1.2, 0.6];

const entry = (
  e: Omit<CatalogueEntry, 'paymentRatio' | 'costed' | 'school'> & Partial<CatalogueEntry>,
): CatalogueEntry => ({ paymentRatio: e.takesPayment ? 1 : 0, costed: false, school: false, ...e });

/** Typical services the demo leaves out, so a national installation has about forty per comune. */
const EXTRA: readonly CatalogueEntry[] = [
  entry({ slug: 'asilo-nido', name: 'Asilo nido: iscrizione e rette', category: 'educazione-formazione', description: "Domanda di iscrizione all'asilo nido comunale e pagamento delle rette mensili.", takesPayment: true, needsIdentity: true, office: 'Ufficio Scuola', yearlyPer1000: 40, season: NURSERY, paymentRatio: 0.9, school: true }),
  entry({ slug: 'pre-post-scuola', name: 'Pre e post scuola', category: 'educazione-formazione', description: "Iscrizione al servizio di accoglienza prima e dopo l'orario scolastico.", takesPayment: true, needsIdentity: true, office: 'Ufficio Scuola', yearlyPer1000: 25, season: SCHOOL_YEAR, paymentRatio: 0.8, school: true }),
  entry({ slug: 'contrassegno-disabili', name: 'Contrassegno per persone con disabilità', category: 'mobilita-trasporti', description: 'Rilascio e rinnovo del contrassegno europeo di parcheggio per persone con disabilità.', takesPayment: false, needsIdentity: true, office: 'Polizia Locale', yearlyPer1000: 6, season: STEADY }),
  entry({ slug: 'permessi-sosta', name: 'Permessi di sosta e ZTL', category: 'mobilita-trasporti', description: 'Permessi di sosta per residenti e di accesso alla zona a traffico limitato.', takesPayment: true, needsIdentity: true, office: 'Polizia Locale', yearlyPer1000: 30, season: STEADY }),
  entry({ slug: 'sanzioni-codice-strada', name: 'Pagamento delle sanzioni stradali', category: 'tributi-finanze-contravvenzioni', description: 'Pagamento dei verbali del codice della strada elevati dalla Polizia Locale.', takesPayment: true, needsIdentity: false, office: 'Polizia Locale', yearlyPer1000: 120, season: STEADY, costed: true }),
  entry({ slug: 'canone-unico', name: 'Canone unico: pubblicità e affissioni', category: 'tributi-finanze-contravvenzioni', description: 'Dichiarazione e pagamento del canone unico patrimoniale per insegne, pubblicità e affissioni.', takesPayment: true, needsIdentity: true, office: 'Ufficio Tributi', yearlyPer1000: 15, season: STEADY }),
  entry({ slug: 'passo-carrabile', name: 'Passo carrabile', category: 'autorizzazioni', description: 'Autorizzazione del passo carrabile con rilascio del cartello segnaletico.', takesPayment: true, needsIdentity: true, office: 'Ufficio Tecnico', yearlyPer1000: 4, season: OUTDOOR }),
  entry({ slug: 'certificato-destinazione-urbanistica', name: 'Certificato di destinazione urbanistica', category: 'catasto-urbanistica', description: 'Richiesta del certificato di destinazione urbanistica (CDU) di un terreno.', takesPayment: true, needsIdentity: true, office: "Sportello unico per l'edilizia", yearlyPer1000: 8, season: STEADY }),
  entry({ slug: 'idoneita-alloggiativa', name: 'Certificato di idoneità alloggiativa', category: 'catasto-urbanistica', description: "Attestazione dell'idoneità dell'alloggio per il ricongiungimento familiare o il permesso di soggiorno.", takesPayment: true, needsIdentity: true, office: 'Ufficio Tecnico', yearlyPer1000: 5, season: STEADY }),
  entry({ slug: 'autorizzazione-paesaggistica', name: 'Autorizzazione paesaggistica', category: 'catasto-urbanistica', description: 'Domanda di autorizzazione paesaggistica per interventi in aree vincolate.', takesPayment: true, needsIdentity: true, office: "Sportello unico per l'edilizia", yearlyPer1000: 3, season: OUTDOOR, paymentRatio: 0.7 }),
  entry({ slug: 'albo-scrutatori', name: 'Albo degli scrutatori e dei presidenti di seggio', category: 'anagrafe-stato-civile', description: "Iscrizione all'albo degli scrutatori e all'albo dei presidenti di seggio elettorale.", takesPayment: false, needsIdentity: true, office: 'Ufficio Elettorale', yearlyPer1000: 5, season: POLL_WORKERS }),
  entry({ slug: 'unioni-civili', name: 'Matrimoni e unioni civili in comune', category: 'anagrafe-stato-civile', description: 'Prenotazione della sala e della celebrazione di matrimoni civili e unioni civili.', takesPayment: true, needsIdentity: true, office: 'Ufficio Stato Civile', yearlyPer1000: 3, season: WEDDINGS }),
  entry({ slug: 'concessioni-cimiteriali', name: 'Concessioni cimiteriali', category: 'salute-benessere-assistenza', description: 'Concessione di loculi, ossari e aree cimiteriali e relativi pagamenti.', takesPayment: true, needsIdentity: true, office: 'Ufficio Tecnico', yearlyPer1000: 8, season: VOTIVE_LAMPS }),
  entry({ slug: 'assegni-maternita', name: 'Assegno di maternità e per il nucleo familiare', category: 'salute-benessere-assistenza', description: "Domanda dell'assegno di maternità e dell'assegno per il nucleo familiare concessi dal comune.", takesPayment: false, needsIdentity: true, office: 'Servizi Sociali', yearlyPer1000: 6, season: STEADY }),
  entry({ slug: 'assistenza-domiciliare', name: 'Assistenza domiciliare', category: 'salute-benessere-assistenza', description: 'Domanda di assistenza domiciliare e pasti a domicilio per anziani e persone fragili, con la compartecipazione.', takesPayment: true, needsIdentity: true, office: 'Servizi Sociali', yearlyPer1000: 12, season: STEADY, paymentRatio: 0.8 }),
  entry({ slug: 'imposta-soggiorno', name: 'Imposta di soggiorno', category: 'turismo', description: "Dichiarazione e versamento dell'imposta di soggiorno da parte delle strutture ricettive.", takesPayment: true, needsIdentity: true, office: 'Ufficio Tributi', yearlyPer1000: 10, season: TOURIST_SEASON }),
  entry({ slug: 'posteggi-mercati', name: 'Posteggi nei mercati e nelle fiere', category: 'impresa-commercio', description: 'Domanda di posteggio nei mercati settimanali e nelle fiere, e pagamento del canone.', takesPayment: true, needsIdentity: true, office: 'SUAP', yearlyPer1000: 6, season: OUTDOOR }),
  entry({ slug: 'ritiro-ingombranti', name: 'Ritiro dei rifiuti ingombranti', category: 'ambiente', description: 'Prenotazione del ritiro a domicilio di rifiuti ingombranti e RAEE.', takesPayment: false, needsIdentity: false, office: 'Ufficio Ambiente', yearlyPer1000: 40, season: OUTDOOR }),
  entry({ slug: 'tesserino-funghi', name: 'Tesserino per la raccolta dei funghi', category: 'agricoltura-pesca', description: 'Rilascio del tesserino per la raccolta dei funghi epigei e versamento del contributo.', takesPayment: true, needsIdentity: true, office: 'Ufficio Ambiente', yearlyPer1000: 8, season: MUSHROOM_SEASON }),
  entry({ slug: 'albo-fornitori', name: 'Albo fornitori e gare telematiche', category: 'appalti-pubblici', description: "Iscrizione all'albo dei fornitori del comune e partecipazione alle procedure di gara.", takesPayment: false, needsIdentity: true, office: 'Ufficio Contratti', yearlyPer1000: 3, season: STEADY }),
  entry({ slug: 'concorsi', name: 'Concorsi e selezioni del comune', category: 'vita-lavorativa', description: 'Domanda di partecipazione ai concorsi pubblici e alle selezioni del comune.', takesPayment: true, needsIdentity: true, office: 'Ufficio Personale', yearlyPer1000: 4, season: HIRING, paymentRatio: 0.9 }),
  entry({ slug: 'cessione-fabbricato', name: 'Comunicazione di cessione di fabbricato e ospitalità', category: 'giustizia-sicurezza', description: "Comunicazione di cessione di fabbricato e dichiarazione di ospitalità all'autorità di pubblica sicurezza.", takesPayment: false, needsIdentity: true, office: 'Polizia Locale', yearlyPer1000: 20, season: STEADY }),
];

/** The demo's catalogue plus the extras: forty services, the demo's eighteen first and unchanged. */
export const NATIONAL_CATALOGUE: readonly CatalogueEntry[] = [...CATALOGUE, ...EXTRA];
