/**
 * CSV formula injection (OWASP, "CSV Injection"): a spreadsheet runs a cell that begins with
 * `=`, `+`, `-` or `@` as a formula, and tab or carriage return can hide such a start. Every
 * CSV Switch-off writes puts a single quote before such a text cell, which spreadsheets show as
 * text; imports take the quote off again, so export → import changes nothing.
 */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

/** A number written as text ("-12", "1234,50"): a spreadsheet reads it as a number, never as a formula. */
const PLAIN_NUMBER = /^[-+]?\d[\d.,]*$/;

/**
 * Whether the text needs the guard: it starts like a formula (and is not a plain number), or it
 * already starts with the guard before such a text — guarded too, so that taking one quote off
 * on import always gives back what was exported.
 */
function needsGuard(text: string): boolean {
  const first = text[0];
  if (first === undefined) return false;
  if (first === "'") return needsGuard(text.slice(1));
  return FORMULA_START.has(first) && !PLAIN_NUMBER.test(text);
}

/** The text as a CSV cell a spreadsheet will not run: a single quote in front when it starts like a formula. */
export function guardCsvCell(text: string): string {
  return needsGuard(text) ? `'${text}` : text;
}

/** The text an export guarded with `guardCsvCell`, as it was (cells without the guard are returned as they are). */
export function unguardCsvCell(cell: string): string {
  return cell[0] === "'" && needsGuard(cell.slice(1)) ? cell.slice(1) : cell;
}
