-- The national summary's milestone counts read only indexes (src/reads/milestone-counts.ts):
-- the late ones from the open ones by planned date, the slipped and done late from those off their
-- baseline, the re-plans' milestones and services by id; each index holds every column read.
DROP INDEX `milestones_open_idx`;--> statement-breakpoint
CREATE INDEX `milestones_off_baseline_idx` ON `milestones` (`comune_id`,`visibility`,`service_id`,`baseline_date`,`planned_date`,`actual_date`) WHERE "milestones"."planned_date" > "milestones"."baseline_date" OR "milestones"."actual_date" > "milestones"."baseline_date";--> statement-breakpoint
CREATE INDEX `milestones_visibility_idx` ON `milestones` (`id`,`comune_id`,`visibility`,`service_id`);--> statement-breakpoint
CREATE INDEX `milestones_open_idx` ON `milestones` (`planned_date`,`comune_id`,`visibility`,`service_id`,`baseline_date`,`actual_date`) WHERE "milestones"."actual_date" IS NULL;--> statement-breakpoint
CREATE INDEX `services_visibility_idx` ON `services` (`id`,`visibility`);