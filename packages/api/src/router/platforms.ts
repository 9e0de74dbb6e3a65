import { setPlatformInput, setPlatformIssues, setPnrrInput, setPnrrIssues } from '@switchoff/domain/schemas';
import { comuneProcedure, router } from '../trpc';
import { setPlatform, setPnrr } from '../writes/platforms';
import { writeComuneEdit } from './comune-edit';

export const platformsRouter = router({
  /** The state of one national platform (ANPR: inattivo, presubentro, subentro). */
  set: comuneProcedure('edit').input(setPlatformInput).mutation(writeComuneEdit(setPlatform, setPlatformIssues)),
});

export const pnrrRouter = router({
  /** The state and funding of one PNRR measure. */
  set: comuneProcedure('edit').input(setPnrrInput).mutation(writeComuneEdit(setPnrr, setPnrrIssues)),
});
