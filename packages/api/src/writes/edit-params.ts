import type { z } from 'zod';
import type { ComuneRow } from '../reads/lookup';
import type { Author } from './audit';

/**
 * What every edit of a comune's data is given: the comune, who edits (for the audit log), today,
 * and the consortium that publishes the change (what a public page shows as "recorded by").
 */
export type EditParams = { comune: ComuneRow; author: Author; today: string; publisher: string };

/** An edit's parameters with the input its zod schema `S` checked. */
export type EditOf<S extends z.ZodType> = EditParams & { input: z.output<S> };
