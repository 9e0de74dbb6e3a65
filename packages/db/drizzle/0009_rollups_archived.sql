-- Roll-ups kept by triggers, in the same transaction as every write of monthly_figures,
-- services, stage_events and comuni (schema: src/schema/rollups.ts; rebuild: src/rollups.ts).
-- The generator drops these triggers for its bulk load, rebuilds the roll-ups with
-- INSERT … SELECT … GROUP BY and creates them again, from this very SQL (sqlite_master).
-- An import pauses the figures triggers (a row in rollup_pause, inside its transaction) and
-- brings the roll-ups up to date once per comune and month it touched (refreshRollups).
-- An archived comune keeps its own roll-ups but counts in no region's: archiving it (or showing
-- it again) moves its sums and stage counts out of (back into) its region in the same transaction.
-- Nothing here is newer than SQLite 3.40 (Debian 12's sqlite3 must read the schema).
DROP TRIGGER IF EXISTS monthly_figures_rollup_insert;
--> statement-breakpoint
DROP TRIGGER IF EXISTS monthly_figures_rollup_update;
--> statement-breakpoint
DROP TRIGGER IF EXISTS monthly_figures_rollup_move;
--> statement-breakpoint
DROP TRIGGER IF EXISTS monthly_figures_rollup_delete;
--> statement-breakpoint
DROP TRIGGER IF EXISTS comune_month_totals_rollup_insert;
--> statement-breakpoint
DROP TRIGGER IF EXISTS comune_month_totals_rollup_update;
--> statement-breakpoint
DROP TRIGGER IF EXISTS comune_month_totals_rollup_delete;
--> statement-breakpoint
DROP TRIGGER IF EXISTS services_rollup_insert;
--> statement-breakpoint
DROP TRIGGER IF EXISTS services_rollup_move;
--> statement-breakpoint
DROP TRIGGER IF EXISTS services_rollup_delete;
--> statement-breakpoint
DROP TRIGGER IF EXISTS stage_events_rollup_insert;
--> statement-breakpoint
DROP TRIGGER IF EXISTS stage_events_rollup_update;
--> statement-breakpoint
DROP TRIGGER IF EXISTS stage_events_rollup_delete;
--> statement-breakpoint
DROP TRIGGER IF EXISTS service_status_rollup_insert;
--> statement-breakpoint
DROP TRIGGER IF EXISTS service_status_rollup_update;
--> statement-breakpoint
DROP TRIGGER IF EXISTS service_status_rollup_delete;
--> statement-breakpoint
DROP TRIGGER IF EXISTS comuni_rollup_region;
--> statement-breakpoint
CREATE TRIGGER monthly_figures_rollup_insert AFTER INSERT ON monthly_figures
  WHEN NOT EXISTS (SELECT 1 FROM rollup_pause)
BEGIN
  INSERT INTO comune_month_totals (comune_id, visibility, month, services, online, assisted, paper, payments_total, payments_total_n, payments_pagopa, payments_pagopa_n, satisfaction_1, satisfaction_2, satisfaction_3, satisfaction_4, satisfaction_5, cost_cents, cost_n)
    SELECT s.comune_id, s.visibility, NEW.month, 1, NEW.online, NEW.assisted, NEW.paper, coalesce(NEW.payments_total, 0), (NEW.payments_total IS NOT NULL), coalesce(NEW.payments_pagopa, 0), (NEW.payments_pagopa IS NOT NULL), NEW.satisfaction_1, NEW.satisfaction_2, NEW.satisfaction_3, NEW.satisfaction_4, NEW.satisfaction_5, coalesce(NEW.cost_cents, 0), (NEW.cost_cents IS NOT NULL)
    FROM services s WHERE s.id = NEW.service_id
    ON CONFLICT (comune_id, visibility, month) DO UPDATE SET
      services = services + excluded.services,
      online = online + excluded.online,
      assisted = assisted + excluded.assisted,
      paper = paper + excluded.paper,
      payments_total = payments_total + excluded.payments_total,
      payments_total_n = payments_total_n + excluded.payments_total_n,
      payments_pagopa = payments_pagopa + excluded.payments_pagopa,
      payments_pagopa_n = payments_pagopa_n + excluded.payments_pagopa_n,
      satisfaction_1 = satisfaction_1 + excluded.satisfaction_1,
      satisfaction_2 = satisfaction_2 + excluded.satisfaction_2,
      satisfaction_3 = satisfaction_3 + excluded.satisfaction_3,
      satisfaction_4 = satisfaction_4 + excluded.satisfaction_4,
      satisfaction_5 = satisfaction_5 + excluded.satisfaction_5,
      cost_cents = cost_cents + excluded.cost_cents,
      cost_n = cost_n + excluded.cost_n;
  UPDATE service_status SET
      last_month = CASE WHEN last_month IS NULL OR NEW.month > last_month THEN NEW.month ELSE last_month END,
      recent = CASE
        WHEN NEW.online + NEW.assisted + NEW.paper = 0 THEN recent
        WHEN json_array_length(recent) = 0 THEN json_array(json_array(NEW.month, NEW.online + NEW.assisted, NEW.online + NEW.assisted + NEW.paper))
        WHEN NEW.month > recent ->> '$[0][0]' THEN CASE json_array_length(recent)
          WHEN 1 THEN json_array(json_array(NEW.month, NEW.online + NEW.assisted, NEW.online + NEW.assisted + NEW.paper), recent -> '$[0]')
          ELSE json_array(json_array(NEW.month, NEW.online + NEW.assisted, NEW.online + NEW.assisted + NEW.paper), recent -> '$[0]', recent -> '$[1]') END
        WHEN json_array_length(recent) < 3 OR NEW.month > recent ->> '$[2][0]' THEN (
          SELECT json_group_array(json_array(r.month, r.digital, r.total)) FROM (
            SELECT f.month, f.online + f.assisted AS digital, f.online + f.assisted + f.paper AS total FROM monthly_figures f
            WHERE f.service_id = service_status.service_id AND f.online + f.assisted + f.paper > 0 ORDER BY f.month DESC LIMIT 3) r)
        ELSE recent END
    WHERE service_id = NEW.service_id;
  UPDATE service_status SET
      last12 = (SELECT json_array(coalesce(sum(f.online), 0), coalesce(sum(f.assisted), 0), coalesce(sum(f.paper), 0)) FROM monthly_figures f
        WHERE f.service_id = service_status.service_id
          AND f.month BETWEEN strftime('%Y-%m', service_status.last_month || '-01', '-11 months') AND service_status.last_month)
    WHERE service_id = NEW.service_id;
END;
--> statement-breakpoint
CREATE TRIGGER monthly_figures_rollup_update AFTER UPDATE OF online, assisted, paper, payments_total, payments_pagopa, satisfaction_1, satisfaction_2, satisfaction_3, satisfaction_4, satisfaction_5, cost_cents ON monthly_figures
  WHEN NEW.service_id = OLD.service_id AND NEW.month = OLD.month AND NOT EXISTS (SELECT 1 FROM rollup_pause)
BEGIN
  INSERT INTO comune_month_totals (comune_id, visibility, month, services, online, assisted, paper, payments_total, payments_total_n, payments_pagopa, payments_pagopa_n, satisfaction_1, satisfaction_2, satisfaction_3, satisfaction_4, satisfaction_5, cost_cents, cost_n)
    SELECT s.comune_id, s.visibility, NEW.month, 0, NEW.online - OLD.online, NEW.assisted - OLD.assisted, NEW.paper - OLD.paper, coalesce(NEW.payments_total, 0) - coalesce(OLD.payments_total, 0), (NEW.payments_total IS NOT NULL) - (OLD.payments_total IS NOT NULL), coalesce(NEW.payments_pagopa, 0) - coalesce(OLD.payments_pagopa, 0), (NEW.payments_pagopa IS NOT NULL) - (OLD.payments_pagopa IS NOT NULL), NEW.satisfaction_1 - OLD.satisfaction_1, NEW.satisfaction_2 - OLD.satisfaction_2, NEW.satisfaction_3 - OLD.satisfaction_3, NEW.satisfaction_4 - OLD.satisfaction_4, NEW.satisfaction_5 - OLD.satisfaction_5, coalesce(NEW.cost_cents, 0) - coalesce(OLD.cost_cents, 0), (NEW.cost_cents IS NOT NULL) - (OLD.cost_cents IS NOT NULL)
    FROM services s WHERE s.id = NEW.service_id
    ON CONFLICT (comune_id, visibility, month) DO UPDATE SET
      services = services + excluded.services,
      online = online + excluded.online,
      assisted = assisted + excluded.assisted,
      paper = paper + excluded.paper,
      payments_total = payments_total + excluded.payments_total,
      payments_total_n = payments_total_n + excluded.payments_total_n,
      payments_pagopa = payments_pagopa + excluded.payments_pagopa,
      payments_pagopa_n = payments_pagopa_n + excluded.payments_pagopa_n,
      satisfaction_1 = satisfaction_1 + excluded.satisfaction_1,
      satisfaction_2 = satisfaction_2 + excluded.satisfaction_2,
      satisfaction_3 = satisfaction_3 + excluded.satisfaction_3,
      satisfaction_4 = satisfaction_4 + excluded.satisfaction_4,
      satisfaction_5 = satisfaction_5 + excluded.satisfaction_5,
      cost_cents = cost_cents + excluded.cost_cents,
      cost_n = cost_n + excluded.cost_n;
  UPDATE service_status SET
      last_month = (SELECT max(f.month) FROM monthly_figures f WHERE f.service_id = service_status.service_id),
      recent = (SELECT json_group_array(json_array(r.month, r.digital, r.total)) FROM (
        SELECT f.month, f.online + f.assisted AS digital, f.online + f.assisted + f.paper AS total FROM monthly_figures f
        WHERE f.service_id = service_status.service_id AND f.online + f.assisted + f.paper > 0 ORDER BY f.month DESC LIMIT 3) r)
    WHERE service_id = NEW.service_id;
  UPDATE service_status SET
      last12 = (SELECT json_array(coalesce(sum(f.online), 0), coalesce(sum(f.assisted), 0), coalesce(sum(f.paper), 0)) FROM monthly_figures f
        WHERE f.service_id = service_status.service_id
          AND f.month BETWEEN strftime('%Y-%m', service_status.last_month || '-01', '-11 months') AND service_status.last_month)
    WHERE service_id = NEW.service_id;
END;
--> statement-breakpoint
CREATE TRIGGER monthly_figures_rollup_move AFTER UPDATE OF service_id, month ON monthly_figures
  WHEN (NEW.service_id IS NOT OLD.service_id OR NEW.month IS NOT OLD.month) AND NOT EXISTS (SELECT 1 FROM rollup_pause)
BEGIN
  INSERT INTO comune_month_totals (comune_id, visibility, month, services, online, assisted, paper, payments_total, payments_total_n, payments_pagopa, payments_pagopa_n, satisfaction_1, satisfaction_2, satisfaction_3, satisfaction_4, satisfaction_5, cost_cents, cost_n)
    SELECT s.comune_id, s.visibility, OLD.month, -1, -OLD.online, -OLD.assisted, -OLD.paper, -coalesce(OLD.payments_total, 0), -(OLD.payments_total IS NOT NULL), -coalesce(OLD.payments_pagopa, 0), -(OLD.payments_pagopa IS NOT NULL), -OLD.satisfaction_1, -OLD.satisfaction_2, -OLD.satisfaction_3, -OLD.satisfaction_4, -OLD.satisfaction_5, -coalesce(OLD.cost_cents, 0), -(OLD.cost_cents IS NOT NULL)
    FROM services s WHERE s.id = OLD.service_id
    ON CONFLICT (comune_id, visibility, month) DO UPDATE SET
      services = services + excluded.services,
      online = online + excluded.online,
      assisted = assisted + excluded.assisted,
      paper = paper + excluded.paper,
      payments_total = payments_total + excluded.payments_total,
      payments_total_n = payments_total_n + excluded.payments_total_n,
      payments_pagopa = payments_pagopa + excluded.payments_pagopa,
      payments_pagopa_n = payments_pagopa_n + excluded.payments_pagopa_n,
      satisfaction_1 = satisfaction_1 + excluded.satisfaction_1,
      satisfaction_2 = satisfaction_2 + excluded.satisfaction_2,
      satisfaction_3 = satisfaction_3 + excluded.satisfaction_3,
      satisfaction_4 = satisfaction_4 + excluded.satisfaction_4,
      satisfaction_5 = satisfaction_5 + excluded.satisfaction_5,
      cost_cents = cost_cents + excluded.cost_cents,
      cost_n = cost_n + excluded.cost_n;
  DELETE FROM comune_month_totals
    WHERE comune_id = (SELECT comune_id FROM services WHERE id = OLD.service_id)
      AND visibility = (SELECT visibility FROM services WHERE id = OLD.service_id)
      AND month = OLD.month AND services = 0;
  INSERT INTO comune_month_totals (comune_id, visibility, month, services, online, assisted, paper, payments_total, payments_total_n, payments_pagopa, payments_pagopa_n, satisfaction_1, satisfaction_2, satisfaction_3, satisfaction_4, satisfaction_5, cost_cents, cost_n)
    SELECT s.comune_id, s.visibility, NEW.month, 1, NEW.online, NEW.assisted, NEW.paper, coalesce(NEW.payments_total, 0), (NEW.payments_total IS NOT NULL), coalesce(NEW.payments_pagopa, 0), (NEW.payments_pagopa IS NOT NULL), NEW.satisfaction_1, NEW.satisfaction_2, NEW.satisfaction_3, NEW.satisfaction_4, NEW.satisfaction_5, coalesce(NEW.cost_cents, 0), (NEW.cost_cents IS NOT NULL)
    FROM services s WHERE s.id = NEW.service_id
    ON CONFLICT (comune_id, visibility, month) DO UPDATE SET
      services = services + excluded.services,
      online = online + excluded.online,
      assisted = assisted + excluded.assisted,
      paper = paper + excluded.paper,
      payments_total = payments_total + excluded.payments_total,
      payments_total_n = payments_total_n + excluded.payments_total_n,
      payments_pagopa = payments_pagopa + excluded.payments_pagopa,
      payments_pagopa_n = payments_pagopa_n + excluded.payments_pagopa_n,
      satisfaction_1 = satisfaction_1 + excluded.satisfaction_1,
      satisfaction_2 = satisfaction_2 + excluded.satisfaction_2,
      satisfaction_3 = satisfaction_3 + excluded.satisfaction_3,
      satisfaction_4 = satisfaction_4 + excluded.satisfaction_4,
      satisfaction_5 = satisfaction_5 + excluded.satisfaction_5,
      cost_cents = cost_cents + excluded.cost_cents,
      cost_n = cost_n + excluded.cost_n;
  UPDATE service_status SET
      last_month = (SELECT max(f.month) FROM monthly_figures f WHERE f.service_id = service_status.service_id),
      recent = (SELECT json_group_array(json_array(r.month, r.digital, r.total)) FROM (
        SELECT f.month, f.online + f.assisted AS digital, f.online + f.assisted + f.paper AS total FROM monthly_figures f
        WHERE f.service_id = service_status.service_id AND f.online + f.assisted + f.paper > 0 ORDER BY f.month DESC LIMIT 3) r)
    WHERE service_id IN (OLD.service_id, NEW.service_id);
  UPDATE service_status SET
      last12 = (SELECT json_array(coalesce(sum(f.online), 0), coalesce(sum(f.assisted), 0), coalesce(sum(f.paper), 0)) FROM monthly_figures f
        WHERE f.service_id = service_status.service_id
          AND f.month BETWEEN strftime('%Y-%m', service_status.last_month || '-01', '-11 months') AND service_status.last_month)
    WHERE service_id IN (OLD.service_id, NEW.service_id);
END;
--> statement-breakpoint
CREATE TRIGGER monthly_figures_rollup_delete AFTER DELETE ON monthly_figures
  WHEN NOT EXISTS (SELECT 1 FROM rollup_pause)
BEGIN
  INSERT INTO comune_month_totals (comune_id, visibility, month, services, online, assisted, paper, payments_total, payments_total_n, payments_pagopa, payments_pagopa_n, satisfaction_1, satisfaction_2, satisfaction_3, satisfaction_4, satisfaction_5, cost_cents, cost_n)
    SELECT s.comune_id, s.visibility, OLD.month, -1, -OLD.online, -OLD.assisted, -OLD.paper, -coalesce(OLD.payments_total, 0), -(OLD.payments_total IS NOT NULL), -coalesce(OLD.payments_pagopa, 0), -(OLD.payments_pagopa IS NOT NULL), -OLD.satisfaction_1, -OLD.satisfaction_2, -OLD.satisfaction_3, -OLD.satisfaction_4, -OLD.satisfaction_5, -coalesce(OLD.cost_cents, 0), -(OLD.cost_cents IS NOT NULL)
    FROM services s WHERE s.id = OLD.service_id
    ON CONFLICT (comune_id, visibility, month) DO UPDATE SET
      services = services + excluded.services,
      online = online + excluded.online,
      assisted = assisted + excluded.assisted,
      paper = paper + excluded.paper,
      payments_total = payments_total + excluded.payments_total,
      payments_total_n = payments_total_n + excluded.payments_total_n,
      payments_pagopa = payments_pagopa + excluded.payments_pagopa,
      payments_pagopa_n = payments_pagopa_n + excluded.payments_pagopa_n,
      satisfaction_1 = satisfaction_1 + excluded.satisfaction_1,
      satisfaction_2 = satisfaction_2 + excluded.satisfaction_2,
      satisfaction_3 = satisfaction_3 + excluded.satisfaction_3,
      satisfaction_4 = satisfaction_4 + excluded.satisfaction_4,
      satisfaction_5 = satisfaction_5 + excluded.satisfaction_5,
      cost_cents = cost_cents + excluded.cost_cents,
      cost_n = cost_n + excluded.cost_n;
  DELETE FROM comune_month_totals
    WHERE comune_id = (SELECT comune_id FROM services WHERE id = OLD.service_id)
      AND visibility = (SELECT visibility FROM services WHERE id = OLD.service_id)
      AND month = OLD.month AND services = 0;
  UPDATE service_status SET
      last_month = (SELECT max(f.month) FROM monthly_figures f WHERE f.service_id = service_status.service_id),
      recent = (SELECT json_group_array(json_array(r.month, r.digital, r.total)) FROM (
        SELECT f.month, f.online + f.assisted AS digital, f.online + f.assisted + f.paper AS total FROM monthly_figures f
        WHERE f.service_id = service_status.service_id AND f.online + f.assisted + f.paper > 0 ORDER BY f.month DESC LIMIT 3) r)
    WHERE service_id = OLD.service_id;
  UPDATE service_status SET
      last12 = (SELECT json_array(coalesce(sum(f.online), 0), coalesce(sum(f.assisted), 0), coalesce(sum(f.paper), 0)) FROM monthly_figures f
        WHERE f.service_id = service_status.service_id
          AND f.month BETWEEN strftime('%Y-%m', service_status.last_month || '-01', '-11 months') AND service_status.last_month)
    WHERE service_id = OLD.service_id;
END;
--> statement-breakpoint
CREATE TRIGGER comune_month_totals_rollup_insert AFTER INSERT ON comune_month_totals
BEGIN
  INSERT INTO region_month_totals (region, visibility, month, services, online, assisted, paper, payments_total, payments_total_n, payments_pagopa, payments_pagopa_n, satisfaction_1, satisfaction_2, satisfaction_3, satisfaction_4, satisfaction_5, cost_cents, cost_n)
    SELECT c.region, NEW.visibility, NEW.month, NEW.services, NEW.online, NEW.assisted, NEW.paper, NEW.payments_total, NEW.payments_total_n, NEW.payments_pagopa, NEW.payments_pagopa_n, NEW.satisfaction_1, NEW.satisfaction_2, NEW.satisfaction_3, NEW.satisfaction_4, NEW.satisfaction_5, NEW.cost_cents, NEW.cost_n
    FROM comuni c WHERE c.id = NEW.comune_id AND c.archived_at IS NULL
    ON CONFLICT (region, visibility, month) DO UPDATE SET
      services = services + excluded.services,
      online = online + excluded.online,
      assisted = assisted + excluded.assisted,
      paper = paper + excluded.paper,
      payments_total = payments_total + excluded.payments_total,
      payments_total_n = payments_total_n + excluded.payments_total_n,
      payments_pagopa = payments_pagopa + excluded.payments_pagopa,
      payments_pagopa_n = payments_pagopa_n + excluded.payments_pagopa_n,
      satisfaction_1 = satisfaction_1 + excluded.satisfaction_1,
      satisfaction_2 = satisfaction_2 + excluded.satisfaction_2,
      satisfaction_3 = satisfaction_3 + excluded.satisfaction_3,
      satisfaction_4 = satisfaction_4 + excluded.satisfaction_4,
      satisfaction_5 = satisfaction_5 + excluded.satisfaction_5,
      cost_cents = cost_cents + excluded.cost_cents,
      cost_n = cost_n + excluded.cost_n;
END;
--> statement-breakpoint
CREATE TRIGGER comune_month_totals_rollup_update AFTER UPDATE ON comune_month_totals
BEGIN
  INSERT INTO region_month_totals (region, visibility, month, services, online, assisted, paper, payments_total, payments_total_n, payments_pagopa, payments_pagopa_n, satisfaction_1, satisfaction_2, satisfaction_3, satisfaction_4, satisfaction_5, cost_cents, cost_n)
    SELECT c.region, NEW.visibility, NEW.month, NEW.services - OLD.services, NEW.online - OLD.online, NEW.assisted - OLD.assisted, NEW.paper - OLD.paper, NEW.payments_total - OLD.payments_total, NEW.payments_total_n - OLD.payments_total_n, NEW.payments_pagopa - OLD.payments_pagopa, NEW.payments_pagopa_n - OLD.payments_pagopa_n, NEW.satisfaction_1 - OLD.satisfaction_1, NEW.satisfaction_2 - OLD.satisfaction_2, NEW.satisfaction_3 - OLD.satisfaction_3, NEW.satisfaction_4 - OLD.satisfaction_4, NEW.satisfaction_5 - OLD.satisfaction_5, NEW.cost_cents - OLD.cost_cents, NEW.cost_n - OLD.cost_n
    FROM comuni c WHERE c.id = NEW.comune_id AND c.archived_at IS NULL
    ON CONFLICT (region, visibility, month) DO UPDATE SET
      services = services + excluded.services,
      online = online + excluded.online,
      assisted = assisted + excluded.assisted,
      paper = paper + excluded.paper,
      payments_total = payments_total + excluded.payments_total,
      payments_total_n = payments_total_n + excluded.payments_total_n,
      payments_pagopa = payments_pagopa + excluded.payments_pagopa,
      payments_pagopa_n = payments_pagopa_n + excluded.payments_pagopa_n,
      satisfaction_1 = satisfaction_1 + excluded.satisfaction_1,
      satisfaction_2 = satisfaction_2 + excluded.satisfaction_2,
      satisfaction_3 = satisfaction_3 + excluded.satisfaction_3,
      satisfaction_4 = satisfaction_4 + excluded.satisfaction_4,
      satisfaction_5 = satisfaction_5 + excluded.satisfaction_5,
      cost_cents = cost_cents + excluded.cost_cents,
      cost_n = cost_n + excluded.cost_n;
END;
--> statement-breakpoint
CREATE TRIGGER comune_month_totals_rollup_delete AFTER DELETE ON comune_month_totals
BEGIN
  INSERT INTO region_month_totals (region, visibility, month, services, online, assisted, paper, payments_total, payments_total_n, payments_pagopa, payments_pagopa_n, satisfaction_1, satisfaction_2, satisfaction_3, satisfaction_4, satisfaction_5, cost_cents, cost_n)
    SELECT c.region, OLD.visibility, OLD.month, -OLD.services, -OLD.online, -OLD.assisted, -OLD.paper, -OLD.payments_total, -OLD.payments_total_n, -OLD.payments_pagopa, -OLD.payments_pagopa_n, -OLD.satisfaction_1, -OLD.satisfaction_2, -OLD.satisfaction_3, -OLD.satisfaction_4, -OLD.satisfaction_5, -OLD.cost_cents, -OLD.cost_n
    FROM comuni c WHERE c.id = OLD.comune_id AND c.archived_at IS NULL
    ON CONFLICT (region, visibility, month) DO UPDATE SET
      services = services + excluded.services,
      online = online + excluded.online,
      assisted = assisted + excluded.assisted,
      paper = paper + excluded.paper,
      payments_total = payments_total + excluded.payments_total,
      payments_total_n = payments_total_n + excluded.payments_total_n,
      payments_pagopa = payments_pagopa + excluded.payments_pagopa,
      payments_pagopa_n = payments_pagopa_n + excluded.payments_pagopa_n,
      satisfaction_1 = satisfaction_1 + excluded.satisfaction_1,
      satisfaction_2 = satisfaction_2 + excluded.satisfaction_2,
      satisfaction_3 = satisfaction_3 + excluded.satisfaction_3,
      satisfaction_4 = satisfaction_4 + excluded.satisfaction_4,
      satisfaction_5 = satisfaction_5 + excluded.satisfaction_5,
      cost_cents = cost_cents + excluded.cost_cents,
      cost_n = cost_n + excluded.cost_n;
  DELETE FROM region_month_totals
    WHERE region = (SELECT region FROM comuni WHERE id = OLD.comune_id) AND visibility = OLD.visibility AND month = OLD.month AND services = 0;
END;
--> statement-breakpoint
CREATE TRIGGER services_rollup_insert AFTER INSERT ON services
BEGIN
  INSERT INTO service_status (service_id, comune_id, visibility) VALUES (NEW.id, NEW.comune_id, NEW.visibility);
  UPDATE service_status SET (stage, stage_since, stage_event_id) = (
      SELECT e.stage, e.effective_date, e.id FROM stage_events e WHERE e.service_id = service_status.service_id
      ORDER BY e.effective_date DESC, e.id DESC LIMIT 1)
    WHERE service_id = NEW.id;
  UPDATE service_status SET
      last_month = (SELECT max(f.month) FROM monthly_figures f WHERE f.service_id = service_status.service_id),
      recent = (SELECT json_group_array(json_array(r.month, r.digital, r.total)) FROM (
        SELECT f.month, f.online + f.assisted AS digital, f.online + f.assisted + f.paper AS total FROM monthly_figures f
        WHERE f.service_id = service_status.service_id AND f.online + f.assisted + f.paper > 0 ORDER BY f.month DESC LIMIT 3) r)
    WHERE service_id = NEW.id;
  UPDATE service_status SET
      last12 = (SELECT json_array(coalesce(sum(f.online), 0), coalesce(sum(f.assisted), 0), coalesce(sum(f.paper), 0)) FROM monthly_figures f
        WHERE f.service_id = service_status.service_id
          AND f.month BETWEEN strftime('%Y-%m', service_status.last_month || '-01', '-11 months') AND service_status.last_month)
    WHERE service_id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER services_rollup_move AFTER UPDATE OF comune_id, visibility ON services
  WHEN NEW.comune_id IS NOT OLD.comune_id OR NEW.visibility IS NOT OLD.visibility
BEGIN
  INSERT INTO comune_month_totals (comune_id, visibility, month, services, online, assisted, paper, payments_total, payments_total_n, payments_pagopa, payments_pagopa_n, satisfaction_1, satisfaction_2, satisfaction_3, satisfaction_4, satisfaction_5, cost_cents, cost_n)
    SELECT OLD.comune_id, OLD.visibility, f.month, -1, -f.online, -f.assisted, -f.paper, -coalesce(f.payments_total, 0), -(f.payments_total IS NOT NULL), -coalesce(f.payments_pagopa, 0), -(f.payments_pagopa IS NOT NULL), -f.satisfaction_1, -f.satisfaction_2, -f.satisfaction_3, -f.satisfaction_4, -f.satisfaction_5, -coalesce(f.cost_cents, 0), -(f.cost_cents IS NOT NULL)
    FROM monthly_figures f WHERE f.service_id = OLD.id
    ON CONFLICT (comune_id, visibility, month) DO UPDATE SET
      services = services + excluded.services,
      online = online + excluded.online,
      assisted = assisted + excluded.assisted,
      paper = paper + excluded.paper,
      payments_total = payments_total + excluded.payments_total,
      payments_total_n = payments_total_n + excluded.payments_total_n,
      payments_pagopa = payments_pagopa + excluded.payments_pagopa,
      payments_pagopa_n = payments_pagopa_n + excluded.payments_pagopa_n,
      satisfaction_1 = satisfaction_1 + excluded.satisfaction_1,
      satisfaction_2 = satisfaction_2 + excluded.satisfaction_2,
      satisfaction_3 = satisfaction_3 + excluded.satisfaction_3,
      satisfaction_4 = satisfaction_4 + excluded.satisfaction_4,
      satisfaction_5 = satisfaction_5 + excluded.satisfaction_5,
      cost_cents = cost_cents + excluded.cost_cents,
      cost_n = cost_n + excluded.cost_n;
  DELETE FROM comune_month_totals WHERE comune_id = OLD.comune_id AND visibility = OLD.visibility AND services = 0;
  INSERT INTO comune_month_totals (comune_id, visibility, month, services, online, assisted, paper, payments_total, payments_total_n, payments_pagopa, payments_pagopa_n, satisfaction_1, satisfaction_2, satisfaction_3, satisfaction_4, satisfaction_5, cost_cents, cost_n)
    SELECT NEW.comune_id, NEW.visibility, f.month, 1, f.online, f.assisted, f.paper, coalesce(f.payments_total, 0), (f.payments_total IS NOT NULL), coalesce(f.payments_pagopa, 0), (f.payments_pagopa IS NOT NULL), f.satisfaction_1, f.satisfaction_2, f.satisfaction_3, f.satisfaction_4, f.satisfaction_5, coalesce(f.cost_cents, 0), (f.cost_cents IS NOT NULL)
    FROM monthly_figures f WHERE f.service_id = OLD.id
    ON CONFLICT (comune_id, visibility, month) DO UPDATE SET
      services = services + excluded.services,
      online = online + excluded.online,
      assisted = assisted + excluded.assisted,
      paper = paper + excluded.paper,
      payments_total = payments_total + excluded.payments_total,
      payments_total_n = payments_total_n + excluded.payments_total_n,
      payments_pagopa = payments_pagopa + excluded.payments_pagopa,
      payments_pagopa_n = payments_pagopa_n + excluded.payments_pagopa_n,
      satisfaction_1 = satisfaction_1 + excluded.satisfaction_1,
      satisfaction_2 = satisfaction_2 + excluded.satisfaction_2,
      satisfaction_3 = satisfaction_3 + excluded.satisfaction_3,
      satisfaction_4 = satisfaction_4 + excluded.satisfaction_4,
      satisfaction_5 = satisfaction_5 + excluded.satisfaction_5,
      cost_cents = cost_cents + excluded.cost_cents,
      cost_n = cost_n + excluded.cost_n;
  UPDATE service_status SET comune_id = NEW.comune_id, visibility = NEW.visibility WHERE service_id = NEW.id;
END;
--> statement-breakpoint
CREATE TRIGGER services_rollup_delete AFTER DELETE ON services
BEGIN
  DELETE FROM service_status WHERE service_id = OLD.id;
END;
--> statement-breakpoint
CREATE TRIGGER stage_events_rollup_insert AFTER INSERT ON stage_events
BEGIN
  UPDATE service_status SET (stage, stage_since, stage_event_id) = (
      SELECT e.stage, e.effective_date, e.id FROM stage_events e WHERE e.service_id = service_status.service_id
      ORDER BY e.effective_date DESC, e.id DESC LIMIT 1)
    WHERE service_id = NEW.service_id;
END;
--> statement-breakpoint
CREATE TRIGGER stage_events_rollup_update AFTER UPDATE ON stage_events
BEGIN
  UPDATE service_status SET (stage, stage_since, stage_event_id) = (
      SELECT e.stage, e.effective_date, e.id FROM stage_events e WHERE e.service_id = service_status.service_id
      ORDER BY e.effective_date DESC, e.id DESC LIMIT 1)
    WHERE service_id IN (OLD.service_id, NEW.service_id);
END;
--> statement-breakpoint
CREATE TRIGGER stage_events_rollup_delete AFTER DELETE ON stage_events
BEGIN
  UPDATE service_status SET (stage, stage_since, stage_event_id) = (
      SELECT e.stage, e.effective_date, e.id FROM stage_events e WHERE e.service_id = service_status.service_id
      ORDER BY e.effective_date DESC, e.id DESC LIMIT 1)
    WHERE service_id = OLD.service_id;
END;
--> statement-breakpoint
CREATE TRIGGER service_status_rollup_insert AFTER INSERT ON service_status
BEGIN
  INSERT INTO region_stage_counts (region, visibility, stage, services)
    SELECT c.region, NEW.visibility, NEW.stage, 1 FROM comuni c WHERE c.id = NEW.comune_id AND c.archived_at IS NULL AND NEW.stage IS NOT NULL
    ON CONFLICT (region, visibility, stage) DO UPDATE SET services = services + excluded.services;
END;
--> statement-breakpoint
CREATE TRIGGER service_status_rollup_update AFTER UPDATE OF stage, visibility, comune_id ON service_status
  WHEN NEW.stage IS NOT OLD.stage OR NEW.visibility IS NOT OLD.visibility OR NEW.comune_id IS NOT OLD.comune_id
BEGIN
  INSERT INTO region_stage_counts (region, visibility, stage, services)
    SELECT c.region, OLD.visibility, OLD.stage, -1 FROM comuni c WHERE c.id = OLD.comune_id AND c.archived_at IS NULL AND OLD.stage IS NOT NULL
    ON CONFLICT (region, visibility, stage) DO UPDATE SET services = services + excluded.services;
  DELETE FROM region_stage_counts
    WHERE region = (SELECT region FROM comuni WHERE id = OLD.comune_id) AND visibility = OLD.visibility AND stage = OLD.stage AND services = 0;
  INSERT INTO region_stage_counts (region, visibility, stage, services)
    SELECT c.region, NEW.visibility, NEW.stage, 1 FROM comuni c WHERE c.id = NEW.comune_id AND c.archived_at IS NULL AND NEW.stage IS NOT NULL
    ON CONFLICT (region, visibility, stage) DO UPDATE SET services = services + excluded.services;
END;
--> statement-breakpoint
CREATE TRIGGER service_status_rollup_delete AFTER DELETE ON service_status
BEGIN
  INSERT INTO region_stage_counts (region, visibility, stage, services)
    SELECT c.region, OLD.visibility, OLD.stage, -1 FROM comuni c WHERE c.id = OLD.comune_id AND c.archived_at IS NULL AND OLD.stage IS NOT NULL
    ON CONFLICT (region, visibility, stage) DO UPDATE SET services = services + excluded.services;
  DELETE FROM region_stage_counts
    WHERE region = (SELECT region FROM comuni WHERE id = OLD.comune_id) AND visibility = OLD.visibility AND stage = OLD.stage AND services = 0;
END;
--> statement-breakpoint
CREATE TRIGGER comuni_rollup_region AFTER UPDATE OF region, archived_at ON comuni
  WHEN NEW.region IS NOT OLD.region OR (NEW.archived_at IS NULL) IS NOT (OLD.archived_at IS NULL)
BEGIN
  INSERT INTO region_month_totals (region, visibility, month, services, online, assisted, paper, payments_total, payments_total_n, payments_pagopa, payments_pagopa_n, satisfaction_1, satisfaction_2, satisfaction_3, satisfaction_4, satisfaction_5, cost_cents, cost_n)
    SELECT OLD.region, t.visibility, t.month, -t.services, -t.online, -t.assisted, -t.paper, -t.payments_total, -t.payments_total_n, -t.payments_pagopa, -t.payments_pagopa_n, -t.satisfaction_1, -t.satisfaction_2, -t.satisfaction_3, -t.satisfaction_4, -t.satisfaction_5, -t.cost_cents, -t.cost_n
    FROM comune_month_totals t WHERE t.comune_id = NEW.id AND OLD.archived_at IS NULL
    ON CONFLICT (region, visibility, month) DO UPDATE SET
      services = services + excluded.services,
      online = online + excluded.online,
      assisted = assisted + excluded.assisted,
      paper = paper + excluded.paper,
      payments_total = payments_total + excluded.payments_total,
      payments_total_n = payments_total_n + excluded.payments_total_n,
      payments_pagopa = payments_pagopa + excluded.payments_pagopa,
      payments_pagopa_n = payments_pagopa_n + excluded.payments_pagopa_n,
      satisfaction_1 = satisfaction_1 + excluded.satisfaction_1,
      satisfaction_2 = satisfaction_2 + excluded.satisfaction_2,
      satisfaction_3 = satisfaction_3 + excluded.satisfaction_3,
      satisfaction_4 = satisfaction_4 + excluded.satisfaction_4,
      satisfaction_5 = satisfaction_5 + excluded.satisfaction_5,
      cost_cents = cost_cents + excluded.cost_cents,
      cost_n = cost_n + excluded.cost_n;
  INSERT INTO region_month_totals (region, visibility, month, services, online, assisted, paper, payments_total, payments_total_n, payments_pagopa, payments_pagopa_n, satisfaction_1, satisfaction_2, satisfaction_3, satisfaction_4, satisfaction_5, cost_cents, cost_n)
    SELECT NEW.region, t.visibility, t.month, t.services, t.online, t.assisted, t.paper, t.payments_total, t.payments_total_n, t.payments_pagopa, t.payments_pagopa_n, t.satisfaction_1, t.satisfaction_2, t.satisfaction_3, t.satisfaction_4, t.satisfaction_5, t.cost_cents, t.cost_n
    FROM comune_month_totals t WHERE t.comune_id = NEW.id AND NEW.archived_at IS NULL
    ON CONFLICT (region, visibility, month) DO UPDATE SET
      services = services + excluded.services,
      online = online + excluded.online,
      assisted = assisted + excluded.assisted,
      paper = paper + excluded.paper,
      payments_total = payments_total + excluded.payments_total,
      payments_total_n = payments_total_n + excluded.payments_total_n,
      payments_pagopa = payments_pagopa + excluded.payments_pagopa,
      payments_pagopa_n = payments_pagopa_n + excluded.payments_pagopa_n,
      satisfaction_1 = satisfaction_1 + excluded.satisfaction_1,
      satisfaction_2 = satisfaction_2 + excluded.satisfaction_2,
      satisfaction_3 = satisfaction_3 + excluded.satisfaction_3,
      satisfaction_4 = satisfaction_4 + excluded.satisfaction_4,
      satisfaction_5 = satisfaction_5 + excluded.satisfaction_5,
      cost_cents = cost_cents + excluded.cost_cents,
      cost_n = cost_n + excluded.cost_n;
  DELETE FROM region_month_totals WHERE region = OLD.region AND services = 0;
  INSERT INTO region_stage_counts (region, visibility, stage, services)
    SELECT OLD.region, st.visibility, st.stage, -count(*) FROM service_status st
    WHERE st.comune_id = NEW.id AND st.stage IS NOT NULL AND OLD.archived_at IS NULL
    GROUP BY st.visibility, st.stage
    ON CONFLICT (region, visibility, stage) DO UPDATE SET services = services + excluded.services;
  INSERT INTO region_stage_counts (region, visibility, stage, services)
    SELECT NEW.region, st.visibility, st.stage, count(*) FROM service_status st
    WHERE st.comune_id = NEW.id AND st.stage IS NOT NULL AND NEW.archived_at IS NULL
    GROUP BY st.visibility, st.stage
    ON CONFLICT (region, visibility, stage) DO UPDATE SET services = services + excluded.services;
  DELETE FROM region_stage_counts WHERE region = OLD.region AND services = 0;
END;
--> statement-breakpoint
INSERT INTO region_month_totals (region, visibility, month, services, online, assisted, paper, payments_total, payments_total_n, payments_pagopa, payments_pagopa_n, satisfaction_1, satisfaction_2, satisfaction_3, satisfaction_4, satisfaction_5, cost_cents, cost_n)
    SELECT c.region, t.visibility, t.month, -t.services, -t.online, -t.assisted, -t.paper, -t.payments_total, -t.payments_total_n, -t.payments_pagopa, -t.payments_pagopa_n, -t.satisfaction_1, -t.satisfaction_2, -t.satisfaction_3, -t.satisfaction_4, -t.satisfaction_5, -t.cost_cents, -t.cost_n
    FROM comune_month_totals t JOIN comuni c ON c.id = t.comune_id WHERE c.archived_at IS NOT NULL
    ON CONFLICT (region, visibility, month) DO UPDATE SET
      services = services + excluded.services,
      online = online + excluded.online,
      assisted = assisted + excluded.assisted,
      paper = paper + excluded.paper,
      payments_total = payments_total + excluded.payments_total,
      payments_total_n = payments_total_n + excluded.payments_total_n,
      payments_pagopa = payments_pagopa + excluded.payments_pagopa,
      payments_pagopa_n = payments_pagopa_n + excluded.payments_pagopa_n,
      satisfaction_1 = satisfaction_1 + excluded.satisfaction_1,
      satisfaction_2 = satisfaction_2 + excluded.satisfaction_2,
      satisfaction_3 = satisfaction_3 + excluded.satisfaction_3,
      satisfaction_4 = satisfaction_4 + excluded.satisfaction_4,
      satisfaction_5 = satisfaction_5 + excluded.satisfaction_5,
      cost_cents = cost_cents + excluded.cost_cents,
      cost_n = cost_n + excluded.cost_n;
--> statement-breakpoint
DELETE FROM region_month_totals WHERE services = 0;
--> statement-breakpoint
INSERT INTO region_stage_counts (region, visibility, stage, services)
    SELECT c.region, st.visibility, st.stage, -count(*) FROM service_status st JOIN comuni c ON c.id = st.comune_id
    WHERE c.archived_at IS NOT NULL AND st.stage IS NOT NULL
    GROUP BY c.region, st.visibility, st.stage
    ON CONFLICT (region, visibility, stage) DO UPDATE SET services = services + excluded.services;
--> statement-breakpoint
DELETE FROM region_stage_counts WHERE services = 0;
