import { execFileSync } from 'node:child_process';

/** Runs a poppler-utils tool (installed by .ci/run); a clear message when it is missing. */
function poppler(tool: 'pdfinfo' | 'pdftotext', args: string[]): string {
  try {
    return execFileSync(tool, args, { encoding: 'utf8' });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      throw new Error(`${tool} is missing: install poppler-utils (apt-get install -y poppler-utils, as .ci/run does)`);
    throw error;
  }
}

export type PdfFacts = { pages: number; pageSize: string; pageTexts: string[] };

/** Page count, page size and the text of each page (layout kept) of a PDF file. */
export function readPdf(path: string): PdfFacts {
  const info = poppler('pdfinfo', [path]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0);
  const pageSize = /^Page size:\s+(.+)$/m.exec(info)?.[1]?.trim() ?? '';
  // pdftotext ends every page with a form feed.
  const pageTexts = poppler('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-']).split('\f').slice(0, pages);
  return { pages, pageSize, pageTexts };
}
