import { MESSAGES, type MessageToken } from './messages';

/*
 * The rules of the public identifiers in addresses, without zod: schemas.ts builds its zod
 * schemas on them, and the SPA checks an address with them before asking the API, on screens
 * that load no form code.
 */

/** The 6-digit ISTAT code of a comune. */
export const ISTAT_CODE_PATTERN = /^\d{6}$/;
/** An address (slug): lower-case letters and digits in words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
export const SLUG_MAX_LENGTH = 80;

export type IdentifierCheck = { ok: true; value: string } | { ok: false; message: MessageToken };

/** An ISTAT code, trimmed, as `istatCode` accepts it; else its message. */
export function checkIstatCode(value: string): IdentifierCheck {
  const trimmed = value.trim();
  return ISTAT_CODE_PATTERN.test(trimmed) ? { ok: true, value: trimmed } : { ok: false, message: MESSAGES.istatCode };
}

/** A slug, trimmed, as `slug` accepts it; else the first message the schema would give. */
export function checkSlug(value: string): IdentifierCheck {
  const trimmed = value.trim();
  if (trimmed.length < 1) return { ok: false, message: MESSAGES.slugEmpty };
  if (trimmed.length > SLUG_MAX_LENGTH) return { ok: false, message: MESSAGES.slugTooLong };
  if (!SLUG_PATTERN.test(trimmed)) return { ok: false, message: MESSAGES.slugChars };
  return { ok: true, value: trimmed };
}
