// Writes drizzle/0009_rollups_archived.sql (the roll-up triggers, dropped and created again):
//   node scripts/rollup-triggers.mjs > drizzle/0009_rollups_archived.sql
// The SQL file is what migrations apply; src/rollups.test.ts checks it is this script's output.
// Earlier trigger migrations, already applied to existing files, stay as they were: 0001_rollups
// (its ordered aggregate, SQLite 3.44+, made the schema unreadable to Debian 12's sqlite3, 3.40)
// and 0003_rollups_sqlite_3_40 (before archived comuni left the region roll-ups). This script
// uses nothing newer than 3.40 (src/sqlite-cli.test.ts opens a migrated file with the system's sqlite3).
import { ROLLUP_SUMS } from '../src/rollup-sums.mjs';

const SUMS = ROLLUP_SUMS;
const cols = SUMS.join(', ');
const set = SUMS.map((c) => `${c} = ${c} + excluded.${c}`).join(',\n      ');
// values of one figures row R with sign S ('' or '-')
const rowValues = (R, S) =>
  [
    `${S}1`,
    `${S}${R}.online`,
    `${S}${R}.assisted`,
    `${S}${R}.paper`,
    `${S}coalesce(${R}.payments_total, 0)`,
    `${S}(${R}.payments_total IS NOT NULL)`,
    `${S}coalesce(${R}.payments_pagopa, 0)`,
    `${S}(${R}.payments_pagopa IS NOT NULL)`,
    ...[1, 2, 3, 4, 5].map((i) => `${S}${R}.satisfaction_${i}`),
    `${S}coalesce(${R}.cost_cents, 0)`,
    `${S}(${R}.cost_cents IS NOT NULL)`,
  ].join(', ');
const delta = [
  '0',
  'NEW.online - OLD.online',
  'NEW.assisted - OLD.assisted',
  'NEW.paper - OLD.paper',
  'coalesce(NEW.payments_total, 0) - coalesce(OLD.payments_total, 0)',
  '(NEW.payments_total IS NOT NULL) - (OLD.payments_total IS NOT NULL)',
  'coalesce(NEW.payments_pagopa, 0) - coalesce(OLD.payments_pagopa, 0)',
  '(NEW.payments_pagopa IS NOT NULL) - (OLD.payments_pagopa IS NOT NULL)',
  ...[1, 2, 3, 4, 5].map((i) => `NEW.satisfaction_${i} - OLD.satisfaction_${i}`),
  'coalesce(NEW.cost_cents, 0) - coalesce(OLD.cost_cents, 0)',
  '(NEW.cost_cents IS NOT NULL) - (OLD.cost_cents IS NOT NULL)',
].join(', ');
const sumsOf = (T, S) => SUMS.map((c) => `${S}${T}.${c}`).join(', ');
const sumsDelta = SUMS.map((c) => `NEW.${c} - OLD.${c}`).join(', ');

const comuneUpsert = (R, S) => `INSERT INTO comune_month_totals (comune_id, visibility, month, ${cols})
    SELECT s.comune_id, s.visibility, ${R}.month, ${rowValues(R, S)}
    FROM services s WHERE s.id = ${R}.service_id
    ON CONFLICT (comune_id, visibility, month) DO UPDATE SET
      ${set};`;
const comuneDeleteEmpty = (R) => `DELETE FROM comune_month_totals
    WHERE comune_id = (SELECT comune_id FROM services WHERE id = ${R}.service_id)
      AND visibility = (SELECT visibility FROM services WHERE id = ${R}.service_id)
      AND month = ${R}.month AND services = 0;`;
// Newest month first: the aggregate reads the subquery's rows in its ORDER BY (a subquery with a
// LIMIT is never flattened into an aggregate), since json_group_array(… ORDER BY …) needs 3.44.
const refreshFigures = (where) => `UPDATE service_status SET
      last_month = (SELECT max(f.month) FROM monthly_figures f WHERE f.service_id = service_status.service_id),
      recent = (SELECT json_group_array(json_array(r.month, r.digital, r.total)) FROM (
        SELECT f.month, f.online + f.assisted AS digital, f.online + f.assisted + f.paper AS total FROM monthly_figures f
        WHERE f.service_id = service_status.service_id AND f.online + f.assisted + f.paper > 0 ORDER BY f.month DESC LIMIT 3) r)
    WHERE ${where};`;
// After last_month has its new value: the sums of the 12 months ending with it.
const refreshLast12 = (where) => `UPDATE service_status SET
      last12 = (SELECT json_array(coalesce(sum(f.online), 0), coalesce(sum(f.assisted), 0), coalesce(sum(f.paper), 0)) FROM monthly_figures f
        WHERE f.service_id = service_status.service_id
          AND f.month BETWEEN strftime('%Y-%m', service_status.last_month || '-01', '-11 months') AND service_status.last_month)
    WHERE ${where};`;
const refreshStage = (where) => `UPDATE service_status SET (stage, stage_since, stage_event_id) = (
      SELECT e.stage, e.effective_date, e.id FROM stage_events e WHERE e.service_id = service_status.service_id
      ORDER BY e.effective_date DESC, e.id DESC LIMIT 1)
    WHERE ${where};`;
const VALUE_COLUMNS =
  'online, assisted, paper, payments_total, payments_pagopa, satisfaction_1, satisfaction_2, satisfaction_3, satisfaction_4, satisfaction_5, cost_cents';
const regionUpsert = (
  values,
  comuneExpr,
  visExpr,
  monthExpr,
  regionExpr = 'c.region',
) => `INSERT INTO region_month_totals (region, visibility, month, ${cols})
    SELECT ${regionExpr}, ${visExpr}, ${monthExpr}, ${values}
    FROM comuni c WHERE c.id = ${comuneExpr} AND c.archived_at IS NULL
    ON CONFLICT (region, visibility, month) DO UPDATE SET
      ${set};`;
const stageCount = (R, sign) => `INSERT INTO region_stage_counts (region, visibility, stage, services)
    SELECT c.region, ${R}.visibility, ${R}.stage, ${sign}1 FROM comuni c WHERE c.id = ${R}.comune_id AND c.archived_at IS NULL AND ${R}.stage IS NOT NULL
    ON CONFLICT (region, visibility, stage) DO UPDATE SET services = services + excluded.services;`;
const stageDeleteEmpty = (R) => `DELETE FROM region_stage_counts
    WHERE region = (SELECT region FROM comuni WHERE id = ${R}.comune_id) AND visibility = ${R}.visibility AND stage = ${R}.stage AND services = 0;`;

const T = [];
const names = [];
const trigger = (name, on, body) => {
  names.push(name);
  T.push(`CREATE TRIGGER ${name} ${on}\nBEGIN\n  ${body.join('\n  ')}\nEND;`);
};

// monthly_figures → comune_month_totals, service_status
// A new row changes the status only as the newest month, or as one of the last three with
// transactions; the newest (a month's import) is put in front without reading any row.
const newest = `json_array(NEW.month, NEW.online + NEW.assisted, NEW.online + NEW.assisted + NEW.paper)`;
const insertStatus = `UPDATE service_status SET
      last_month = CASE WHEN last_month IS NULL OR NEW.month > last_month THEN NEW.month ELSE last_month END,
      recent = CASE
        WHEN NEW.online + NEW.assisted + NEW.paper = 0 THEN recent
        WHEN json_array_length(recent) = 0 THEN json_array(${newest})
        WHEN NEW.month > recent ->> '$[0][0]' THEN CASE json_array_length(recent)
          WHEN 1 THEN json_array(${newest}, recent -> '$[0]')
          ELSE json_array(${newest}, recent -> '$[0]', recent -> '$[1]') END
        WHEN json_array_length(recent) < 3 OR NEW.month > recent ->> '$[2][0]' THEN (
          SELECT json_group_array(json_array(r.month, r.digital, r.total)) FROM (
            SELECT f.month, f.online + f.assisted AS digital, f.online + f.assisted + f.paper AS total FROM monthly_figures f
            WHERE f.service_id = service_status.service_id AND f.online + f.assisted + f.paper > 0 ORDER BY f.month DESC LIMIT 3) r)
        ELSE recent END
    WHERE service_id = NEW.service_id;`;
const ACTIVE = 'NOT EXISTS (SELECT 1 FROM rollup_pause)';
trigger('monthly_figures_rollup_insert', `AFTER INSERT ON monthly_figures\n  WHEN ${ACTIVE}`, [
  comuneUpsert('NEW', ''),
  insertStatus,
  refreshLast12('service_id = NEW.service_id'),
]);
trigger(
  'monthly_figures_rollup_update',
  `AFTER UPDATE OF ${VALUE_COLUMNS} ON monthly_figures\n  WHEN NEW.service_id = OLD.service_id AND NEW.month = OLD.month AND ${ACTIVE}`,
  [
    `INSERT INTO comune_month_totals (comune_id, visibility, month, ${cols})
    SELECT s.comune_id, s.visibility, NEW.month, ${delta}
    FROM services s WHERE s.id = NEW.service_id
    ON CONFLICT (comune_id, visibility, month) DO UPDATE SET
      ${set};`,
    refreshFigures('service_id = NEW.service_id'),
    refreshLast12('service_id = NEW.service_id'),
  ],
);
trigger(
  'monthly_figures_rollup_move',
  `AFTER UPDATE OF service_id, month ON monthly_figures\n  WHEN (NEW.service_id IS NOT OLD.service_id OR NEW.month IS NOT OLD.month) AND ${ACTIVE}`,
  [
    comuneUpsert('OLD', '-'),
    comuneDeleteEmpty('OLD'),
    comuneUpsert('NEW', ''),
    refreshFigures('service_id IN (OLD.service_id, NEW.service_id)'),
    refreshLast12('service_id IN (OLD.service_id, NEW.service_id)'),
  ],
);
trigger('monthly_figures_rollup_delete', `AFTER DELETE ON monthly_figures\n  WHEN ${ACTIVE}`, [
  comuneUpsert('OLD', '-'),
  comuneDeleteEmpty('OLD'),
  refreshFigures('service_id = OLD.service_id'),
  refreshLast12('service_id = OLD.service_id'),
]);

// comune_month_totals → region_month_totals (its keys are never updated: rows are upserted and deleted)
trigger('comune_month_totals_rollup_insert', 'AFTER INSERT ON comune_month_totals', [
  regionUpsert(sumsOf('NEW', ''), 'NEW.comune_id', 'NEW.visibility', 'NEW.month'),
]);
trigger('comune_month_totals_rollup_update', 'AFTER UPDATE ON comune_month_totals', [
  regionUpsert(sumsDelta, 'NEW.comune_id', 'NEW.visibility', 'NEW.month'),
]);
trigger('comune_month_totals_rollup_delete', 'AFTER DELETE ON comune_month_totals', [
  regionUpsert(sumsOf('OLD', '-'), 'OLD.comune_id', 'OLD.visibility', 'OLD.month'),
  `DELETE FROM region_month_totals
    WHERE region = (SELECT region FROM comuni WHERE id = OLD.comune_id) AND visibility = OLD.visibility AND month = OLD.month AND services = 0;`,
]);

// services → service_status; a change of visibility (or comune) moves the service's sums
trigger('services_rollup_insert', 'AFTER INSERT ON services', [
  `INSERT INTO service_status (service_id, comune_id, visibility) VALUES (NEW.id, NEW.comune_id, NEW.visibility);`,
  refreshStage('service_id = NEW.id'),
  refreshFigures('service_id = NEW.id'),
  refreshLast12('service_id = NEW.id'),
]);
const moveService = (R, S) => `INSERT INTO comune_month_totals (comune_id, visibility, month, ${cols})
    SELECT ${R}.comune_id, ${R}.visibility, f.month, ${rowValues('f', S)}
    FROM monthly_figures f WHERE f.service_id = OLD.id
    ON CONFLICT (comune_id, visibility, month) DO UPDATE SET
      ${set};`;
trigger(
  'services_rollup_move',
  'AFTER UPDATE OF comune_id, visibility ON services\n  WHEN NEW.comune_id IS NOT OLD.comune_id OR NEW.visibility IS NOT OLD.visibility',
  [
    moveService('OLD', '-'),
    `DELETE FROM comune_month_totals WHERE comune_id = OLD.comune_id AND visibility = OLD.visibility AND services = 0;`,
    moveService('NEW', ''),
    `UPDATE service_status SET comune_id = NEW.comune_id, visibility = NEW.visibility WHERE service_id = NEW.id;`,
  ],
);
trigger('services_rollup_delete', 'AFTER DELETE ON services', [
  `DELETE FROM service_status WHERE service_id = OLD.id;`,
]);

// stage_events → service_status (events are only ever appended; updates and deletes are covered all the same)
trigger('stage_events_rollup_insert', 'AFTER INSERT ON stage_events', [refreshStage('service_id = NEW.service_id')]);
trigger('stage_events_rollup_update', 'AFTER UPDATE ON stage_events', [
  refreshStage('service_id IN (OLD.service_id, NEW.service_id)'),
]);
trigger('stage_events_rollup_delete', 'AFTER DELETE ON stage_events', [refreshStage('service_id = OLD.service_id')]);

// service_status → region_stage_counts
trigger('service_status_rollup_insert', 'AFTER INSERT ON service_status', [stageCount('NEW', '')]);
trigger(
  'service_status_rollup_update',
  'AFTER UPDATE OF stage, visibility, comune_id ON service_status\n  WHEN NEW.stage IS NOT OLD.stage OR NEW.visibility IS NOT OLD.visibility OR NEW.comune_id IS NOT OLD.comune_id',
  [stageCount('OLD', '-'), stageDeleteEmpty('OLD'), stageCount('NEW', '')],
);
trigger('service_status_rollup_delete', 'AFTER DELETE ON service_status', [
  stageCount('OLD', '-'),
  stageDeleteEmpty('OLD'),
]);

// comuni: an archived comune counts in no region (its own roll-ups are kept); a comune archived or
// shown again takes its sums and stage counts out of or back into its region, and one moved to
// another region takes them along.
const regionSums = (region, sign, counted) => `INSERT INTO region_month_totals (region, visibility, month, ${cols})
    SELECT ${region}, t.visibility, t.month, ${sumsOf('t', sign)}
    FROM comune_month_totals t WHERE t.comune_id = NEW.id AND ${counted}
    ON CONFLICT (region, visibility, month) DO UPDATE SET
      ${set};`;
const regionStages = (region, sign, counted) => `INSERT INTO region_stage_counts (region, visibility, stage, services)
    SELECT ${region}, st.visibility, st.stage, ${sign}count(*) FROM service_status st
    WHERE st.comune_id = NEW.id AND st.stage IS NOT NULL AND ${counted}
    GROUP BY st.visibility, st.stage
    ON CONFLICT (region, visibility, stage) DO UPDATE SET services = services + excluded.services;`;
trigger(
  'comuni_rollup_region',
  'AFTER UPDATE OF region, archived_at ON comuni\n  WHEN NEW.region IS NOT OLD.region OR (NEW.archived_at IS NULL) IS NOT (OLD.archived_at IS NULL)',
  [
    regionSums('OLD.region', '-', 'OLD.archived_at IS NULL'),
    regionSums('NEW.region', '', 'NEW.archived_at IS NULL'),
    `DELETE FROM region_month_totals WHERE region = OLD.region AND services = 0;`,
    regionStages('OLD.region', '-', 'OLD.archived_at IS NULL'),
    regionStages('NEW.region', '', 'NEW.archived_at IS NULL'),
    `DELETE FROM region_stage_counts WHERE region = OLD.region AND services = 0;`,
  ],
);

// A database migrated before: the comuni archived until now leave their regions' roll-ups.
const catchUp = [
  `INSERT INTO region_month_totals (region, visibility, month, ${cols})
    SELECT c.region, t.visibility, t.month, ${sumsOf('t', '-')}
    FROM comune_month_totals t JOIN comuni c ON c.id = t.comune_id WHERE c.archived_at IS NOT NULL
    ON CONFLICT (region, visibility, month) DO UPDATE SET
      ${set};`,
  'DELETE FROM region_month_totals WHERE services = 0;',
  `INSERT INTO region_stage_counts (region, visibility, stage, services)
    SELECT c.region, st.visibility, st.stage, -count(*) FROM service_status st JOIN comuni c ON c.id = st.comune_id
    WHERE c.archived_at IS NOT NULL AND st.stage IS NOT NULL
    GROUP BY c.region, st.visibility, st.stage
    ON CONFLICT (region, visibility, stage) DO UPDATE SET services = services + excluded.services;`,
  'DELETE FROM region_stage_counts WHERE services = 0;',
];

const header = `-- Roll-ups kept by triggers, in the same transaction as every write of monthly_figures,
-- services, stage_events and comuni (schema: src/schema/rollups.ts; rebuild: src/rollups.ts).
-- The generator drops these triggers for its bulk load, rebuilds the roll-ups with
-- INSERT … SELECT … GROUP BY and creates them again, from this very SQL (sqlite_master).
-- An import pauses the figures triggers (a row in rollup_pause, inside its transaction) and
-- brings the roll-ups up to date once per comune and month it touched (refreshRollups).
-- An archived comune keeps its own roll-ups but counts in no region's: archiving it (or showing
-- it again) moves its sums and stage counts out of (back into) its region in the same transaction.
-- Nothing here is newer than SQLite 3.40 (Debian 12's sqlite3 must read the schema).
`;
const drops = names.map((name) => `DROP TRIGGER IF EXISTS ${name};`);
process.stdout.write(`${header + [...drops, ...T, ...catchUp].join('\n--> statement-breakpoint\n')}\n`);
