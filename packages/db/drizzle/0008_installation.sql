CREATE TABLE `installation` (
	`id` integer PRIMARY KEY NOT NULL,
	`mode` text NOT NULL,
	`decided_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
--> statement-breakpoint
ALTER TABLE `comuni` ADD `archived_at` text;--> statement-breakpoint
ALTER TABLE `consortia` ADD `contact_email` text;--> statement-breakpoint
ALTER TABLE `consortia` ADD `telephone` text;--> statement-breakpoint
ALTER TABLE `consortia` ADD `demo` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `consortia` ADD `version` integer DEFAULT 1 NOT NULL;--> statement-breakpoint
-- A database filled before this migration: the consortia whose comuni carry illustrative figures are the demo's (or the generator's).
UPDATE `consortia` SET `demo` = 1 WHERE `id` IN (SELECT `consortium_id` FROM `comuni` WHERE `figures_illustrative` = 1);--> statement-breakpoint
INSERT INTO `installation` (`id`, `mode`) SELECT 1, CASE WHEN EXISTS (SELECT 1 FROM `consortia` WHERE `demo` = 0) THEN 'real' ELSE 'demo' END WHERE EXISTS (SELECT 1 FROM `consortia`);
