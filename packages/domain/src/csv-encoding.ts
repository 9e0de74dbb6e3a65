/** How a CSV file's bytes were read: UTF-8 (with or without BOM), or Windows-1252 as Italian Excel saves "CSV". */
export type CsvEncoding = 'utf-8' | 'windows-1252';

/** A file's text and how it was read, or why it is not a text file at all. */
export type DecodedCsv = { ok: true; text: string; encoding: CsvEncoding } | { ok: false; reason: 'binary' };

// NUL and the C0 controls other than tab, line feed and carriage return never occur in a CSV a person
// saved: a file holding them is a spreadsheet (.xlsx, .ods), a PDF or an image chosen by mistake.
function holdsBinary(bytes: Uint8Array): boolean {
  for (const byte of bytes) if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) return true;
  return false;
}

/**
 * Decodes Windows-1252 with the platform's WHATWG decoder. Streaming on purpose: Node 20.18.3 and later
 * answer a one-shot decode with ISO-8859-1 (0x80 as U+0080, not €; nodejs/node#60888), while the
 * streaming call goes through ICU, as browsers do; for a single-byte encoding both must give the same text.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  const decoder = new TextDecoder('windows-1252');
  return decoder.decode(bytes, { stream: true }) + decoder.decode();
}

/**
 * Reads an uploaded CSV's bytes: UTF-8 when they are valid UTF-8 (a BOM is kept, for the reader to strip),
 * otherwise Windows-1252, the encoding of Italian Excel's default "CSV (separato dal separatore di elenco)",
 * so that accented names and € arrive intact. A file with control characters is not text: refused.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedCsv {
  if (holdsBinary(bytes)) return { ok: false, reason: 'binary' };
  let text: string;
  let encoding: CsvEncoding = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    text = decodeWindows1252(bytes);
    encoding = 'windows-1252';
  }
  return { ok: true, text, encoding };
}
