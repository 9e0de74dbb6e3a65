import type { Db } from '@switchoff/db';
import type { FieldIssue } from '@switchoff/domain/schemas';
import type { SessionUser } from '../access';
import { refuseIssues } from '../errors';
import type { ComuneRow } from '../reads/lookup';
import { authorOf } from '../writes/audit';
import type { EditParams } from '../writes/edit-params';

/**
 * What a procedure on a comune's data hands its write: the comune, who writes (for the audit
 * log), today, the consortium that publishes the change, and the checked input.
 */
export function comuneEdit<I>(
  ctx: { comune: ComuneRow; user: SessionUser; today: () => string; consortium: { name: string } },
  input: I,
): EditParams & { input: I } {
  return { comune: ctx.comune, author: authorOf(ctx.user), today: ctx.today(), publisher: ctx.consortium.name, input };
}

/**
 * The resolver of an edit of a comune's data: the input, checked by the procedure's schema, is
 * checked again by the rules that depend on today (`issuesOf`, shared with the forms), then
 * written by `write` with `comuneEdit`'s parameters.
 */
export function writeComuneEdit<I, R>(
  write: (db: Db, params: EditParams & { input: I }) => R,
  issuesOf?: (input: I, today: string) => FieldIssue[],
) {
  return ({ ctx, input }: { ctx: Parameters<typeof comuneEdit>[0] & { db: Db }; input: I }): R => {
    if (issuesOf) refuseIssues(issuesOf(input, ctx.today()));
    return write(ctx.db, comuneEdit(ctx, input));
  };
}
