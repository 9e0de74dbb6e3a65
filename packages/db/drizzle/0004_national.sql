CREATE TABLE `pnrr_application_states` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`application_id` integer NOT NULL,
	`state` text NOT NULL,
	`state_date` text NOT NULL,
	`snapshot_date` text NOT NULL,
	`recorded_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`application_id`) REFERENCES `pnrr_applications`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `pnrr_application_states_application_idx` ON `pnrr_application_states` (`application_id`);--> statement-breakpoint
CREATE TABLE `pnrr_applications` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`istat_code` text NOT NULL,
	`measure` text NOT NULL,
	`call` text NOT NULL,
	`project_key` text NOT NULL,
	`cup` text,
	`ipa_code` text NOT NULL,
	`state` text NOT NULL,
	`state_date` text NOT NULL,
	`amount_cents` integer NOT NULL,
	`snapshot_date` text NOT NULL,
	`created_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL,
	FOREIGN KEY (`istat_code`) REFERENCES `registry_comuni`(`istat_code`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `pnrr_applications_key_idx` ON `pnrr_applications` (`istat_code`,`measure`,`call`,`project_key`);--> statement-breakpoint
CREATE INDEX `pnrr_applications_measure_idx` ON `pnrr_applications` (`measure`,`state`);--> statement-breakpoint
CREATE TABLE `registry_comuni` (
	`istat_code` text PRIMARY KEY NOT NULL,
	`name` text NOT NULL,
	`search_key` text NOT NULL,
	`province_code` text NOT NULL,
	`province_istat` text NOT NULL,
	`province_name` text NOT NULL,
	`region_code` text NOT NULL,
	`region_name` text NOT NULL,
	`population` integer,
	`ipa_code` text,
	`former_istat` text
);
--> statement-breakpoint
CREATE INDEX `registry_comuni_province_idx` ON `registry_comuni` (`province_istat`);--> statement-breakpoint
CREATE INDEX `registry_comuni_former_idx` ON `registry_comuni` (`former_istat`);