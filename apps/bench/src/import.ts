import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { applyImport, previewImport } from '@switchoff/api/data-io/import';
import { findDataScope } from '@switchoff/api/queries/lookup';
import { createDb } from '@switchoff/db';
import { generateNational } from '@switchoff/db/generate';
import { rollupDifferences } from '@switchoff/db/rollups';
import { addMonths, lastCompleteMonth } from '@switchoff/domain/months';

export type ImportResult = {
  rows: number;
  bytes: number;
  /** The dry run: read, check and compare every row. */
  previewSeconds: number;
  /** The import itself: the same plan again on the data as they are, then every row written with its audit row and roll-ups. */
  commitSeconds: number;
  added: number;
  /** Whether the roll-ups the triggers kept match the raw rows afterwards. */
  rollupsExact: boolean;
};

const HEADER = 'istat;comune;servizio;mese;online;assistito;cartaceo;pagamenti_totali;pagamenti_pagopa;soddisfazione_1;soddisfazione_2;soddisfazione_3;soddisfazione_4;soddisfazione_5;costo_euro';

/**
 * A consortium's spreadsheet of `rows` monthly rows (its 2,000 services × 50 months) imported
 * as its editor would, preview then commit, into a database of its own: a 50-comune consortium
 * whose figures stop 50 months ago, so every row adds the newest month of its service (the
 * roll-ups' worst case). Italian formats: `;`, decimal comma, CRLF.
 */
export function benchImport(p: { today: string; rows?: number }): ImportResult {
  const rows = p.rows ?? 100_000;
  const dir = mkdtempSync(join(tmpdir(), 'switchoff-bench-import-'));
  const db = createDb(join(dir, 'import.db'));
  try {
    const asOf = lastCompleteMonth(p.today);
    generateNational(db, { comuni: 50, months: 12, until: addMonths(asOf, -50), today: p.today });
    const scope = findDataScope(db, { consortium: 'consorzio-torino' });
    const services = db.$client
      .prepare(`SELECT c.istat_code AS istat, c.name AS comune, s.slug, s.takes_payment AS pays FROM services s
        JOIN comuni c ON c.id = s.comune_id ORDER BY c.istat_code, s.slug`)
      .all() as Array<{ istat: string; comune: string; slug: string; pays: number }>;
    const months = Math.ceil(rows / services.length);
    const lines = [HEADER];
    for (let m = months - 1; m >= 0 && lines.length <= rows; m -= 1) {
      const month = addMonths(asOf, -m);
      for (const [i, s] of services.entries()) {
        if (lines.length > rows) break;
        const online = 40 + ((i * 7 + m * 3) % 60);
        const payments = s.pays ? `${online + 5};${online}` : ';';
        lines.push(`${s.istat};${s.comune};${s.slug};${month};${online};${i % 9};${(i + m) % 40};${payments};0;1;${m % 4};${i % 6};${online % 11};${1000 + i},${m % 10}0`);
      }
    }
    const csv = `${lines.join('\r\n')}\r\n`;
    const author = { userId: null, actor: 'Bench <bench@example.it>' };
    let started = performance.now();
    const preview = previewImport(db, { kind: 'figures', scope, csv, today: p.today });
    const previewSeconds = (performance.now() - started) / 1000;
    if (!preview.canApply) throw new Error(`bench: the import file is refused: ${JSON.stringify(preview.errors.slice(0, 3))}`);
    started = performance.now();
    const result = applyImport(db, { kind: 'figures', scope, csv, today: p.today, fingerprint: preview.fingerprint, author });
    const commitSeconds = (performance.now() - started) / 1000;
    const differences = Object.values(rollupDifferences(db.$client)).reduce((n, list) => n + list.length, 0);
    return { rows: lines.length - 1, bytes: Buffer.byteLength(csv), previewSeconds, commitSeconds, added: result.added, rollupsExact: differences === 0 };
  } finally {
    db.$client.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
