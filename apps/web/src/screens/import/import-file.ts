import { type CsvColumn, columnsOf, type ImportKind } from '@switchoff/domain/formats';

/** The columns a file for this scope may have: a comune's file needs no istat or comune column. */
export function templateColumns(kind: ImportKind, forComune: boolean): readonly CsvColumn[] {
  return columnsOf(kind).filter((c) => !(forComune && (c.name === 'istat' || c.name === 'comune')));
}

/**
 * An empty file with the columns import reads, as Italian Excel opens it with a double click:
 * UTF-8 with BOM, `;` separator, CRLF.
 */
export function templateCsv(kind: ImportKind, forComune: boolean): string {
  return `\uFEFF${templateColumns(kind, forComune)
    .map((c) => c.name)
    .join(';')}\r\n`;
}

/** The template as an address a link can download without asking the server. */
export function templateHref(kind: ImportKind, forComune: boolean): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(templateCsv(kind, forComune))}`;
}

/** A file's size in kB (under 1 MB) or MB, with the locale's number format. */
export function fileSize(
  bytes: number,
  format: { number: (n: number) => string },
  units: { kb: (n: string) => string; mb: (n: string) => string },
) {
  if (bytes < 1024 * 1024) return units.kb(format.number(Math.max(0.1, Math.round((bytes / 1024) * 10) / 10)));
  return units.mb(format.number(Math.round((bytes / 1024 / 1024) * 10) / 10));
}
