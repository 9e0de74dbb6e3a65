import type { Platform, PlatformState } from '@switchoff/domain';
import { prepared } from '../prepared';
import type { pnrrMeasures } from '../schema';

type PnrrRow = typeof pnrrMeasures.$inferSelect;

/*
 * Platform adoptions, read by every screen of a comune and by the portfolio: prepared once, one
 * statement for one comune and one for any list of them (a JSON list), so no SQL is built per read.
 */

/** A platform adoption as the screens read it. */
export type PlatformRow = {
  comuneId: number;
  platform: Platform;
  state: PlatformState;
  activationDate: string | null;
  version: number;
};

/** The platform adoptions of several comuni, by a JSON list of ids. */
export const platformsOf = prepared<[string], PlatformRow>(
  `SELECT comune_id AS comuneId, platform, state, activation_date AS activationDate, version
  FROM platform_adoptions WHERE comune_id IN (SELECT value FROM json_each(?))`,
);

/** The platform adoptions of one comune. */
export const platformsOfComune = prepared<[number], PlatformRow>(
  `SELECT comune_id AS comuneId, platform, state, activation_date AS activationDate, version
  FROM platform_adoptions WHERE comune_id = ?`,
);

/** The PNRR measures of a comune, by measure. */
export const pnrrOf = prepared<
  [number],
  {
    measure: PnrrRow['measure'];
    state: PnrrRow['state'];
    amountCents: number;
    stateDate: string | null;
    version: number;
  }
>(
  `SELECT measure, state, amount_cents AS amountCents, state_date AS stateDate, version FROM pnrr_measures WHERE comune_id = ? ORDER BY measure`,
);
