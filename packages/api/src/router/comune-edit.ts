import type { SessionUser } from '../access';
import type { ComuneRow } from '../reads/lookup';
import { authorOf } from '../writes/audit';

/**
 * What a procedure on a comune's data hands its write: the comune, who writes (for the audit
 * log), today, the consortium that publishes the change, and the checked input.
 */
export function comuneEdit<I>(
  ctx: { comune: ComuneRow; user: SessionUser; today: () => string; consortium: { name: string } },
  input: I,
) {
  return { comune: ctx.comune, author: authorOf(ctx.user), today: ctx.today(), publisher: ctx.consortium.name, input };
}
