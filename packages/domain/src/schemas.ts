import { z } from 'zod';
import { isIsoDate, isYearMonth } from './months';

/** The 6-digit ISTAT code of a comune, its public identifier. */
export const istatCode = z
  .string()
  .trim()
  .regex(/^\d{6}$/, 'Il codice ISTAT ha 6 cifre (es. 019081)');

export const slug = z
  .string()
  .trim()
  .min(1, 'Indirizzo vuoto')
  .max(80, 'Indirizzo troppo lungo (massimo 80 caratteri)')
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Solo lettere minuscole, cifre e trattini');

export const yearMonth = z.string().refine(isYearMonth, 'Mese nel formato AAAA-MM');

export const isoDate = z.string().refine(isIsoDate, 'Data reale nel formato AAAA-MM-GG');

export const consortiumRef = z.object({ slug });
export const comuneRef = z.object({ istat: istatCode });
export const serviceRef = z.object({ istat: istatCode, slug });
export const catalogueServiceRef = z.object({ consortium: slug, service: slug });
