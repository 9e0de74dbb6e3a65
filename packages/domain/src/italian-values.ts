import { foldAccents } from './fold-accents';
import { type MessageToken, token } from './messages';
import { isIsoDate, type YearMonth } from './months';

/**
 * Values as Italian spreadsheets write them: numbers with a decimal comma and a thousands dot,
 * months as "2024-03", "03/2024", "marzo 2024", "mar-24", dates as "15/03/2024". Pure parsing,
 * shared by imports on the server and any check in the browser.
 */

export type Parsed<T> = { ok: true; value: T } | { ok: false; message: MessageToken };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: MessageToken): Parsed<T> => ({ ok: false, message });

/** Month names and their usual abbreviations (gen, feb … dic; "sett" too), lower case, without accents. */
const MONTH_NAMES: Record<string, number> = {
  gennaio: 1,
  gen: 1,
  febbraio: 2,
  feb: 2,
  marzo: 3,
  mar: 3,
  aprile: 4,
  apr: 4,
  maggio: 5,
  mag: 5,
  giugno: 6,
  giu: 6,
  luglio: 7,
  lug: 7,
  agosto: 8,
  ago: 8,
  settembre: 9,
  set: 9,
  sett: 9,
  ottobre: 10,
  ott: 10,
  novembre: 11,
  nov: 11,
  dicembre: 12,
  dic: 12,
};

export const ITALIAN_MONTHS = [
  'gennaio',
  'febbraio',
  'marzo',
  'aprile',
  'maggio',
  'giugno',
  'luglio',
  'agosto',
  'settembre',
  'ottobre',
  'novembre',
  'dicembre',
] as const;

/** Lower case, accents removed, spaces collapsed: how headers and words are compared. */
export function foldText(text: string): string {
  return foldAccents(text).replace(/\s+/g, ' ').trim();
}

const pad2 = (n: number) => String(n).padStart(2, '0');

function yearOf(text: string): number | null {
  if (/^\d{4}$/.test(text)) return Number(text);
  // Excel shows a month typed as 03/2024 as "mar-24": two-digit years are this century's.
  if (/^\d{2}$/.test(text)) return 2000 + Number(text);
  return null;
}

function monthOfYear(year: number | null, month: number | null): YearMonth | null {
  if (year === null || month === null || !Number.isInteger(month) || month < 1 || month > 12) return null;
  return `${year}-${pad2(month)}`;
}

/**
 * The month a cell names, or null when it names none: `2024-03`, `2024/03`, `03/2024`, `3-2024`,
 * `marzo 2024`, `Mar 2024`, `mar-24`, `mar. 2024`, or a whole date (`01/03/2024`, `2024-03-01`),
 * which Excel writes when it took the month for a date.
 */
export function parseItalianMonth(text: string): YearMonth | null {
  const value = foldText(text);
  let m = /^(\d{4})[-/.](\d{1,2})$/.exec(value);
  if (m) return monthOfYear(yearOf(m[1] ?? ''), Number(m[2]));
  m = /^(\d{1,2})[-/.](\d{4})$/.exec(value);
  if (m) return monthOfYear(yearOf(m[2] ?? ''), Number(m[1]));
  m = /^([a-z]+)\.?[\s\-/']*(\d{4}|\d{2})$/.exec(value);
  if (m) return monthOfYear(yearOf(m[2] ?? ''), MONTH_NAMES[m[1] ?? ''] ?? null);
  const date = parseItalianDate(text);
  return date ? date.slice(0, 7) : null;
}

/**
 * The date a cell names (ISO `YYYY-MM-DD`), or null: `2024-03-15`, `15/03/2024`, `15-3-2024`,
 * `15.03.2024`, `15 marzo 2024`. A date that does not exist (31/02/2024) is null.
 */
export function parseItalianDate(text: string): string | null {
  const value = foldText(text);
  let iso: string | null = null;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ][\d:.]+z?)?$/.exec(value);
  if (m) iso = `${m[1]}-${pad2(Number(m[2]))}-${pad2(Number(m[3]))}`;
  if (!iso) {
    m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(value);
    if (m) iso = `${m[3]}-${pad2(Number(m[2]))}-${pad2(Number(m[1]))}`;
  }
  if (!iso) {
    m = /^(\d{1,2}) ([a-z]+)\.? (\d{4})$/.exec(value);
    const month = m ? MONTH_NAMES[m[2] ?? ''] : undefined;
    if (m && month) iso = `${m[3]}-${pad2(month)}-${pad2(Number(m[1]))}`;
  }
  return iso && isIsoDate(iso) ? iso : null;
}

/**
 * A number as an Italian spreadsheet writes it: `1.234,56`, `1234,5`, `1 234`, `-3`, `12.5`.
 * The comma is the decimal separator; dots are thousands separators when they group digits by
 * three (`1.234` is one thousand two hundred thirty-four, as in Italian), otherwise a decimal
 * point (`12.5`, as a file written in English would have it). With both, the last one is the
 * decimal separator. An empty cell is null (unknown, never zero).
 */
export function parseItalianNumber(text: string): Parsed<number | null> {
  // Most cells are plain whole numbers (what export writes for counts): the same value, sooner.
  if (PLAIN_DIGITS.test(text)) return ok(Number(text));
  let value = text.replace(/[\s\u00a0\u202f]/g, '').replace(/^€|€$/g, '');
  if (value === '' || value === '-') return ok(null);
  const sign = value.startsWith('-') ? -1 : 1;
  if (value.startsWith('-') || value.startsWith('+')) value = value.slice(1);
  if (!/^[\d.,]+$/.test(value) || !/\d/.test(value)) return fail(token('notNumber', { text: text.trim() }));
  const lastComma = value.lastIndexOf(',');
  const lastDot = value.lastIndexOf('.');
  let integer: string;
  let decimals = '';
  if (lastComma >= 0 && lastDot >= 0) {
    const decimalAt = Math.max(lastComma, lastDot);
    const thousands = decimalAt === lastComma ? '.' : ',';
    integer = value.slice(0, decimalAt);
    decimals = value.slice(decimalAt + 1);
    if (!groupedBy(integer, thousands)) return fail(token('notNumber', { text: text.trim() }));
    integer = integer.split(thousands).join('');
  } else if (lastComma >= 0) {
    const parts = value.split(',');
    if (parts.length !== 2) return fail(token('oneDecimalComma', { text: text.trim() }));
    integer = parts[0] ?? '';
    decimals = parts[1] ?? '';
  } else if (lastDot >= 0 && groupedBy(value, '.')) {
    integer = value.split('.').join('');
  } else if (lastDot >= 0) {
    const parts = value.split('.');
    if (parts.length !== 2) return fail(token('notNumber', { text: text.trim() }));
    integer = parts[0] ?? '';
    decimals = parts[1] ?? '';
  } else {
    integer = value;
  }
  if (!/^\d*$/.test(integer) || !/^\d*$/.test(decimals) || (integer === '' && decimals === '')) {
    return fail(token('notNumber', { text: text.trim() }));
  }
  const number = sign * Number(`${integer || '0'}.${decimals || '0'}`);
  return Number.isFinite(number) ? ok(number) : fail(token('notNumber', { text: text.trim() }));
}

const PLAIN_DIGITS = /^\d{1,15}$/;

/** "1.234.567" grouped by `separator` in threes after a first group of one to three digits. */
function groupedBy(value: string, separator: string): boolean {
  const groups = value.split(separator);
  if (groups.length < 2) return true;
  return /^\d{1,3}$/.test(groups[0] ?? '') && groups.slice(1).every((g) => /^\d{3}$/.test(g));
}

/** A whole number from a cell (`1.234` → 1234, `12,0` → 12); a fraction is refused. */
export function parseItalianInteger(text: string): Parsed<number | null> {
  const parsed = parseItalianNumber(text);
  if (!parsed.ok || parsed.value === null) return parsed;
  return Number.isInteger(parsed.value) ? parsed : fail(token('notWholeNumber', { text: text.trim() }));
}

/** Euro with at most two decimals (`1.234,50 €`) as cents; empty is null. */
export function parseEuroCents(text: string): Parsed<number | null> {
  const parsed = parseItalianNumber(text);
  if (!parsed.ok || parsed.value === null) return parsed;
  const cents = Math.round(parsed.value * 100);
  if (Math.abs(cents - parsed.value * 100) > 1e-6) return fail(token('twoDecimals', { text: text.trim() }));
  return ok(cents);
}

/** A percentage as a whole number (`60`, `60%`, `60,0`); empty is null. */
export function parseItalianPercent(text: string): Parsed<number | null> {
  return parseItalianInteger(text.replace(/%\s*$/, ''));
}

/** Euro cents written with a decimal comma and no thousands separator (`123456` → `1234,56`). */
export function formatEuroComma(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)},${pad2(abs % 100)}`;
}

/** Euro cents as a plain decimal number (`123456` → 1234.56), for JSON and open-data CSV. */
export function centsToEuro(cents: number): number {
  return Math.round(cents) / 100;
}

/** A 4- to 6-digit ISTAT code with its leading zeros restored (Excel drops them: 19081 → 019081). */
export function normaliseIstat(text: string): string | null {
  const value = text.trim();
  if (!/^\d{4,6}$/.test(value)) return null;
  return value.padStart(6, '0');
}
