import { istatCode, slug } from '@switchoff/domain/schemas';

type Checked = { ok: true; value: string } | { ok: false; message: string };

function check(schema: typeof istatCode | typeof slug, value: string | undefined): Checked {
  const parsed = schema.safeParse(value ?? '');
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, message: parsed.error.issues[0]?.message ?? '' };
}

/** An ISTAT code from the address, checked before asking the API (same rule as the server). */
export const checkIstat = (value: string | undefined) => check(istatCode, value);
/** A slug from the address, checked before asking the API. */
export const checkSlug = (value: string | undefined) => check(slug, value);
