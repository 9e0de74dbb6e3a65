import { type Db, schema } from '@switchoff/db';
import type { Role } from '@switchoff/db/schema';
import { asc, eq, inArray } from 'drizzle-orm';
import type { SessionUser } from '../access';

const { comuni, consortia, userComuni, users } = schema;

export type UserListing = {
  email: string;
  name: string;
  role: Role;
  consortium: string;
  comuni: string[];
  disabledAt: string | null;
  createdAt: string;
};

/** Every account, by consortium and email, without any password hash. */
export function listUsers(db: Db): UserListing[] {
  const rows = db
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      consortium: consortia.slug,
      disabledAt: users.disabledAt,
      createdAt: users.createdAt,
    })
    .from(users)
    .innerJoin(consortia, eq(consortia.id, users.consortiumId))
    .orderBy(asc(consortia.slug), asc(users.email))
    .all();
  const memberships = db
    .select({ userId: userComuni.userId, istat: comuni.istatCode })
    .from(userComuni)
    .innerJoin(comuni, eq(comuni.id, userComuni.comuneId))
    .orderBy(asc(comuni.istatCode))
    .all();
  return rows.map(({ id, ...row }) => ({
    ...row,
    comuni: memberships.filter((m) => m.userId === id).map((m) => m.istat),
  }));
}

/** What the browser learns about the logged-in person: no ids, no hash. */
export type PublicUser = {
  name: string;
  email: string;
  role: Role;
  consortium: { slug: string; name: string };
  /** A council member's comuni; empty for staff, who reach every comune of their consortium. */
  comuni: { istat: string; name: string }[];
};

export function describeUser(db: Db, user: SessionUser): PublicUser {
  const consortium = db
    .select({ slug: consortia.slug, name: consortia.name })
    .from(consortia)
    .where(eq(consortia.id, user.consortiumId))
    .get();
  const own = user.comuneIds.length
    ? db
        .select({ istat: comuni.istatCode, name: comuni.name })
        .from(comuni)
        .where(inArray(comuni.id, [...user.comuneIds]))
        .orderBy(asc(comuni.name))
        .all()
    : [];
  return {
    name: user.name,
    email: user.email,
    role: user.role,
    consortium: consortium ?? { slug: '', name: '' },
    comuni: own,
  };
}
