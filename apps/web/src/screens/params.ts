import { checkIstatCode, checkSlug as checkSlugRule } from '@switchoff/domain';

/** An ISTAT code from the address, checked before asking the API (same rule as the server). */
export const checkIstat = (value: string | undefined) => checkIstatCode(value ?? '');
/** A slug from the address, checked before asking the API. */
export const checkSlug = (value: string | undefined) => checkSlugRule(value ?? '');
