import { type Db, schema } from '@switchoff/db';
import { isPlatformActive, PLATFORMS, type Platform, type PlatformState } from '@switchoff/domain/vocabulary';
import { eq, inArray } from 'drizzle-orm';

const { platformAdoptions } = schema;

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
export function listPlatforms(db: Db, comuneId: number) {
  const rows = db.select().from(platformAdoptions).where(eq(platformAdoptions.comuneId, comuneId)).all();
  return PLATFORMS.map((platform) => {
    const row = rows.find((r) => r.platform === platform);
    const state: PlatformState = row?.state ?? (platform === 'anpr' ? 'inattivo' : 'not_active');
    return {
      platform,
      state,
      activationDate: row?.activationDate ?? null,
      active: isPlatformActive(platform, state),
    };
  });
}
