import { createHash } from 'node:crypto';
import type { Db } from '@switchoff/db';
import { lastCompleteMonth, token } from '@switchoff/domain';
import {
  guardCsvCell,
  OPEN_DATASET_INFO,
  OPEN_DATASETS,
  type OpenDataset,
  type OpenFormat,
  parseOpenDataFile,
} from '@switchoff/domain/formats';
import { stringify } from 'csv-stringify/sync';
import { notFound } from '../errors';
import { type DataScope, findDataScope } from '../reads/lookup';
import { type OpenRow, type OpenValue, openDatasetRows } from './datasets';
import type { Licence } from './licences';

/** An answer of /opendata: the body, how to label it, and its entity tag (hash of the body). */
export type OpenDataFile = { body: string; contentType: string; filename: string; etag: string };

export const CONTENT_TYPES: Record<OpenFormat | 'rdf' | 'jsonld', string> = {
  csv: 'text/csv; charset=utf-8; header=present',
  json: 'application/json; charset=utf-8',
  rdf: 'application/rdf+xml; charset=utf-8',
  jsonld: 'application/ld+json; charset=utf-8',
};

/** A strong ETag: the SHA-256 of the body, so the same data always answer with the same tag. */
export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`;
}

/**
 * RFC 4180: "," separator, CRLF, UTF-8 without BOM, "." decimals, empty cell for a missing value;
 * text that starts like a formula guarded with a single quote (the rule /opendata documents).
 */
export function toOpenCsv(columns: readonly string[], rows: readonly OpenRow[]): string {
  const table = rows.map((row) =>
    columns.map((c) => {
      const value = row[c] ?? null;
      return typeof value === 'string' ? guardCsvCell(value) : value;
    }),
  );
  // What csv-stringify would write anyway when no text needs quoting (numbers, codes, months,
  // plain names): joined directly, which a comune's 4,800 monthly rows need in milliseconds.
  if (columns.every(isPlainCell) && table.every((cells) => cells.every(isPlainCell))) {
    let csv = `${columns.join(',')}\r\n`;
    for (const cells of table) csv += `${cells.map(plainCell).join(',')}\r\n`;
    return csv;
  }
  return stringify(table, {
    header: true,
    columns: [...columns],
    record_delimiter: '\r\n',
    cast: { boolean: (value) => (value ? 'true' : 'false'), number: (value) => String(value) },
  });
}

/** Characters that make csv-stringify quote a cell (the delimiter, the quote, line breaks). */
const NEEDS_QUOTES = /[,"\r\n]/;
const isPlainCell = (value: OpenValue): boolean => typeof value !== 'string' || !NEEDS_QUOTES.test(value);
const plainCell = (value: OpenValue): string =>
  value === null ? '' : typeof value === 'boolean' ? (value ? 'true' : 'false') : String(value);

/** Who the data are about and who holds the rights: the comune, or the consortium for its whole portfolio. */
function holderOf(scope: DataScope) {
  const [only] = scope.comuni;
  return scope.kind === 'comune' && only
    ? {
        subject: { comune: { istat: only.istatCode, nome: only.name } },
        holder: { nome: `Comune di ${only.name}`, codice_ipa: only.ipaCode },
        name: only.istatCode,
      }
    : {
        subject: {
          consorzio: { indirizzo: scope.consortium.slug, nome: scope.consortium.name, comuni: scope.comuni.length },
        },
        holder: { nome: scope.consortium.name, codice_ipa: scope.consortium.ipaCode },
        name: scope.consortium.slug,
      };
}

/**
 * One open dataset of a comune (`{ istat }`) or of a consortium (`{ consortium }`) as CSV or
 * JSON: public items only, with the columns the documentation lists. NOT_FOUND (with a message
 * naming what is missing) for an unknown or archived comune, an unknown consortium, dataset or extension.
 */
export function openDataFile(
  db: Db,
  params: { target: { istat: string } | { consortium: string }; file: string; today: string; licence: Licence },
): OpenDataFile {
  const parsed = parseOpenDataFile(params.file);
  if (!parsed) {
    notFound(
      token('opendata.fileNotFound', { file: params.file, files: OPEN_DATASETS.map((d) => `${d}.csv`).join(', ') }),
    );
  }
  const scope = findDataScope(db, params.target);
  // An archived comune is hidden from the public, its files too (a consortium's leave it out).
  if (scope.kind === 'comune' && scope.comuni.some((c) => c.archivedAt !== null)) {
    notFound(token('comune.notFound', { istat: scope.comuni[0]?.istatCode ?? '' }));
  }
  return renderDataset(db, {
    scope,
    dataset: parsed.dataset,
    format: parsed.format,
    today: params.today,
    licence: params.licence,
  });
}

/** The column (CSV) and field (JSON) that say a file's figures are the demo's, not official statistics. */
export const ILLUSTRATIVE_COLUMN = 'dati_illustrativi';
/** What a demo file, calendar or feed says of its data. */
export const ILLUSTRATIVE_NOTICE = 'Dati illustrativi della dimostrazione di Switch-off, non statistiche ufficiali.';

/**
 * Which comuni of the scope carry illustrative data: every comune of a demo consortium (the demo's, the
 * generator's), and any comune whose figures are marked illustrative.
 */
function illustrativeComuni(scope: DataScope): Set<string> {
  return new Set(scope.comuni.filter((c) => scope.consortium.demo || c.figuresIllustrative).map((c) => c.istatCode));
}

export function renderDataset(
  db: Db,
  params: { scope: DataScope; dataset: OpenDataset; format: OpenFormat; today: string; licence: Licence },
): OpenDataFile {
  const info = OPEN_DATASET_INFO[params.dataset];
  const illustrative = illustrativeComuni(params.scope);
  const marked = illustrative.size > 0;
  const columns = [...info.columns.map((c) => c.name), ...(marked ? [ILLUSTRATIVE_COLUMN] : [])];
  const rows = openDatasetRows(db, params).map((row) =>
    marked ? { ...row, [ILLUSTRATIVE_COLUMN]: illustrative.has(String(row.istat)) } : row,
  );
  const { subject, holder, name } = holderOf(params.scope);
  const filename = `${name}-${params.dataset}.${params.format}`;
  const body =
    params.format === 'csv'
      ? toOpenCsv(columns, rows)
      : `${JSON.stringify(
          {
            dataset: params.dataset,
            titolo: info.title.it,
            descrizione: info.description.it,
            ...(marked ? { [ILLUSTRATIVE_COLUMN]: true, avvertenza: ILLUSTRATIVE_NOTICE } : {}),
            ...subject,
            titolare: holder,
            licenza: { id: params.licence.id, nome: params.licence.name, url: params.licence.url },
            mese_di_riferimento: lastCompleteMonth(params.today),
            colonne: [
              ...info.columns.map((c) => ({ nome: c.name, tipo: c.type, descrizione: c.description })),
              ...(marked ? [{ nome: ILLUSTRATIVE_COLUMN, tipo: 'booleano', descrizione: ILLUSTRATIVE_NOTICE }] : []),
            ],
            dati: rows.map((row) => Object.fromEntries(columns.map((c) => [c, row[c] ?? null]))),
          },
          null,
          2,
        )}\n`;
  return { body, contentType: CONTENT_TYPES[params.format], filename, etag: etagOf(body) };
}
