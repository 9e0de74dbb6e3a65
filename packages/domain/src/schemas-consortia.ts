import { z } from 'zod';
import { MESSAGES, token } from './messages';
import { istatCode, slug } from './schemas';
import { email } from './schemas-admin';
import { stage } from './schemas-editing';
import { editDate, flag, optionalText, requiredText, rowVersion, TEXT_LIMITS } from './schemas-fields';

/**
 * Inputs that set up an installation: consortia (with the contact point of their open data),
 * the comuni they track, taken from the ISTAT registry by code, and the services a comune offers.
 */

/**
 * An IPA code (Indice dei domicili digitali della Pubblica Amministrazione): letters, digits and
 * underscores, as iPA writes them (`c_h357` for a comune), lower-cased.
 */
export const IPA_CODE_PATTERN = /^[a-z0-9_]{2,30}$/;

export const ipaCode = z
  .string({ error: MESSAGES.ipaCodeInvalid })
  .trim()
  .toLowerCase()
  .regex(IPA_CODE_PATTERN, MESSAGES.ipaCodeInvalid);

const WEBSITE_MAX = 300;

/** True for an absolute http(s) address. */
function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.includes('.');
  } catch {
    return false;
  }
}

/** A website: empty means none (null); otherwise an http(s) address. */
export const website = z
  .string({ error: MESSAGES.websiteInvalid })
  .trim()
  .max(WEBSITE_MAX, token('tooLong', { max: WEBSITE_MAX }))
  .refine((v) => v === '' || isWebAddress(v), MESSAGES.websiteInvalid)
  .nullable()
  .transform((v) => (v === null || v === '' ? null : v));

/** A telephone number: empty means none (null); digits, spaces and + ( ) . / -, 6 to 15 digits. */
export const telephone = z
  .string({ error: MESSAGES.telephoneInvalid })
  .trim()
  .refine((v) => v === '' || (/^\+?[0-9 ()./-]+$/.test(v) && /^(?:\D*\d){6,15}\D*$/.test(v)), MESSAGES.telephoneInvalid)
  .nullable()
  .transform((v) => (v === null || v === '' ? null : v));

const CITY_MAX = 100;

/** What describes a consortium: its address in the app, names and the contact point of its open data. */
export const consortiumFields = {
  name: requiredText(TEXT_LIMITS.name, MESSAGES.nameRequired),
  ipaCode,
  city: requiredText(CITY_MAX, MESSAGES.cityRequired),
  website: website.optional(),
  contactEmail: email,
  telephone: telephone.optional(),
};

/** A new consortium. */
export const createConsortiumInput = z.object({ slug, ...consortiumFields });
export type CreateConsortiumInput = z.input<typeof createConsortiumInput>;

/**
 * What `switchoff init` is given: the first consortium and its first admin (an empty name
 * means the part of the email before @). Checked whole before anything is written.
 */
export const initInstallationInput = createConsortiumInput.extend({
  adminEmail: email,
  adminName: optionalText(TEXT_LIMITS.name).optional(),
});

/** A change to a consortium: only the fields given change; `version` guards a form's save. */
export const updateConsortiumInput = z.object({
  slug,
  version: rowVersion.optional(),
  ...z.object(consortiumFields).partial().shape,
});
export type UpdateConsortiumInput = z.input<typeof updateConsortiumInput>;

/**
 * A comune of the ISTAT registry taken on by a consortium (the admin's own unless the operator
 * names one). Its name, province, region, population and IPA code come from the registry; an
 * IPA code is given only for the few comuni the registry has none for.
 */
export const addComuneInput = z.object({ istat: istatCode, consortium: slug.optional(), ipaCode: ipaCode.optional() });
export type AddComuneInput = z.input<typeof addComuneInput>;

/** Archives a comune (hidden, its data kept) or brings it back. */
export const archiveComuneInput = z.object({ istat: istatCode, archived: flag, version: rowVersion });

/** Most services one setup adds at once (the catalogue holds a few dozen). */
export const MAX_SETUP_SERVICES = 100;

/** The services a comune offers, picked from the catalogue, each with its stage and since when. */
export const setupServicesInput = z.object({
  services: z
    .array(z.object({ catalogue: slug, stage, since: editDate }), { error: MESSAGES.catalogueRequired })
    .min(1, MESSAGES.catalogueRequired)
    .max(MAX_SETUP_SERVICES, token('maxServices', { max: MAX_SETUP_SERVICES }))
    .refine((list) => new Set(list.map((s) => s.catalogue)).size === list.length, MESSAGES.serviceTwice),
});
export type SetupServicesInput = z.input<typeof setupServicesInput>;
