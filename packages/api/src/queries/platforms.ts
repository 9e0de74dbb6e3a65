import { type Db, schema } from '@switchoff/db';
import { isPlatformActive, PLATFORMS, type Platform, type PlatformState } from '@switchoff/domain/vocabulary';
import { asc, eq, inArray } from 'drizzle-orm';
import { withInternal } from './visibility';

const { platformAdoptions, pnrrMeasures } = schema;

export type PlatformStates = Partial<Record<Platform, PlatformState>>;

/** Platform adoptions of the given comuni, as the state map readiness needs. */
export function loadPlatformStates(db: Db, comuneIds: readonly number[]): Map<number, PlatformStates> {
  const byComune = new Map<number, PlatformStates>();
  if (comuneIds.length === 0) return byComune;
  const rows = db
    .select()
    .from(platformAdoptions)
    .where(inArray(platformAdoptions.comuneId, [...comuneIds]))
    .all();
  for (const row of rows) {
    const states = byComune.get(row.comuneId) ?? {};
    states[row.platform] = row.state;
    byComune.set(row.comuneId, states);
  }
  return byComune;
}

/** Every national platform for one comune, in the vocabulary's order, "not active" when unrecorded. */
export function listPlatforms(db: Db, comuneId: number, internal = false) {
  const rows = db.select().from(platformAdoptions).where(eq(platformAdoptions.comuneId, comuneId)).all();
  return PLATFORMS.map((platform) => {
    const row = rows.find((r) => r.platform === platform);
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
  return db
    .select()
    .from(pnrrMeasures)
    .where(eq(pnrrMeasures.comuneId, comuneId))
    .orderBy(asc(pnrrMeasures.measure))
    .all()
    .map((r) =>
      withInternal(
        { measure: r.measure, state: r.state, amountCents: r.amountCents, stateDate: r.stateDate },
        internal,
        () => ({ version: r.version }),
      ),
    );
}
