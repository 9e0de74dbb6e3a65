import { CSV_LIMIT_MB, CSV_LIMITS, MESSAGES, token } from '@switchoff/domain';
import { IMPORT_KINDS } from '@switchoff/domain/formats';
import { z } from 'zod';
import { readOwnJob } from '../jobs/import-job';
import { authedProcedure, dataScopeProcedure, router } from '../trpc';
import { authorOf } from '../writes/audit';

const importInput = z.object({
  kind: z.enum(IMPORT_KINDS, { error: MESSAGES['import.kindInvalid'] }),
  csv: z
    .string({ error: MESSAGES['import.contentMissing'] })
    .max(CSV_LIMITS.chars, token('csv.fileTooLarge', { mb: CSV_LIMIT_MB })),
});

/**
 * Spreadsheet imports by the consortium's staff, for one comune or the whole consortium.
 * Preview is a mutation only because it carries the file; it writes nothing. Both run off the
 * thread that answers requests (the context's job runner): the commit answers at once with its
 * job, whose progress and outcome `job` reads.
 */
export const importsRouter = router({
  preview: dataScopeProcedure
    .input(importInput)
    .mutation(({ ctx, input }) =>
      ctx.jobs.preview({ kind: input.kind, scope: ctx.scope, csv: input.csv, today: ctx.today() }),
    ),
  commit: dataScopeProcedure
    .input(
      importInput.extend({
        fingerprint: z.string().regex(/^[0-9a-f]{64}$/, MESSAGES['import.fingerprintInvalid']),
        /** The name of the file on the editor's computer, for the change history. */
        fileName: z.string().trim().max(255).optional(),
      }),
    )
    .mutation(({ ctx, input }) => ({
      job: ctx.jobs.startImport(
        {
          kind: input.kind,
          scope: ctx.scope,
          csv: input.csv,
          today: ctx.today(),
          fingerprint: input.fingerprint,
          fileName: input.fileName,
          author: authorOf(ctx.user),
        },
        ctx.now(),
      ),
    })),
  /** An import job of the caller's: its phase, rows done out of the total, and its outcome (result or coded error). */
  job: authedProcedure
    .input(z.object({ id: z.uuid({ error: MESSAGES['job.notFound'] }) }))
    .query(({ ctx, input }) => readOwnJob(ctx.jobs.store, input.id, ctx.user.id)),
});
