import { z } from 'zod';
import { CHANGE_KINDS } from './change-words';
import { MESSAGES, token } from './messages';
import { monthFiguresFields, slug, withPaymentRules } from './schemas';
import {
  changeReason,
  closedMonthIssue,
  dateFieldIssues,
  editDate,
  editMonth,
  entityId,
  type FieldIssue,
  flag,
  internalNote,
  optionalText,
  pastDateIssue,
  plannedDateIssue,
  requiredText,
  rowVersion,
  TEXT_LIMITS,
  wholeNumber,
} from './schemas-fields';
import {
  ALL_PLATFORM_STATES,
  CATEGORY_CODES,
  MILESTONE_KINDS,
  PLATFORMS,
  PNRR_MEASURES,
  PNRR_STATES,
  platformStates,
  STAGES,
  VISIBILITIES,
} from './vocabulary';

/**
 * Inputs of the editing forms (without the comune's ISTAT code, which the page already has).
 * The API validates every mutation with these same schemas; rules that depend on today's date
 * are plain functions (`…Issues(input, today)`) that both the API and the forms run.
 */

export const stage = z.enum(STAGES, { error: MESSAGES.stageInvalid });
export const category = z.enum(CATEGORY_CODES, { error: MESSAGES.categoryInvalid });
export const visibility = z.enum(VISIBILITIES, { error: MESSAGES.visibilityInvalid });
/** A milestone's kind: an empty choice says to choose one, anything else that it is not a kind. */
export const milestoneKind = z.enum(MILESTONE_KINDS, {
  error: (issue) =>
    issue.input === '' || issue.input === undefined ? MESSAGES.milestoneKindRequired : MESSAGES.milestoneKindInvalid,
});
export const interactivityLevel = wholeNumber(0, 5, { invalid: MESSAGES.levelRange });
export const progress = wholeNumber(0, 100, { invalid: MESSAGES.progressRange, fraction: MESSAGES.progressWhole });

const name = requiredText(TEXT_LIMITS.name, MESSAGES.nameRequired);

// ── Services ─────────────────────────────────────────────────────────────────────────────────

export const recordStageInput = z.object({
  slug,
  stage,
  effectiveDate: editDate,
  reason: changeReason,
  version: rowVersion,
});
export type RecordStageInput = z.input<typeof recordStageInput>;

export const recordStageIssues = dateFieldIssues('effectiveDate', plannedDateIssue);

/** The fields of a comune's service a form may change (the slug is its address and stays). */
export const serviceFields = {
  name,
  category,
  description: optionalText(TEXT_LIMITS.description),
  office: optionalText(TEXT_LIMITS.office),
  interactivityLevel,
  takesPayment: flag,
  needsIdentity: flag,
  hasAssistedDesk: flag,
  visibility,
  internalNote,
};

/** The names of those fields: what a service's form sends and what a save compares and audits. */
export type ServiceFieldKey = keyof typeof serviceFields;
export const SERVICE_FIELD_KEYS = Object.keys(serviceFields) as ServiceFieldKey[];

/**
 * A new service of the comune: from the catalogue (`catalogue`, whose name, category and flags
 * are the defaults) or a new one (then `slug`, `name` and `category` are required).
 * It starts at `stage` (paper unless said) on `effectiveDate` (today unless said).
 */
export const createServiceInput = z
  .object({
    catalogue: slug.optional(),
    slug: slug.optional(),
    ...z.object(serviceFields).partial().shape,
    stage: stage.default('paper'),
    effectiveDate: editDate.optional(),
  })
  .superRefine((input, ctx) => {
    if (input.catalogue) return;
    const missing = [
      ['slug', MESSAGES.serviceSlugRequired],
      ['name', MESSAGES.nameRequired],
      ['category', MESSAGES.categoryRequired],
    ] as const;
    for (const [field, message] of missing) {
      if (input[field] === undefined) ctx.addIssue({ code: 'custom', path: [field], message });
    }
  });
export type CreateServiceInput = z.input<typeof createServiceInput>;

export const createServiceIssues = dateFieldIssues('effectiveDate', plannedDateIssue);

export const updateServiceInput = z.object({
  slug,
  version: rowVersion,
  ...z.object(serviceFields).partial().shape,
});
export type UpdateServiceInput = z.input<typeof updateServiceInput>;

// ── Monthly figures ──────────────────────────────────────────────────────────────────────────

/** How many months one save of the grid may carry (ten years). */
export const MAX_MONTH_ROWS = 120;

/** One month of the grid; `version` is absent for a month that had no figures yet. */
export const figuresRowInput = withPaymentRules(
  z.object({ ...monthFiguresFields, month: editMonth, version: rowVersion.optional() }),
);
export type FiguresRowInput = z.input<typeof figuresRowInput>;

export const saveMonthsInput = z.object({
  slug,
  rows: z
    .array(figuresRowInput, { error: MESSAGES.monthListInvalid })
    .min(1, MESSAGES.noMonths)
    .max(MAX_MONTH_ROWS, token('maxMonths', { max: MAX_MONTH_ROWS }))
    .superRefine((rows, ctx) => {
      const seen = new Set<string>();
      rows.forEach((row, index) => {
        if (seen.has(row.month)) {
          ctx.addIssue({
            code: 'custom',
            path: [index, 'month'],
            message: token('monthRepeated', { month: row.month }),
          });
        }
        seen.add(row.month);
      });
    }),
});
export type SaveMonthsInput = z.input<typeof saveMonthsInput>;

export function saveMonthsIssues(input: { rows: readonly { month: string }[] }, today: string): FieldIssue[] {
  return input.rows.flatMap((row, index) => {
    const issue = closedMonthIssue(row.month, today);
    return issue ? [{ path: ['rows', index, 'month'], message: issue }] : [];
  });
}

/** The service whose month-by-channel grid to load. */
export const figuresGridInput = z.object({ slug });

// ── National platforms and PNRR ──────────────────────────────────────────────────────────────

/** The version of a row that may not exist yet: null (or absent) when recording it first. */
const versionOrNew = rowVersion.nullable().default(null);

export const setPlatformInput = z
  .object({
    platform: z.enum(PLATFORMS, { error: MESSAGES.platformInvalid }),
    state: z.enum(ALL_PLATFORM_STATES, { error: MESSAGES.stateInvalid }),
    activationDate: editDate.nullable().default(null),
    version: versionOrNew,
  })
  .superRefine((input, ctx) => {
    const allowed = platformStates(input.platform);
    if (!allowed.includes(input.state)) {
      ctx.addIssue({
        code: 'custom',
        path: ['state'],
        message: token('platformStateInvalid', { states: allowed.join(', ') }),
      });
    }
  });
export type SetPlatformInput = z.input<typeof setPlatformInput>;

export const setPlatformIssues = dateFieldIssues('activationDate', plannedDateIssue);

/** At most one billion euro, in cents. */
const MAX_AMOUNT_CENTS = 100_000_000_000;

export const setPnrrInput = z.object({
  measure: z.enum(PNRR_MEASURES, { error: MESSAGES.pnrrMeasureInvalid }),
  state: z.enum(PNRR_STATES, { error: MESSAGES.stateInvalid }),
  amountCents: wholeNumber(0, MAX_AMOUNT_CENTS, {
    invalid: MESSAGES.amountRequired,
    fraction: MESSAGES.amountWholeCents,
    below: MESSAGES.amountNegative,
    above: MESSAGES.amountTooBig,
  }),
  stateDate: editDate.nullable().default(null),
  version: versionOrNew,
});
export type SetPnrrInput = z.input<typeof setPnrrInput>;

export const setPnrrIssues = dateFieldIssues('stateDate', pastDateIssue);

// ── Comments and history ─────────────────────────────────────────────────────────────────────

/** A comment on the comune, or on one of its services or milestones (not both). */
export const addCommentInput = z
  .object({
    body: requiredText(TEXT_LIMITS.body, MESSAGES.commentRequired),
    service: slug.optional(),
    milestoneId: entityId.optional(),
  })
  .refine((c) => c.service === undefined || c.milestoneId === undefined, {
    error: MESSAGES.commentOneTarget,
    path: ['milestoneId'],
  });
export type AddCommentInput = z.input<typeof addCommentInput>;

export const serviceHistoryInput = z.object({ slug });
export const milestoneHistoryInput = z.object({ id: entityId });
/**
 * A month of changes (the current one when absent), of one kind and by one person when asked
 * (`person`: the author as the history names them, "Name <email>").
 */
export const monthHistoryInput = z.object({
  month: editMonth.optional(),
  kind: z.enum(CHANGE_KINDS, { error: MESSAGES.changeKindInvalid }).optional(),
  person: z
    .string({ error: MESSAGES.personInvalid })
    .trim()
    .min(1, MESSAGES.personInvalid)
    .max(400, MESSAGES.personInvalid)
    .optional(),
});
