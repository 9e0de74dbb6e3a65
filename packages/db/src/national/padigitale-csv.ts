import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { gunzipSync } from 'node:zlib';
import {
  isPadigitaleState,
  measureCode,
  type PadigitaleState,
  PNRR_MEASURES,
  type PnrrMeasure,
} from '@switchoff/domain';
import { parse } from 'csv-parse/sync';

/** The columns an import needs; a file is recognised by these, never by its name. */
export const PADIGITALE_COLUMNS = [
  'codice_ipa',
  'ente',
  'tipologia_ente',
  'comune',
  'cod_comune',
  'provincia',
  'cod_provincia',
  'regione',
  'cod_regione',
  'importo_finanziamento',
  'avviso',
  'codice_cup',
  'numero_finestra_temporale',
  'stato_candidatura',
  'data_stato_candidatura',
  'misura',
] as const;

/** The value of `tipologia_ente` for comuni (the others are schools, ASL and other bodies). */
export const COMUNE_BODY = 'Comuni';

/** One row of a comune, checked. */
export type PadigitaleRow = {
  file: string;
  /** Line in the file (the header is line 1). */
  line: number;
  ipaCode: string;
  body: string;
  comuneName: string;
  istatCode: string;
  provinceCode: string;
  provinceIstat: string;
  region: string;
  regionCode: string;
  measure: PnrrMeasure;
  call: string;
  cup: string | null;
  window: number | null;
  state: PadigitaleState;
  stateDate: string;
  amountCents: number;
};

/** A row or file the import refuses, with where and why. */
export type PadigitaleIssue = { file: string; line: number | null; column: string | null; message: string };

export type PadigitaleFile = {
  file: string;
  /** Rows of every kind of body. */
  rows: number;
  /** Rows of comuni, checked. */
  comuneRows: PadigitaleRow[];
  issues: PadigitaleIssue[];
};

type Raw = Record<(typeof PADIGITALE_COLUMNS)[number], string>;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads a PA digitale 2026 CSV (plain or gzipped) from disk. */
export function readPadigitaleFile(path: string): PadigitaleFile {
  const bytes = readFileSync(path);
  const text = (path.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
  return parsePadigitaleCsv(basename(path), text);
}

/** Parses a PA digitale 2026 CSV: comune rows checked, every other body counted and left out. */
export function parsePadigitaleCsv(file: string, text: string): PadigitaleFile {
  const result: PadigitaleFile = { file, rows: 0, comuneRows: [], issues: [] };
  // With `info`, each record says the line it ends on: names with line breaks span several lines.
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text.replace(/^\uFEFF/, ''), { skip_empty_lines: true, info: true }) as unknown as typeof records;
  } catch (error) {
    result.issues.push({ file, line: null, column: null, message: `not a readable CSV file: ${String(error)}` });
    return result;
  }
  const header = records[0]?.record.map((h) => h.trim()) ?? [];
  const missing = PADIGITALE_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) {
    result.issues.push({ file, line: 1, column: null, message: `missing columns: ${missing.join(', ')}` });
    return result;
  }
  const at = PADIGITALE_COLUMNS.map((c) => header.indexOf(c));
  const body = header.indexOf('tipologia_ente');
  for (let i = 1; i < records.length; i += 1) {
    const cells = records[i]?.record ?? [];
    result.rows += 1;
    if (cells[body]?.trim() !== COMUNE_BODY) continue;
    const raw = {} as Raw;
    for (let k = 0; k < PADIGITALE_COLUMNS.length; k += 1) {
      raw[PADIGITALE_COLUMNS[k] as keyof Raw] = (cells[at[k] ?? -1] ?? '').trim();
    }
    const row = checkRow(raw, { file, line: records[i]?.info.lines ?? i + 1, issues: result.issues });
    if (row) result.comuneRows.push(row);
  }
  return result;
}

function checkRow(raw: Raw, where: { file: string; line: number; issues: PadigitaleIssue[] }): PadigitaleRow | null {
  const fail = (column: string, message: string) => {
    where.issues.push({ file: where.file, line: where.line, column, message });
    return null;
  };
  const code = measureCode(raw.misura);
  if (code === null || !(PNRR_MEASURES as readonly string[]).includes(code)) {
    return fail('misura', `unknown measure "${raw.misura}" (known: ${PNRR_MEASURES.join(', ')})`);
  }
  if (!isPadigitaleState(raw.stato_candidatura)) {
    return fail('stato_candidatura', `"${raw.stato_candidatura}" is not A, R or E`);
  }
  if (!ISO_DATE.test(raw.data_stato_candidatura)) {
    return fail('data_stato_candidatura', `"${raw.data_stato_candidatura}" is not a date (YYYY-MM-DD)`);
  }
  const euros = raw.importo_finanziamento === '' ? 0 : Number(raw.importo_finanziamento);
  if (!Number.isFinite(euros) || euros < 0) {
    return fail('importo_finanziamento', `"${raw.importo_finanziamento}" is not an amount in euro`);
  }
  if (raw.avviso === '') return fail('avviso', 'the call is empty');
  const window = raw.numero_finestra_temporale === '' ? null : Number(raw.numero_finestra_temporale);
  return {
    file: where.file,
    line: where.line,
    ipaCode: raw.codice_ipa,
    body: raw.ente,
    comuneName: raw.comune,
    istatCode: raw.cod_comune,
    provinceCode: raw.provincia,
    provinceIstat: raw.cod_provincia,
    region: raw.regione,
    regionCode: raw.cod_regione,
    measure: code as PnrrMeasure,
    call: raw.avviso,
    cup: raw.codice_cup === '' ? null : raw.codice_cup,
    window: window !== null && Number.isInteger(window) ? window : null,
    state: raw.stato_candidatura,
    stateDate: raw.data_stato_candidatura,
    amountCents: Math.round(euros * 100),
  };
}
