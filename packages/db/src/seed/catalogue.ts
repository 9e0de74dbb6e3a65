import type { Category } from '@switchoff/domain';

/** A tuple of N elements of T. */
type Tuple<T, N extends number, Built extends T[] = []> = Built['length'] extends N
  ? Built
  : Tuple<T, N, [...Built, T]>;

/** How a service's volume spreads over the twelve months (January first), before normalising. */
export type Season = Readonly<Tuple<number, 12>>;

/** Canteen and school transport: enrolment in June, July and September, payments September to June. */
const SCHOOL_YEAR: Season = [1, 1, 1, 1, 1, 1.6, 0.8, 0, 1.8, 1, 1, 0.8];
/** Summer camp: enrolment and payment in spring, the camp in June and July. */
const SUMMER_CAMP: Season = [0, 0, 0.2, 2, 3, 2.5, 1, 0, 0, 0, 0, 0];
/** TARI instalments (May, July, September, November) plus a trickle of late payments. */
const TARI_INSTALMENTS: Season = [0.15, 0.15, 0.15, 0.3, 3, 0.3, 2.5, 0.15, 2, 0.3, 2.5, 0.3];
/** IMU: advance in June, balance in December. */
const IMU_DEADLINES: Season = [0.2, 0.2, 0.2, 0.2, 0.5, 4, 0.2, 0.1, 0.2, 0.2, 0.5, 4];
/** Office services: steady, with the August slowdown. */
const STEADY: Season = [1, 1, 1, 1, 1, 1, 0.9, 0.6, 1, 1, 1, 0.9];
/** Votive lamps: yearly renewal in January–February, requests around All Saints. */
const VOTIVE_LAMPS: Season = [3, 2, 0.5, 0.3, 0.3, 0.3, 0.3, 0.2, 0.3, 1, 2, 0.5];
/** Weddings are mostly announced in spring. */
const WEDDINGS: Season = [0.5, 1, 1.5, 2, 2, 1.5, 1, 0.3, 1, 1, 0.5, 0.3];
/** Outdoor permits: terraces, markets and works in the warm months. */
const OUTDOOR: Season = [0.4, 0.5, 1, 1.5, 1.8, 1.8, 1.5, 0.6, 1.2, 0.8, 0.5, 0.4];
/** Rooms and gyms are booked during the school and association year. */
const ASSOCIATION_YEAR: Season = [1, 1, 1.2, 1.2, 1.2, 0.8, 0.4, 0.1, 1.5, 1.3, 1.1, 0.8];

export type CatalogueEntry = {
  slug: string;
  name: string;
  category: Category;
  description: string;
  takesPayment: boolean;
  needsIdentity: boolean;
  /** The office that usually runs it in a small comune. */
  office: string;
  /** Completed transactions per 1,000 inhabitants per year, the scale of the demo figures. */
  yearlyPer1000: number;
  season: Season;
  /** Share of transactions that are payments (payment services only). */
  paymentRatio: number;
  /** Whether the demo gives it a monthly cost. */
  costed: boolean;
  /** School services stop while schools are closed (spring 2020). */
  school: boolean;
};

const entry = (
  e: Omit<CatalogueEntry, 'paymentRatio' | 'costed' | 'school'> & Partial<CatalogueEntry>,
): CatalogueEntry => ({
  paymentRatio: e.takesPayment ? 1 : 0,
  costed: false,
  school: false,
  ...e,
});

/** The shared catalogue of typical municipal services. Slugs are stable: they are in public URLs. */
export const CATALOGUE: readonly CatalogueEntry[] = [
  entry({
    slug: 'mensa-scolastica',
    name: 'Mensa scolastica',
    category: 'educazione-formazione',
    description: 'Iscrizione al servizio di refezione scolastica e pagamento dei pasti.',
    takesPayment: true,
    needsIdentity: true,
    office: 'Ufficio Scuola',
    yearlyPer1000: 450,
    season: SCHOOL_YEAR,
    paymentRatio: 0.85,
    costed: true,
    school: true,
  }),
  entry({
    slug: 'trasporto-scolastico',
    name: 'Trasporto scolastico',
    category: 'educazione-formazione',
    description: 'Iscrizione allo scuolabus e pagamento della retta.',
    takesPayment: true,
    needsIdentity: true,
    office: 'Ufficio Scuola',
    yearlyPer1000: 60,
    season: SCHOOL_YEAR,
    paymentRatio: 0.7,
    school: true,
  }),
  entry({
    slug: 'centro-estivo',
    name: 'Centro estivo (minigrest)',
    category: 'educazione-formazione',
    description: 'Iscrizione e pagamento del centro ricreativo estivo per bambini e ragazzi.',
    takesPayment: true,
    needsIdentity: true,
    office: 'Ufficio Scuola',
    yearlyPer1000: 50,
    season: SUMMER_CAMP,
    paymentRatio: 0.5,
  }),
  entry({
    slug: 'tari',
    name: 'Pagamento TARI',
    category: 'tributi-finanze-contravvenzioni',
    description: 'Pagamento della tassa sui rifiuti, in rata unica o a rate.',
    takesPayment: true,
    needsIdentity: false,
    office: 'Ufficio Tributi',
    yearlyPer1000: 900,
    season: TARI_INSTALMENTS,
    costed: true,
  }),
  entry({
    slug: 'imu',
    name: 'IMU: calcolo e versamento',
    category: 'tributi-finanze-contravvenzioni',
    description: "Calcolo dell'imposta municipale propria e versamento di acconto e saldo.",
    takesPayment: true,
    needsIdentity: false,
    office: 'Ufficio Tributi',
    yearlyPer1000: 400,
    season: IMU_DEADLINES,
  }),
  entry({
    slug: 'carta-identita-elettronica',
    name: "Carta d'identità elettronica",
    category: 'anagrafe-stato-civile',
    description: "Prenotazione dell'appuntamento e rilascio della carta d'identità elettronica (CIE).",
    takesPayment: true,
    needsIdentity: true,
    office: 'Ufficio Anagrafe',
    yearlyPer1000: 100,
    season: STEADY,
    costed: true,
  }),
  entry({
    slug: 'certificati-anagrafici',
    name: 'Certificati anagrafici',
    category: 'anagrafe-stato-civile',
    description: 'Richiesta e rilascio di certificati di residenza, stato di famiglia e nascita.',
    takesPayment: false,
    needsIdentity: true,
    office: 'Ufficio Anagrafe',
    yearlyPer1000: 150,
    season: STEADY,
    costed: true,
  }),
  entry({
    slug: 'cambio-residenza',
    name: 'Cambio di residenza',
    category: 'anagrafe-stato-civile',
    description: "Dichiarazione di residenza o di cambio d'abitazione all'interno del comune.",
    takesPayment: false,
    needsIdentity: true,
    office: 'Ufficio Anagrafe',
    yearlyPer1000: 35,
    season: STEADY,
  }),
  entry({
    slug: 'pubblicazioni-matrimonio',
    name: 'Pubblicazioni di matrimonio',
    category: 'anagrafe-stato-civile',
    description: 'Richiesta delle pubblicazioni di matrimonio con pagamento dell’imposta di bollo.',
    takesPayment: true,
    needsIdentity: true,
    office: 'Ufficio Stato Civile',
    yearlyPer1000: 6,
    season: WEDDINGS,
  }),
  entry({
    slug: 'lampade-votive',
    name: 'Servizi cimiteriali e lampade votive',
    category: 'salute-benessere-assistenza',
    description: 'Richiesta di allacciamento e pagamento del canone annuale delle lampade votive.',
    takesPayment: true,
    needsIdentity: false,
    office: 'Ufficio Tecnico',
    yearlyPer1000: 150,
    season: VOTIVE_LAMPS,
  }),
  entry({
    slug: 'occupazione-suolo-pubblico',
    name: 'Occupazione di suolo pubblico',
    category: 'autorizzazioni',
    description: 'Autorizzazione a occupare suolo pubblico (dehors, cantieri, eventi) e pagamento del canone.',
    takesPayment: true,
    needsIdentity: true,
    office: 'Ufficio Tecnico',
    yearlyPer1000: 10,
    season: OUTDOOR,
  }),
  entry({
    slug: 'accesso-atti',
    name: 'Accesso agli atti',
    category: 'autorizzazioni',
    description: 'Richiesta di accesso documentale o civico agli atti del comune.',
    takesPayment: false,
    needsIdentity: true,
    office: 'Segreteria generale',
    yearlyPer1000: 8,
    season: STEADY,
  }),
  entry({
    slug: 'pratiche-edilizie',
    name: 'Pratiche edilizie (SUE)',
    category: 'catasto-urbanistica',
    description: "Presentazione di CILA, SCIA e permessi di costruire allo Sportello unico per l'edilizia.",
    takesPayment: true,
    needsIdentity: true,
    office: "Sportello unico per l'edilizia",
    yearlyPer1000: 20,
    season: STEADY,
    paymentRatio: 0.6,
  }),
  entry({
    slug: 'suap',
    name: 'Sportello unico attività produttive (SUAP)',
    category: 'impresa-commercio',
    description: "Pratiche per avviare, modificare o cessare un'attività d'impresa.",
    takesPayment: true,
    needsIdentity: true,
    office: 'SUAP',
    yearlyPer1000: 12,
    season: STEADY,
    paymentRatio: 0.5,
  }),
  entry({
    slug: 'contributi-assistenza',
    name: 'Contributi e agevolazioni sociali',
    category: 'salute-benessere-assistenza',
    description: 'Domanda di contributi economici, bonus e agevolazioni dei servizi sociali.',
    takesPayment: false,
    needsIdentity: true,
    office: 'Servizi Sociali',
    yearlyPer1000: 25,
    season: STEADY,
  }),
  entry({
    slug: 'prenotazione-sale',
    name: 'Prenotazione di sale e palestre',
    category: 'cultura-tempo-libero',
    description: 'Prenotazione e pagamento di sale civiche e palestre comunali.',
    takesPayment: true,
    needsIdentity: true,
    office: 'Segreteria generale',
    yearlyPer1000: 15,
    season: ASSOCIATION_YEAR,
  }),
  entry({
    slug: 'segnalazioni',
    name: 'Segnalazioni al comune',
    category: 'ambiente',
    description: 'Segnalazione di rifiuti abbandonati, buche, illuminazione pubblica guasta e altri disservizi.',
    takesPayment: false,
    needsIdentity: false,
    office: 'Ufficio Tecnico',
    yearlyPer1000: 60,
    season: OUTDOOR,
  }),
  entry({
    slug: 'biblioteca',
    name: 'Biblioteca: iscrizione e prestiti',
    category: 'cultura-tempo-libero',
    description: 'Iscrizione alla biblioteca e prenotazione dei prestiti della rete bibliotecaria.',
    takesPayment: false,
    needsIdentity: false,
    office: 'Biblioteca comunale',
    yearlyPer1000: 300,
    season: STEADY,
  }),
];

/** The catalogue entry of `slug`; throws on a slug the catalogue does not hold (a bug in the seed). */
export function catalogueEntry(slug: string): CatalogueEntry {
  const found = CATALOGUE.find((e) => e.slug === slug);
  if (found === undefined) throw new Error(`Seed: no catalogue service "${slug}"`);
  return found;
}
