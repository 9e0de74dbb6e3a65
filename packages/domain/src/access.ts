import type { UserRole } from './schemas-admin';

/**
 * Who may read a comune's internal data, comment on it, edit it or administer a consortium:
 * the rules the API's middleware enforces and the SPA follows to decide which controls to
 * show, written once. Pure functions over a viewer; places are named by whatever keys the
 * caller holds (ids on the server, the consortium's slug and ISTAT codes in the browser), the
 * same kind for the viewer and the place.
 */

/** Who is looking: a role, a consortium and, for a council member, their comuni (empty for staff). */
export type Viewer<K> = { role: UserRole; consortium: K; comuni: readonly K[] };

/** A comune as access sees it: its key and its consortium's. */
export type ComunePlace<K> = { comune: K; consortium: K };

/** No viewer: a public visitor. */
type Maybe<V> = V | null | undefined;

/** Editors and admins: the staff of a consortium, who reach all its comuni. */
export function isStaff<K>(viewer: Maybe<Viewer<K>>): boolean {
  return !!viewer && viewer.role !== 'council';
}

/** A consortium's admins: they manage its accounts, comuni and catalogue entries. */
export function isAdmin<K>(viewer: Maybe<Viewer<K>>): boolean {
  return !!viewer && viewer.role === 'admin';
}

/**
 * Who reads a comune's internal data (internal items, notes, comments): its council members,
 * and the staff of its consortium; nobody reaches another consortium's internal data.
 */
export function canReadComune<K>(viewer: Maybe<Viewer<K>>, place: ComunePlace<K>): boolean {
  if (!viewer) return false;
  if (viewer.role === 'council') return viewer.comuni.includes(place.comune);
  return viewer.consortium === place.consortium;
}

/** Council members comment on their comuni; staff answer on their consortium's: who reads, comments. */
export function canCommentOnComune<K>(viewer: Maybe<Viewer<K>>, place: ComunePlace<K>): boolean {
  return canReadComune(viewer, place);
}

/** Who edits a comune's data (services, figures, milestones, imports): its consortium's staff. */
export function canEditComune<K>(viewer: Maybe<Viewer<K>>, place: ComunePlace<K>): boolean {
  return isStaff(viewer) && viewer?.consortium === place.consortium;
}

/**
 * Consortium-wide views (the portfolio, one service across comuni) show internal items to the
 * consortium's staff only: its council members read their own comuni, not the whole consortium.
 */
export function canReadConsortium<K>(viewer: Maybe<Viewer<K>>, consortium: K): boolean {
  return isStaff(viewer) && viewer?.consortium === consortium;
}

/** The staff of a consortium import and export the data of all its comuni at once. */
export function canEditConsortium<K>(viewer: Maybe<Viewer<K>>, consortium: K): boolean {
  return canReadConsortium(viewer, consortium);
}

/** A consortium's settings, accounts and comuni are changed by its admins. */
export function canAdministerConsortium<K>(viewer: Maybe<Viewer<K>>, consortium: K): boolean {
  return isAdmin(viewer) && viewer?.consortium === consortium;
}

/**
 * Who changes a catalogue entry: the admins of the consortium that owns it, or, for a shared
 * entry (no owner), the admins of the operator, the consortium that runs the installation.
 */
export function canChangeCatalogueEntry<K>(
  viewer: Maybe<Viewer<K>>,
  entry: { owner: K | null },
  operator: K | null,
): boolean {
  const owner = entry.owner ?? operator;
  return owner !== null && canAdministerConsortium(viewer, owner);
}
