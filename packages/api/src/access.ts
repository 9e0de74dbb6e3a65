import type { Role } from '@switchoff/db/schema';

/** The logged-in person, as every procedure sees them. */
export type SessionUser = {
  id: number;
  email: string;
  name: string;
  role: Role;
  consortiumId: number;
  /** The comuni a council member belongs to (empty for staff, who see their consortium). */
  comuneIds: readonly number[];
};

type ComuneScope = { id: number; consortiumId: number };

/**
 * Tenancy in one place. Staff (editors, admins) reach every comune of their consortium;
 * council members reach their own comuni; nobody reaches another consortium's internal data.
 */
export function canReadInternal(user: SessionUser | null, comune: ComuneScope): boolean {
  if (!user) return false;
  if (user.role === 'council') return user.comuneIds.includes(comune.id);
  return user.consortiumId === comune.consortiumId;
}

export function canEdit(user: SessionUser | null, comune: ComuneScope): boolean {
  return !!user && user.role !== 'council' && user.consortiumId === comune.consortiumId;
}

/** Council members comment on their comuni; staff may answer on theirs. */
export function canComment(user: SessionUser | null, comune: ComuneScope): boolean {
  return canReadInternal(user, comune);
}

/** Consortium-wide views (portfolio, one service across comuni) show internal items to its staff only. */
export function canReadConsortiumInternal(user: SessionUser | null, consortiumId: number): boolean {
  return !!user && user.role !== 'council' && user.consortiumId === consortiumId;
}

/** Staff of a consortium edit (import, export) all its comuni at once. */
export function canEditConsortium(user: SessionUser | null, consortiumId: number): boolean {
  return canReadConsortiumInternal(user, consortiumId);
}

export function canAdminister(user: SessionUser | null, consortiumId: number): boolean {
  return !!user && user.role === 'admin' && user.consortiumId === consortiumId;
}

/** "Name <email>", how the audit log and histories name a person. */
export function actorName(user: SessionUser): string {
  return `${user.name} <${user.email}>`;
}

/**
 * Who changes a catalogue entry: the admins of the consortium that owns it, or, for a shared
 * entry (no owner), the admins of the operator, the consortium that runs the installation.
 */
export function canChangeCatalogueEntry(
  user: SessionUser | null,
  entry: { ownerConsortiumId: number | null },
  operatorId: number | null,
): boolean {
  const owner = entry.ownerConsortiumId ?? operatorId;
  return !!user && user.role === 'admin' && owner !== null && user.consortiumId === owner;
}
