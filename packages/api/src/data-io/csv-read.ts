import { CSV_LIMIT_MB, CSV_LIMITS, type MessageToken, token } from '@switchoff/domain';
import { type ImportKind, mapHeader, unguardCsvCell } from '@switchoff/domain/formats';
import type { Options } from 'csv-parse';
import { parse } from 'csv-parse/sync';

/** A refusal of the file or of one cell: line 1 is the header; line null the file as a whole. */
export type ImportIssue = { line: number | null; column: string | null; value: string | null; message: MessageToken };

export type CsvRecord = { line: number; cells: Record<string, string> };

export type Separator = ';' | ',' | '\t';

export type ReadCsv = {
  separator: Separator;
  records: CsvRecord[];
  /** Problems with the file itself (empty, too big, header, quotes): nothing can be imported. */
  fileIssues: ImportIssue[];
  /** Problems with single rows (wrong column count). */
  rowIssues: ImportIssue[];
  /** Columns the file has that import ignores. */
  ignoredColumns: string[];
};

const fileIssue = (message: MessageToken, line: number | null = null, column: string | null = null): ImportIssue => ({
  line,
  column,
  value: null,
  message,
});

/** The separator of the header line: the most frequent of ; , and tab outside quotes (";" on a tie). */
export function detectSeparator(headerLine: string): Separator {
  const counts: Record<Separator, number> = { ';': 0, ',': 0, '\t': 0 };
  let quoted = false;
  for (const char of headerLine) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === ';' || char === ',' || char === '\t')) counts[char] += 1;
  }
  const best = (Object.entries(counts) as [Separator, number][]).sort((a, b) => b[1] - a[1])[0];
  if (!best || best[1] === 0) return ',';
  return counts[';'] === best[1] ? ';' : best[0];
}

/** The first physical line longer than the limit, if any (a huge line is refused before parsing). */
function findHugeLine(text: string): { line: number; length: number } | null {
  let start = 0;
  let line = 1;
  while (start <= text.length) {
    const end = text.indexOf('\n', start);
    const stop = end === -1 ? text.length : end;
    if (stop - start > CSV_LIMITS.lineChars) return { line, length: stop - start };
    if (end === -1) return null;
    start = end + 1;
    line += 1;
  }
  return null;
}

type CsvLine = { line: number; record: string[] };

/** A file with quotes, as csv-parse reads it (quoted cells may hold separators and line breaks). */
export function parseQuoted(body: string, separator: Separator): CsvLine[] {
  const options: Options<CsvLine, string[]> = {
    delimiter: separator,
    relax_column_count: true,
    skip_empty_lines: true,
    max_record_size: CSV_LIMITS.lineChars,
    // The line a record starts on: where it ends, less the line breaks inside its quoted cells.
    on_record: (record, context) => ({ line: context.lines - lineBreaksIn(record), record }),
  };
  // The typings know no record type other than string[] without `columns`: on_record makes it this.
  return parse(body, options as unknown as Options) as unknown as CsvLine[];
}

/**
 * A file without a single quote, which is what spreadsheets save when no cell holds a separator:
 * every line is a record and its cells are what lies between separators. csv-parse gives the
 * same records (csv-split.test.ts); splitting them here spares a big file its per-record bookkeeping.
 */
export function splitPlain(body: string, separator: Separator): CsvLine[] {
  const rows: CsvLine[] = [];
  let line = 0;
  let start = 0;
  while (start < body.length) {
    const end = body.indexOf('\n', start);
    const stop = end === -1 ? body.length : end;
    line += 1;
    if (stop > start) rows.push({ line, record: body.slice(start, stop).split(separator) });
    start = stop + 1;
  }
  return rows;
}

function lineBreaksIn(record: readonly string[]): number {
  let count = 0;
  for (const cell of record) {
    for (let at = cell.indexOf('\n'); at !== -1; at = cell.indexOf('\n', at + 1)) count += 1;
  }
  return count;
}

function parseError(error: unknown): ImportIssue {
  const e = error as { code?: string; lines?: number; message?: string };
  const line = typeof e.lines === 'number' ? e.lines : null;
  switch (e.code) {
    case 'CSV_QUOTE_NOT_CLOSED':
      return fileIssue(token('csv.quoteNotClosed'), line);
    case 'INVALID_OPENING_QUOTE':
    case 'CSV_INVALID_CLOSING_QUOTE':
      return fileIssue(token('csv.quoteInField'), line);
    case 'CSV_MAX_RECORD_SIZE':
      return fileIssue(token('csv.lineTooLong', { max: CSV_LIMITS.lineChars }), line);
    default:
      return fileIssue(token('csv.unreadable', { detail: e.message ?? String(error) }), line);
  }
}

/**
 * Reads the text of a CSV file as Italian spreadsheets save it: UTF-8 with or without BOM,
 * CRLF or LF, separator ";" "," or tab (detected from the header). The first non-empty line is
 * the header; rows whose cells are all empty (";;;;" left by Excel) are skipped. Every record
 * keeps the line it starts on, so refusals point at what a person sees in an editor.
 */
export function readCsv(text: string, options: { kind: ImportKind; forComune: boolean }): ReadCsv {
  const empty = { separator: ',' as Separator, records: [], rowIssues: [], ignoredColumns: [] };
  if (text.length > CSV_LIMITS.chars) {
    return {
      ...empty,
      fileIssues: [fileIssue(token('csv.fileTooLarge', { mb: CSV_LIMIT_MB }))],
    };
  }
  if (text.includes('\uFFFD')) {
    return {
      ...empty,
      fileIssues: [fileIssue(token('csv.notUtf8'))],
    };
  }
  // One line ending for the parser, so line numbers count as editors do.
  const body = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  if (body.trim() === '') return { ...empty, fileIssues: [fileIssue(token('csv.empty'))] };
  const huge = findHugeLine(body);
  if (huge) {
    return {
      ...empty,
      fileIssues: [fileIssue(token('csv.hugeLine', { length: huge.length, max: CSV_LIMITS.lineChars }), huge.line)],
    };
  }
  const headerLine = body.split('\n').find((l) => l.trim() !== '') ?? '';
  const separator = detectSeparator(headerLine);
  let rows: { line: number; record: string[] }[];
  try {
    rows = (body.includes('"') ? parseQuoted(body, separator) : splitPlain(body, separator)).filter((r) =>
      r.record.some((cell) => cell.trim() !== ''),
    );
  } catch (error) {
    return { ...empty, separator, fileIssues: [parseError(error)] };
  }
  const [headerRow, ...dataRows] = rows;
  if (!headerRow) return { ...empty, separator, fileIssues: [fileIssue(token('csv.empty'))] };
  const header = mapHeader(options.kind, headerRow.record, options.forComune);
  const fileIssues: ImportIssue[] = [
    ...header.missing.map((c) => fileIssue(token('csv.columnMissing', { column: c }), headerRow.line, c)),
    ...header.duplicates.map((c) => fileIssue(token('csv.columnTwice', { column: c }), headerRow.line, c)),
  ];
  if (dataRows.length === 0 && fileIssues.length === 0)
    fileIssues.push(fileIssue(token('csv.headerOnly'), headerRow.line));
  if (dataRows.length > CSV_LIMITS.rows) {
    fileIssues.push(fileIssue(token('csv.tooManyRows', { rows: dataRows.length, max: CSV_LIMITS.rows })));
  }
  if (fileIssues.length > 0)
    return { separator, records: [], fileIssues, rowIssues: [], ignoredColumns: header.unknown };

  const rowIssues: ImportIssue[] = [];
  const records: CsvRecord[] = [];
  const width = headerRow.record.length;
  for (const { line, record } of dataRows) {
    // Excel pads short rows with nothing and may leave trailing empty cells: only extra cells with content count.
    const extra = record.slice(width).some((c) => c.trim() !== '');
    if (record.length < width || extra) {
      rowIssues.push({
        line,
        column: null,
        value: null,
        message: token('csv.rowWidth', { found: record.length, expected: width }),
      });
      continue;
    }
    const cells: Record<string, string> = {};
    // The quote an export put before text that starts like a formula comes off (csv-guard.ts).
    header.columns.forEach((column, index) => {
      if (column) cells[column] = unguardCsvCell(record[index] ?? '');
    });
    records.push({ line, cells });
  }
  return { separator, records, fileIssues: [], rowIssues, ignoredColumns: header.unknown };
}
