import { MESSAGES } from '@switchoff/domain';
import { IMPORT_KINDS } from '@switchoff/domain/formats';
import { editMonth } from '@switchoff/domain/schemas';
import { z } from 'zod';
import { exportCsv } from '../data-io/export';
import { dataScopeProcedure, router } from '../trpc';

/** Spreadsheet exports for the consortium's staff, in the shape imports read (internal items included). */
export const exportsRouter = router({
  csv: dataScopeProcedure
    .input(
      z.object({
        kind: z.enum(IMPORT_KINDS, { error: MESSAGES['import.kindInvalid'] }),
        from: editMonth.optional(),
        to: editMonth.optional(),
      }),
    )
    .query(({ ctx, input }) =>
      exportCsv(ctx.db, { kind: input.kind, scope: ctx.scope, today: ctx.today(), from: input.from, to: input.to }),
    ),
});
