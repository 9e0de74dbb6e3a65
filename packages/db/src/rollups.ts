import { READINESS_MONTHS } from '@switchoff/domain';
import type Database from 'better-sqlite3';
import { ROLLUP_SUMS } from './rollup-sums.mjs';

type Client = Database.Database;

/** The roll-up tables (src/schema/rollups.ts), children after parents. */
export const ROLLUP_TABLES = [
  'comune_month_totals',
  'region_month_totals',
  'service_status',
  'region_stage_counts',
] as const;

const SUMS = ROLLUP_SUMS.join(', ');

/** The sums of monthly_figures rows `f`, in SUMS order (as the triggers add them up). */
const FIGURE_SUMS = `count(*), sum(f.online), sum(f.assisted), sum(f.paper),
  coalesce(sum(f.payments_total), 0), count(f.payments_total), coalesce(sum(f.payments_pagopa), 0), count(f.payments_pagopa),
  sum(f.satisfaction_1), sum(f.satisfaction_2), sum(f.satisfaction_3), sum(f.satisfaction_4), sum(f.satisfaction_5),
  coalesce(sum(f.cost_cents), 0), count(f.cost_cents)`;

const TOTAL_SUMS = SUMS.split(', ')
  .map((c) => `sum(t.${c})`)
  .join(', ');

/**
 * The roll-ups as the raw rows give them, one query per table: what the triggers must keep. An
 * archived comune keeps its own (comune_month_totals, service_status) and counts in no region's.
 */
const COMPUTED = {
  comune_month_totals: (where = '') => `SELECT s.comune_id, s.visibility, f.month, ${FIGURE_SUMS}
    FROM services s JOIN monthly_figures f ON f.service_id = s.id ${where} GROUP BY s.comune_id, s.visibility, f.month`,
  region_month_totals: () => `SELECT c.region, t.visibility, t.month, ${TOTAL_SUMS}
    FROM comune_month_totals t JOIN comuni c ON c.id = t.comune_id WHERE c.archived_at IS NULL
    GROUP BY c.region, t.visibility, t.month`,
  service_status:
    () => `SELECT x.id, x.comune_id, x.visibility, x.stage, x.effective_date, x.event_id, x.last_month, x.recent,
      ${LAST12('x.id', 'x.last_month')}
    FROM (SELECT s.id, s.comune_id, s.visibility, e.stage, e.effective_date, e.id AS event_id,
        (SELECT max(f.month) FROM monthly_figures f WHERE f.service_id = s.id) AS last_month,
        ${RECENT('s.id')} AS recent
      FROM services s LEFT JOIN stage_events e ON e.id = (SELECT x.id FROM stage_events x WHERE x.service_id = s.id
        ORDER BY x.effective_date DESC, x.id DESC LIMIT 1)) x`,
  region_stage_counts: () => `SELECT c.region, st.visibility, st.stage, count(*)
    FROM service_status st JOIN comuni c ON c.id = st.comune_id WHERE st.stage IS NOT NULL AND c.archived_at IS NULL
    GROUP BY c.region, st.visibility, st.stage`,
};

const COLUMNS = {
  comune_month_totals: `comune_id, visibility, month, ${SUMS}`,
  region_month_totals: `region, visibility, month, ${SUMS}`,
  service_status: 'service_id, comune_id, visibility, stage, stage_since, stage_event_id, last_month, recent, last12',
  region_stage_counts: 'region, visibility, stage, services',
};

const RECENT = (
  service: string,
) => `(SELECT json_group_array(json_array(r.month, r.digital, r.total) ORDER BY r.month DESC) FROM (
    SELECT f.month, f.online + f.assisted AS digital, f.online + f.assisted + f.paper AS total FROM monthly_figures f
    WHERE f.service_id = ${service} AND f.online + f.assisted + f.paper > 0 ORDER BY f.month DESC LIMIT ${READINESS_MONTHS}) r)`;

/** JSON [online, assisted, paper] over the 12 months ending with `lastMonth` (as the triggers keep `last12`). */
const LAST12 = (
  service: string,
  lastMonth: string,
) => `(SELECT json_array(coalesce(sum(f.online), 0), coalesce(sum(f.assisted), 0), coalesce(sum(f.paper), 0))
    FROM monthly_figures f WHERE f.service_id = ${service}
      AND f.month BETWEEN strftime('%Y-%m', ${lastMonth} || '-01', '-11 months') AND ${lastMonth})`;

/** A monthly figures row written: which service, which month. */
export type TouchedMonth = { serviceId: number; month: string };

/**
 * Writes many monthly figures at once (an import) with the figures triggers paused, then brings
 * the roll-ups up to date once per comune and month touched, and once per service: the same
 * result as the triggers row by row, for a fraction of the work. Runs inside the caller's
 * transaction (which makes it all or nothing: the pause is never seen outside it).
 */
export function writeFiguresInBulk<T>(client: Client, touched: readonly TouchedMonth[], write: () => T): T {
  if (!client.inTransaction) throw new Error('writeFiguresInBulk: run it inside a transaction');
  client.prepare('INSERT INTO rollup_pause (id) VALUES (1)').run();
  let result: T;
  try {
    result = write();
  } finally {
    client.prepare('DELETE FROM rollup_pause').run();
  }
  refreshRollups(client, touched);
  return result;
}

/** Recomputes the roll-ups of the given rows' comuni and months, and their services' status, from the raw rows. */
export function refreshRollups(client: Client, touched: readonly TouchedMonth[]): void {
  if (touched.length === 0) return;
  const list = JSON.stringify(touched.map((t) => [t.serviceId, t.month]));
  const pairs = client
    .prepare(`SELECT DISTINCT s.comune_id AS comuneId, json_extract(t.value, '$[1]') AS month
      FROM json_each(?) t JOIN services s ON s.id = json_extract(t.value, '$[0]')`)
    .all(list) as Array<{ comuneId: number; month: string }>;
  // Deleted and written again: the region totals follow through their own triggers.
  const remove = client.prepare('DELETE FROM comune_month_totals WHERE comune_id = ? AND month = ?');
  const recompute = client.prepare(`INSERT INTO comune_month_totals (${COLUMNS.comune_month_totals})
    SELECT s.comune_id, s.visibility, f.month, ${FIGURE_SUMS}
    FROM services s JOIN monthly_figures f ON f.service_id = s.id WHERE s.comune_id = ? AND f.month = ?
    GROUP BY s.visibility`);
  for (const { comuneId, month } of pairs) {
    remove.run(comuneId, month);
    recompute.run(comuneId, month);
  }
  client
    .prepare(`UPDATE service_status SET
        last_month = (SELECT max(f.month) FROM monthly_figures f WHERE f.service_id = service_status.service_id),
        recent = ${RECENT('service_status.service_id')}
      WHERE service_id IN (SELECT DISTINCT json_extract(value, '$[0]') FROM json_each(?))`)
    .run(list);
  client
    .prepare(`UPDATE service_status SET last12 = ${LAST12('service_status.service_id', 'service_status.last_month')}
      WHERE service_id IN (SELECT DISTINCT json_extract(value, '$[0]') FROM json_each(?))`)
    .run(list);
}

export type SavedTrigger = { name: string; sql: string };

/** Drops the roll-up triggers (as the migration wrote them) and returns them, to create again. */
export function dropRollupTriggers(client: Client): SavedTrigger[] {
  const triggers = client
    .prepare(
      `SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE '%\\_rollup\\_%' ESCAPE '\\' ORDER BY name`,
    )
    .all() as SavedTrigger[];
  for (const trigger of triggers) client.exec(`DROP TRIGGER "${trigger.name}"`);
  return triggers;
}

export function createTriggers(client: Client, triggers: readonly SavedTrigger[]): void {
  for (const trigger of triggers) client.exec(trigger.sql);
}

/**
 * Recomputes every roll-up from the raw rows, with the triggers off meanwhile (and put back
 * after): what the generator does after its bulk load. Comune sums are built one comune at a
 * time, so the GROUP BY sorts thousands of rows, not millions. Run it inside a transaction
 * (or with the journal off, as the generator does): readers never see it half done.
 */
export function rebuildRollups(
  client: Client,
  options: { onComune?: (done: number, total: number) => void } = {},
): void {
  const triggers = dropRollupTriggers(client);
  try {
    for (const table of ROLLUP_TABLES) client.exec(`DELETE FROM ${table}`);
    const comuni = client.prepare('SELECT id FROM comuni ORDER BY id').pluck().all() as number[];
    const perComune = client.prepare(
      `INSERT INTO comune_month_totals (${COLUMNS.comune_month_totals}) ${COMPUTED.comune_month_totals('WHERE s.comune_id = ?')}`,
    );
    for (const [i, id] of comuni.entries()) {
      perComune.run(id);
      options.onComune?.(i + 1, comuni.length);
    }
    for (const table of ['region_month_totals', 'service_status', 'region_stage_counts'] as const) {
      client.exec(`INSERT INTO ${table} (${COLUMNS[table]}) ${COMPUTED[table]()}`);
    }
  } finally {
    createTriggers(client, triggers);
  }
}

/**
 * Rows of each roll-up table that differ from a fresh computation over the raw rows (both
 * ways: stored but wrong, missing). Empty when the triggers kept everything right.
 */
export function rollupDifferences(client: Client): Record<(typeof ROLLUP_TABLES)[number], unknown[]> {
  const differences = (table: (typeof ROLLUP_TABLES)[number]) => {
    const stored = `SELECT ${COLUMNS[table]} FROM ${table}`;
    const computed = COMPUTED[table]();
    return [
      ...client.prepare(`SELECT 'stored' AS side, * FROM (${stored} EXCEPT ${computed})`).all(),
      ...client.prepare(`SELECT 'computed' AS side, * FROM (${computed} EXCEPT ${stored})`).all(),
    ];
  };
  return {
    comune_month_totals: differences('comune_month_totals'),
    region_month_totals: differences('region_month_totals'),
    service_status: differences('service_status'),
    region_stage_counts: differences('region_stage_counts'),
  };
}
