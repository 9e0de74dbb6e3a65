import type { Role } from '@switchoff/db/schema';
import type { ComunePlace, Viewer } from '@switchoff/domain';

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

/**
 * The logged-in person as the domain's access rules see them (`@switchoff/domain` access.ts,
 * the rules the SPA follows too), by ids; null for a public visitor.
 */
export function viewerOf(user: SessionUser | null): Viewer<number> | null {
  return user ? { role: user.role, consortium: user.consortiumId, comuni: user.comuneIds } : null;
}

/** A comune's row as the access rules see it. */
export function placeOf(comune: { id: number; consortiumId: number }): ComunePlace<number> {
  return { comune: comune.id, consortium: comune.consortiumId };
}

/** "Name <email>", how the audit log and histories name a person. */
export function actorName(user: SessionUser): string {
  return `${user.name} <${user.email}>`;
}
