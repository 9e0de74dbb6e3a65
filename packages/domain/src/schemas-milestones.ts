import { z } from 'zod';
import { MESSAGES, token } from './messages';
import { slug } from './schemas';
import { milestoneKind, progress, visibility } from './schemas-editing';
import {
  changeReason,
  dateFieldIssues,
  editDate,
  entityId,
  internalNote,
  optionalText,
  pastDateIssue,
  replanDateIssue,
  requiredText,
  rowVersion,
  TEXT_LIMITS,
} from './schemas-fields';

/** Inputs of the milestone forms and of a milestones file's rows (see schemas-editing.ts for the others). */

const MAX_DEPENDENCIES = 50;
const dependsOn = z
  .array(entityId, { error: MESSAGES.milestoneListInvalid })
  .max(MAX_DEPENDENCIES, token('maxDependencies', { max: MAX_DEPENDENCIES }))
  .refine((ids) => new Set(ids).size === ids.length, MESSAGES.dependencyTwice);

export const milestoneFields = {
  title: requiredText(TEXT_LIMITS.title, MESSAGES.titleRequired),
  description: optionalText(TEXT_LIMITS.description),
  kind: milestoneKind,
  /** The service it concerns; null for the comune as a whole. */
  service: slug.nullable(),
  owner: optionalText(TEXT_LIMITS.owner),
  progress,
  visibility,
  internalNote,
  dependsOn,
};

/** A new milestone; the baseline is the planned date unless given, and never changes after. */
export const createMilestoneInput = z.object({
  ...milestoneFields,
  description: milestoneFields.description.default(''),
  service: milestoneFields.service.default(null),
  owner: milestoneFields.owner.default(''),
  progress: progress.default(0),
  visibility: visibility.default('public'),
  internalNote: internalNote.default(null),
  dependsOn: dependsOn.default([]),
  plannedDate: editDate,
  baselineDate: editDate.optional(),
});
export type CreateMilestoneInput = z.input<typeof createMilestoneInput>;

/** Changes to a milestone other than its dates (re-plan and complete have their own). */
export const updateMilestoneInput = z.object({
  id: entityId,
  version: rowVersion,
  ...z.object(milestoneFields).partial().shape,
});
export type UpdateMilestoneInput = z.input<typeof updateMilestoneInput>;

export const replanMilestoneInput = z.object({
  id: entityId,
  plannedDate: editDate,
  reason: changeReason,
  version: rowVersion,
});
export type ReplanMilestoneInput = z.input<typeof replanMilestoneInput>;

/** A re-plan's date: from today on. */
export const replanMilestoneIssues = dateFieldIssues('plannedDate', replanDateIssue);

/** Annuls the latest re-plan in force of a milestone, restoring the plan it replaced, with a reason. */
export const annulReplanInput = z.object({
  id: entityId,
  reason: changeReason,
  version: rowVersion,
});
export type AnnulReplanInput = z.input<typeof annulReplanInput>;

export const completeMilestoneInput = z.object({
  id: entityId,
  actualDate: editDate,
  version: rowVersion,
});
export type CompleteMilestoneInput = z.input<typeof completeMilestoneInput>;

export const completeMilestoneIssues = dateFieldIssues('actualDate', pastDateIssue);
