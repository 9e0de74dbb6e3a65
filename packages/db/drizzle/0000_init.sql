CREATE TABLE `login_failures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`address` text NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE INDEX `login_failures_email_idx` ON `login_failures` (`email`,`at`);--> statement-breakpoint
CREATE INDEX `login_failures_address_idx` ON `login_failures` (`address`,`at`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`token_hash` text NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`expires_at` text NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sessions_token_hash_unique` ON `sessions` (`token_hash`);--> statement-breakpoint
CREATE INDEX `sessions_user_idx` ON `sessions` (`user_id`);--> statement-breakpoint
CREATE TABLE `user_comuni` (
	`user_id` integer NOT NULL,
	`comune_id` integer NOT NULL,
	PRIMARY KEY(`user_id`, `comune_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`comune_id`) REFERENCES `comuni`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `user_comuni_comune_idx` ON `user_comuni` (`comune_id`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`password_hash` text NOT NULL,
	`role` text NOT NULL,
	`consortium_id` integer NOT NULL,
	`disabled_at` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`consortium_id`) REFERENCES `consortia`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE TABLE `audit_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`user_id` integer,
	`actor` text NOT NULL,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_id` integer,
	`comune_id` integer,
	`before` text,
	`after` text
);
--> statement-breakpoint
CREATE INDEX `audit_log_comune_idx` ON `audit_log` (`comune_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_log_entity_idx` ON `audit_log` (`entity`,`entity_id`);--> statement-breakpoint
CREATE TABLE `comments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`comune_id` integer NOT NULL,
	`service_id` integer,
	`milestone_id` integer,
	`user_id` integer NOT NULL,
	`body` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`comune_id`) REFERENCES `comuni`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`milestone_id`) REFERENCES `milestones`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `comments_comune_idx` ON `comments` (`comune_id`,`created_at`);--> statement-breakpoint
CREATE TABLE `monthly_figures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`service_id` integer NOT NULL,
	`month` text NOT NULL,
	`online` integer NOT NULL,
	`assisted` integer NOT NULL,
	`paper` integer NOT NULL,
	`payments_total` integer,
	`payments_pagopa` integer,
	`satisfaction_1` integer DEFAULT 0 NOT NULL,
	`satisfaction_2` integer DEFAULT 0 NOT NULL,
	`satisfaction_3` integer DEFAULT 0 NOT NULL,
	`satisfaction_4` integer DEFAULT 0 NOT NULL,
	`satisfaction_5` integer DEFAULT 0 NOT NULL,
	`cost_cents` integer,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `monthly_figures_service_month_idx` ON `monthly_figures` (`service_id`,`month`);--> statement-breakpoint
CREATE TABLE `milestone_dependencies` (
	`milestone_id` integer NOT NULL,
	`depends_on_id` integer NOT NULL,
	PRIMARY KEY(`milestone_id`, `depends_on_id`),
	FOREIGN KEY (`milestone_id`) REFERENCES `milestones`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`depends_on_id`) REFERENCES `milestones`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `milestone_dependencies_depends_on_idx` ON `milestone_dependencies` (`depends_on_id`);--> statement-breakpoint
CREATE TABLE `milestone_replans` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`milestone_id` integer NOT NULL,
	`previous_date` text NOT NULL,
	`planned_date` text NOT NULL,
	`reason` text NOT NULL,
	`changed_by` text NOT NULL,
	`changed_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`milestone_id`) REFERENCES `milestones`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `milestone_replans_milestone_idx` ON `milestone_replans` (`milestone_id`,`changed_at`);--> statement-breakpoint
CREATE TABLE `milestones` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`comune_id` integer NOT NULL,
	`service_id` integer,
	`code` text,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`kind` text NOT NULL,
	`baseline_date` text NOT NULL,
	`planned_date` text NOT NULL,
	`actual_date` text,
	`owner` text DEFAULT '' NOT NULL,
	`progress` integer DEFAULT 0 NOT NULL,
	`visibility` text DEFAULT 'public' NOT NULL,
	`internal_note` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`comune_id`) REFERENCES `comuni`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `milestones_comune_idx` ON `milestones` (`comune_id`,`planned_date`);--> statement-breakpoint
CREATE INDEX `milestones_service_idx` ON `milestones` (`service_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `milestones_comune_code_idx` ON `milestones` (`comune_id`,`code`);--> statement-breakpoint
CREATE INDEX `milestones_open_idx` ON `milestones` (`planned_date`,`comune_id`) WHERE "milestones"."actual_date" IS NULL;--> statement-breakpoint
CREATE INDEX `milestones_actual_idx` ON `milestones` (`actual_date`);--> statement-breakpoint
CREATE TABLE `open_datasets` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`comune_id` integer NOT NULL,
	`title` text NOT NULL,
	`portal` text NOT NULL,
	`url` text NOT NULL,
	`license` text NOT NULL,
	`published_date` text NOT NULL,
	FOREIGN KEY (`comune_id`) REFERENCES `comuni`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `open_datasets_comune_title_idx` ON `open_datasets` (`comune_id`,`title`);--> statement-breakpoint
CREATE TABLE `platform_adoptions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`comune_id` integer NOT NULL,
	`platform` text NOT NULL,
	`state` text NOT NULL,
	`activation_date` text,
	`note` text DEFAULT '' NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`comune_id`) REFERENCES `comuni`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `platform_adoptions_comune_platform_idx` ON `platform_adoptions` (`comune_id`,`platform`);--> statement-breakpoint
CREATE TABLE `pnrr_measures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`comune_id` integer NOT NULL,
	`measure` text NOT NULL,
	`state` text NOT NULL,
	`amount_cents` integer DEFAULT 0 NOT NULL,
	`state_date` text,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`comune_id`) REFERENCES `comuni`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pnrr_measures_comune_measure_idx` ON `pnrr_measures` (`comune_id`,`measure`);--> statement-breakpoint
CREATE TABLE `catalogue_services` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`category` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`takes_payment` integer DEFAULT false NOT NULL,
	`needs_identity` integer DEFAULT false NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `catalogue_services_slug_unique` ON `catalogue_services` (`slug`);--> statement-breakpoint
CREATE TABLE `services` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`comune_id` integer NOT NULL,
	`catalogue_id` integer,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`category` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`office` text DEFAULT '' NOT NULL,
	`interactivity_level` integer DEFAULT 0 NOT NULL,
	`takes_payment` integer DEFAULT false NOT NULL,
	`needs_identity` integer DEFAULT false NOT NULL,
	`has_assisted_desk` integer DEFAULT false NOT NULL,
	`visibility` text DEFAULT 'public' NOT NULL,
	`internal_note` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`comune_id`) REFERENCES `comuni`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`catalogue_id`) REFERENCES `catalogue_services`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `services_comune_slug_idx` ON `services` (`comune_id`,`slug`);--> statement-breakpoint
CREATE INDEX `services_catalogue_idx` ON `services` (`catalogue_id`);--> statement-breakpoint
CREATE TABLE `stage_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`service_id` integer NOT NULL,
	`stage` text NOT NULL,
	`effective_date` text NOT NULL,
	`reason` text DEFAULT '' NOT NULL,
	`recorded_by` text NOT NULL,
	`recorded_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `stage_events_service_idx` ON `stage_events` (`service_id`,`effective_date`,`id`);--> statement-breakpoint
CREATE TABLE `comuni` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`istat_code` text NOT NULL,
	`name` text NOT NULL,
	`province_code` text NOT NULL,
	`region` text NOT NULL,
	`population` integer NOT NULL,
	`consortium_id` integer NOT NULL,
	`ipa_code` text NOT NULL,
	`take_up_target` real DEFAULT 0.8 NOT NULL,
	`assisted_desk` text,
	`figures_illustrative` integer DEFAULT false NOT NULL,
	`internal_note` text,
	`version` integer DEFAULT 1 NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`consortium_id`) REFERENCES `consortia`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `comuni_istat_code_unique` ON `comuni` (`istat_code`);--> statement-breakpoint
CREATE INDEX `comuni_consortium_idx` ON `comuni` (`consortium_id`,`name`);--> statement-breakpoint
CREATE TABLE `consortia` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`ipa_code` text NOT NULL,
	`city` text NOT NULL,
	`website` text,
	`description` text DEFAULT '' NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `consortia_slug_unique` ON `consortia` (`slug`);--> statement-breakpoint
CREATE TABLE `comune_month_totals` (
	`comune_id` integer NOT NULL,
	`visibility` text NOT NULL,
	`month` text NOT NULL,
	`services` integer NOT NULL,
	`online` integer NOT NULL,
	`assisted` integer NOT NULL,
	`paper` integer NOT NULL,
	`payments_total` integer NOT NULL,
	`payments_total_n` integer NOT NULL,
	`payments_pagopa` integer NOT NULL,
	`payments_pagopa_n` integer NOT NULL,
	`satisfaction_1` integer NOT NULL,
	`satisfaction_2` integer NOT NULL,
	`satisfaction_3` integer NOT NULL,
	`satisfaction_4` integer NOT NULL,
	`satisfaction_5` integer NOT NULL,
	`cost_cents` integer NOT NULL,
	`cost_n` integer NOT NULL,
	PRIMARY KEY(`comune_id`, `visibility`, `month`)
);
--> statement-breakpoint
CREATE TABLE `region_month_totals` (
	`region` text NOT NULL,
	`visibility` text NOT NULL,
	`month` text NOT NULL,
	`services` integer NOT NULL,
	`online` integer NOT NULL,
	`assisted` integer NOT NULL,
	`paper` integer NOT NULL,
	`payments_total` integer NOT NULL,
	`payments_total_n` integer NOT NULL,
	`payments_pagopa` integer NOT NULL,
	`payments_pagopa_n` integer NOT NULL,
	`satisfaction_1` integer NOT NULL,
	`satisfaction_2` integer NOT NULL,
	`satisfaction_3` integer NOT NULL,
	`satisfaction_4` integer NOT NULL,
	`satisfaction_5` integer NOT NULL,
	`cost_cents` integer NOT NULL,
	`cost_n` integer NOT NULL,
	PRIMARY KEY(`region`, `visibility`, `month`)
);
--> statement-breakpoint
CREATE TABLE `region_stage_counts` (
	`region` text NOT NULL,
	`visibility` text NOT NULL,
	`stage` text NOT NULL,
	`services` integer NOT NULL,
	PRIMARY KEY(`region`, `visibility`, `stage`)
);
--> statement-breakpoint
CREATE TABLE `rollup_pause` (
	`id` integer PRIMARY KEY NOT NULL
);
--> statement-breakpoint
CREATE TABLE `service_status` (
	`service_id` integer PRIMARY KEY NOT NULL,
	`comune_id` integer NOT NULL,
	`visibility` text NOT NULL,
	`stage` text,
	`stage_since` text,
	`stage_event_id` integer,
	`last_month` text,
	`recent` text DEFAULT '[]' NOT NULL,
	`last12` text DEFAULT '[0,0,0]' NOT NULL
);
--> statement-breakpoint
CREATE INDEX `service_status_since_idx` ON `service_status` (`stage_since`);