import { CSV_LIMIT_MB, CSV_LIMITS, MESSAGES, token } from '@switchoff/domain';
import { IMPORT_KINDS } from '@switchoff/domain/formats';
import { z } from 'zod';
import { applyImport, previewImport } from '../data-io/import';
import { dataScopeProcedure, router } from '../trpc';
import { authorOf } from '../writes/audit';

const importInput = z.object({
  kind: z.enum(IMPORT_KINDS, { error: MESSAGES['import.kindInvalid'] }),
  csv: z
    .string({ error: MESSAGES['import.contentMissing'] })
    .max(CSV_LIMITS.chars, token('csv.fileTooLarge', { mb: CSV_LIMIT_MB })),
});

/**
 * Spreadsheet imports by the consortium's staff, for one comune or the whole consortium.
 * Preview is a mutation only because it carries the file; it writes nothing.
 */
export const importsRouter = router({
  preview: dataScopeProcedure
    .input(importInput)
    .mutation(({ ctx, input }) =>
      previewImport(ctx.db, { kind: input.kind, scope: ctx.scope, csv: input.csv, today: ctx.today() }),
    ),
  commit: dataScopeProcedure
    .input(
      importInput.extend({
        fingerprint: z.string().regex(/^[0-9a-f]{64}$/, MESSAGES['import.fingerprintInvalid']),
        /** The name of the file on the editor's computer, for the change history. */
        fileName: z.string().trim().max(255).optional(),
      }),
    )
    .mutation(({ ctx, input }) =>
      applyImport(ctx.db, {
        kind: input.kind,
        scope: ctx.scope,
        csv: input.csv,
        today: ctx.today(),
        fingerprint: input.fingerprint,
        fileName: input.fileName,
        author: authorOf(ctx.user),
      }),
    ),
});
