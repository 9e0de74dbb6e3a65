import { type Db, writeTransaction } from '@switchoff/db';
import { pastDateIssue, type setupServicesInput } from '@switchoff/domain/schemas';
import type { z } from 'zod';
import { refuseIssues } from '../errors';
import type { ComuneRow } from '../reads/lookup';
import type { Author } from './audit';
import { insertService, type ServiceItem } from './services';

/**
 * The services a comune offers, picked from the catalogue, each at its current stage since the
 * date given: all added in one transaction, or none (a date in the future, an entry unknown or
 * already offered refuses the whole form, naming the row).
 */
export function setupServices(
  db: Db,
  params: {
    comune: ComuneRow;
    author: Author;
    today: string;
    publisher: string;
    input: z.output<typeof setupServicesInput>;
  },
): ServiceItem[] {
  const { input, today } = params;
  refuseIssues(
    input.services.flatMap((s, i) => {
      const issue = pastDateIssue(s.since, today);
      return issue ? [{ path: ['services', i, 'since'], message: issue }] : [];
    }),
  );
  return writeTransaction(db, (tx) =>
    input.services.map((s) =>
      insertService(tx, { ...params, input: { catalogue: s.catalogue, stage: s.stage, effectiveDate: s.since } }),
    ),
  );
}
