import catalogue from 'virtual:catalogue/en';
import type { Messages } from './it';

/** English strings (`catalogue/en/*.json`), same shape as the Italian ones. */
export const en: Messages = catalogue;
