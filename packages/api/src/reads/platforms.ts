import { type Db, idList } from '@switchoff/db';
import { type PlatformRow, platformsOf, platformsOfComune, pnrrOf } from '@switchoff/db/reads/platforms';
import { isPlatformActive, PLATFORMS, type Platform, type PlatformState } from '@switchoff/domain';
import { withInternal } from './visibility';

export type PlatformStates = Partial<Record<Platform, PlatformState>>;

/** The platform adoptions of one comune, as stored. */
export function loadPlatformRows(db: Db, comuneId: number): PlatformRow[] {
  return platformsOfComune.all(db, comuneId);
}

/** Adoptions as the state map readiness needs. */
export function platformStates(rows: readonly PlatformRow[]): PlatformStates {
  const states: PlatformStates = {};
  for (const row of rows) states[row.platform] = row.state;
  return states;
}

/** Platform adoptions of the given comuni, as the state map readiness needs. */
export function loadPlatformStates(db: Db, comuneIds: readonly number[]): Map<number, PlatformStates> {
  const byComune = new Map<number, PlatformStates>();
  if (comuneIds.length === 0) return byComune;
  const rows =
    comuneIds.length === 1 && comuneIds[0] !== undefined
      ? platformsOfComune.all(db, comuneIds[0])
      : platformsOf.all(db, idList(comuneIds));
  for (const row of rows) {
    const states = byComune.get(row.comuneId) ?? {};
    states[row.platform] = row.state;
    byComune.set(row.comuneId, states);
  }
  return byComune;
}

/** Every national platform for one comune, in the vocabulary's order, "not active" when unrecorded. */
export function listPlatforms(db: Db, comuneId: number, internal = false, stored?: readonly PlatformRow[]) {
  const byPlatform = new Map((stored ?? loadPlatformRows(db, comuneId)).map((r) => [r.platform, r]));
  return PLATFORMS.map((platform) => {
    const row = byPlatform.get(platform);
    const state: PlatformState = row?.state ?? (platform === 'anpr' ? 'inattivo' : 'not_active');
    return withInternal(
      {
        platform,
        state,
        activationDate: row?.activationDate ?? null,
        active: isPlatformActive(platform, state),
      },
      internal,
      // null: not recorded yet, so the first save sends no version.
      () => ({ version: row?.version ?? null }),
    );
  });
}

/** The PNRR measures the comune applied for; with their versions for editors. */
export function listPnrr(db: Db, comuneId: number, internal = false) {
  return pnrrOf
    .all(db, comuneId)
    .map((r) =>
      withInternal(
        { measure: r.measure, state: r.state, amountCents: r.amountCents, stateDate: r.stateDate },
        internal,
        () => ({ version: r.version }),
      ),
    );
}
