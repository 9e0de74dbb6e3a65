import { figureValuesSql } from '@switchoff/db/rows/figures';
import { lastCompleteMonth } from '@switchoff/domain';
import { guardCsvCell } from '@switchoff/domain/formats';
import { type Client, COMUNE_BY_ISTAT, type ComuneRow, found } from './common';

const HEADER =
  'istat,comune,servizio,mese,online,assistito,cartaceo,pagamenti_totali,pagamenti_pagopa,soddisfazione_1,soddisfazione_2,soddisfazione_3,soddisfazione_4,soddisfazione_5,costo_euro';

/**
 * A CSV cell as the API writes it: text that starts like a formula guarded, then quoted only
 * when it holds a comma, a quote or a line break.
 */
const cell = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? guardCsvCell(value) : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

/**
 * The open-data CSV of a comune's monthly figures (/opendata/comuni/:istat/dati-mensili.csv:
 * every public service, every complete month, cost in euro), by one query and string joining.
 * It must give the API's file byte for byte, which the bench checks.
 */
export function prepareCsvSql(client: Client) {
  const comune = client.prepare(COMUNE_BY_ISTAT);
  const rows = client.prepare(`SELECT s.slug, f.month, ${figureValuesSql('f')}
    FROM services s JOIN monthly_figures f ON f.service_id = s.id
    WHERE s.comune_id = ? AND s.visibility = 'public' AND f.month <= ? ORDER BY s.slug, f.month`);
  return (p: { istat: string; today: string }): string => {
    const c = found(
      comune.get(p.istat) as
        | (ComuneRow & { istat_code: string; name: string; figures_illustrative: number; consortium_demo: number })
        | undefined,
      `comune ${p.istat}`,
    );
    // A demo consortium's or illustrative comune's file ends with the dati_illustrativi column, as the API's.
    const illustrative = c.figures_illustrative === 1 || c.consortium_demo === 1;
    const prefix = `${cell(c.istat_code)},${cell(c.name)},`;
    const suffix = illustrative ? ',true' : '';
    const lines = [illustrative ? `${HEADER},dati_illustrativi` : HEADER];
    for (const r of rows.raw().iterate(c.id, lastCompleteMonth(p.today)) as IterableIterator<unknown[]>) {
      const cost = r[12] === null ? null : Math.round(r[12] as number) / 100;
      lines.push(prefix + [...r.slice(0, 12), cost].map(cell).join(',') + suffix);
    }
    return `${lines.join('\r\n')}\r\n`;
  };
}
