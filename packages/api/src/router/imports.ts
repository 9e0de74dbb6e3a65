import { IMPORT_KINDS } from '@switchoff/domain/formats';
import { z } from 'zod';
import { CSV_LIMITS } from '../data-io/csv-read';
import { applyImport, previewImport } from '../data-io/import';
import { dataScopeProcedure, router } from '../trpc';
import { authorOf } from '../writes/audit';

const importInput = z.object({
  kind: z.enum(IMPORT_KINDS, { error: 'Tipo di file: figures (dati mensili) o milestones (traguardi)' }),
  csv: z
    .string({ error: 'Il contenuto del file manca' })
    .max(CSV_LIMITS.chars, `File troppo grande: al più ${CSV_LIMITS.chars / 1024 / 1024} MB; dividilo in più file`),
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
        fingerprint: z.string().regex(/^[0-9a-f]{64}$/, 'Impronta dell’anteprima non valida: ripeti l’anteprima'),
      }),
    )
    .mutation(({ ctx, input }) =>
      applyImport(ctx.db, {
        kind: input.kind,
        scope: ctx.scope,
        csv: input.csv,
        today: ctx.today(),
        fingerprint: input.fingerprint,
        author: authorOf(ctx.user),
      }),
    ),
});
