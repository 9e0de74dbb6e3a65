import { z } from 'zod';
import { ACCOUNT_LIMITS } from './limits';
import { MESSAGES, token } from './messages';
import { istatCode, slug, takeUpTarget } from './schemas';
import { category } from './schemas-editing';
import {
  entityId,
  flag,
  internalNote,
  optionalText,
  requiredText,
  rowVersion,
  TEXT_LIMITS,
  wholeNumber,
} from './schemas-fields';

/** Inputs of the consortium administration forms: users, comuni thresholds, catalogue. */

/** Who a user is (same codes as the database's `users.role`). */
export const USER_ROLES = ['admin', 'editor', 'council'] as const;
export type UserRole = (typeof USER_ROLES)[number];

/** An email address, lower-cased and trimmed as the login stores it. */
export const email = z
  .string({ error: MESSAGES.emailRequired })
  .trim()
  .toLowerCase()
  .max(ACCOUNT_LIMITS.emailChars, MESSAGES.emailTooLong)
  .pipe(z.email({ error: MESSAGES.emailInvalid }));

const { passwordMinChars, passwordMaxChars } = ACCOUNT_LIMITS;
export const password = z
  .string({ error: MESSAGES.passwordRequired })
  .min(passwordMinChars, token('passwordMin', { min: passwordMinChars }))
  .max(passwordMaxChars, token('passwordTooLong', { max: passwordMaxChars }));

/**
 * A new account of the admin's consortium. Council members (mayors, councillors) belong to one
 * or more comuni; staff (editors, admins) reach the whole consortium and list none.
 * Without a password one is generated and shown once.
 */
const userRole = z.enum(USER_ROLES, { error: MESSAGES.roleInvalid });
const userComuni = z.array(istatCode, { error: MESSAGES.comuniListInvalid }).max(100, MESSAGES.comuniMax).default([]);

/** Council members list their comuni; staff list none. */
function checkRoleComuni(input: { role: UserRole; comuni: readonly string[] }, ctx: z.RefinementCtx): void {
  if (input.role === 'council' && input.comuni.length === 0) {
    ctx.addIssue({ code: 'custom', path: ['comuni'], message: MESSAGES.councilNeedsComune });
  }
  if (input.role !== 'council' && input.comuni.length > 0) {
    ctx.addIssue({ code: 'custom', path: ['comuni'], message: MESSAGES.staffNoComuni });
  }
}

export const createUserInput = z
  .object({
    email,
    name: requiredText(TEXT_LIMITS.name, MESSAGES.nameRequired),
    role: userRole,
    comuni: userComuni,
    password: password.optional(),
  })
  .superRefine(checkRoleComuni);
export type CreateUserInput = z.input<typeof createUserInput>;

/** An account of the admin's consortium, named with the version the screen showed. */
export const disableUserInput = z.object({ id: entityId, version: rowVersion });
/** The same, for a password reset or enabling the account again. */
export const userVersionInput = disableUserInput;

/** A new role and comuni for an account of the admin's consortium (same rules as a new account). */
export const updateUserInput = z
  .object({ id: entityId, version: rowVersion, role: userRole, comuni: userComuni })
  .superRefine(checkRoleComuni);
export type UpdateUserInput = z.input<typeof updateUserInput>;

/** A comune's switch-off thresholds and notes, set by the consortium's admins. */
export const comuneSettingsInput = z.object({
  takeUpTarget,
  assistedDesk: optionalText(TEXT_LIMITS.assistedDesk)
    .nullable()
    .transform((v) => (v === null || v === '' ? null : v)),
  internalNote,
  version: rowVersion,
});
export type ComuneSettingsInput = z.input<typeof comuneSettingsInput>;

export const catalogueFields = {
  name: requiredText(TEXT_LIMITS.name, MESSAGES.nameRequired),
  category,
  description: optionalText(TEXT_LIMITS.description),
  takesPayment: flag,
  needsIdentity: flag,
};

export const createCatalogueEntryInput = z.object({
  slug,
  ...catalogueFields,
  description: catalogueFields.description.default(''),
  takesPayment: flag.default(false),
  needsIdentity: flag.default(false),
});
export type CreateCatalogueEntryInput = z.input<typeof createCatalogueEntryInput>;

/** Changes to a catalogue entry; its slug is how comuni compare, so it stays. */
export const updateCatalogueEntryInput = z.object({
  slug,
  version: rowVersion,
  ...z.object(catalogueFields).partial().shape,
});
export type UpdateCatalogueEntryInput = z.input<typeof updateCatalogueEntryInput>;

/** The languages an account's emails are written in (same codes as `users.language`). */
export const EMAIL_LANGUAGES = ['it', 'en'] as const;

/** What the logged-in person sets for their own emails. */
export const emailPreferencesInput = z.object({
  emailDigest: z.boolean({ error: MESSAGES['input.invalid'] }),
  emailAlerts: z.boolean({ error: MESSAGES['input.invalid'] }),
  language: z.enum(EMAIL_LANGUAGES, { error: MESSAGES['input.invalid'] }),
});
export type EmailPreferencesInput = z.input<typeof emailPreferencesInput>;

/** One row by id: a private calendar address to revoke, a failed email to try again. */
export const rowIdInput = z.object({ id: entityId });

/**
 * The states the admins' outbox list tells apart: `retrying` is a pending message that has
 * already failed at least once, `sending` one claimed by the loop right now.
 */
export const OUTBOX_VIEWS = ['pending', 'retrying', 'sending', 'sent', 'failed'] as const;
export type OutboxView = (typeof OUTBOX_VIEWS)[number];

/** A page of the admins' outbox list, all states or one. */
export const outboxListInput = z
  .object({
    state: z.enum(OUTBOX_VIEWS, { error: MESSAGES['input.invalid'] }).optional(),
    page: wholeNumber(1, 1_000_000, { invalid: MESSAGES['input.invalid'] }).default(1),
  })
  .default({ page: 1 });
