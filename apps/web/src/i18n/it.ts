import catalogue from 'virtual:catalogue/it';

/**
 * Every visible string of the SPA, in Italian (the default language): the catalogue in
 * `catalogue/it/*.json`, compiled at build time (vite-catalogue.ts). English has the same shape.
 */
export const it = catalogue;

/** The shape every language must provide. */
export type Messages = typeof it;
