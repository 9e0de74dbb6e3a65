import { type Client, COMUNE_BY_ISTAT, type ComuneRow, found } from './common';

const HEADER = 'servizio,mese,online,assistito,cartaceo,pagamenti,pagamenti_pagopa,costo_centesimi';
const cell = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

/** The open-data CSV of a comune's monthly figures (every public service, every month), as SQL + join. */
export function prepareCsvSql(client: Client) {
  const comune = client.prepare(COMUNE_BY_ISTAT);
  const rows = client.prepare(`SELECT s.slug, f.month, f.online, f.assisted, f.paper, f.payments_total, f.payments_pagopa, f.cost_cents
    FROM services s JOIN monthly_figures f ON f.service_id = s.id
    WHERE s.comune_id = ? AND s.visibility = 'public' ORDER BY s.slug, f.month`);
  return (p: { istat: string }): string => {
    const c = found(comune.get(p.istat) as ComuneRow | undefined, `comune ${p.istat}`);
    const lines = [HEADER];
    for (const row of rows.raw().iterate(c.id) as IterableIterator<unknown[]>) lines.push(row.map(cell).join(','));
    return lines.join('\n');
  };
}
