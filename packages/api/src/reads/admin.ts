import { type Db, schema, type Tx } from '@switchoff/db';
import { canChangeCatalogueEntry } from '@switchoff/domain';
import { and, asc, count, eq } from 'drizzle-orm';
import { type SessionUser, viewerOf } from '../access';

/*
 * The administration screens' lists: a consortium's accounts and the shared catalogue. The
 * writes (writes/admin-*.ts) answer with the same items.
 */

const { catalogueServices, comuni, services, userComuni, users } = schema;

type UserRow = typeof users.$inferSelect;

/** An account as the admin screen lists it: no password hash, ever. */
export function userItem(tx: Tx, row: UserRow) {
  const own = tx
    .select({ istat: comuni.istatCode, name: comuni.name })
    .from(userComuni)
    .innerJoin(comuni, eq(comuni.id, userComuni.comuneId))
    .where(eq(userComuni.userId, row.id))
    .orderBy(asc(comuni.name))
    .all();
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    role: row.role,
    comuni: own,
    disabledAt: row.disabledAt,
    createdAt: row.createdAt,
    version: row.version,
  };
}

export type UserItem = ReturnType<typeof userItem>;

/** The accounts of one consortium, by name. */
export function listConsortiumUsers(db: Db, consortiumId: number): UserItem[] {
  return db
    .select()
    .from(users)
    .where(eq(users.consortiumId, consortiumId))
    .orderBy(asc(users.name), asc(users.email))
    .all()
    .map((row) => userItem(db, row));
}

type CatalogueRow = typeof catalogueServices.$inferSelect;

/** The admin looking at the catalogue, and the operator's consortium (which owns the shared entries). */
export type CatalogueViewer = { user: SessionUser; operatorId: number | null };

/** A catalogue entry as the admin screen shows it: whose it is, and whether this admin may change it. */
export function catalogueItem(tx: Tx, row: CatalogueRow, viewer: CatalogueViewer) {
  const consortiumId = viewer.user.consortiumId;
  const used = tx
    .select({ n: count() })
    .from(services)
    .innerJoin(comuni, eq(comuni.id, services.comuneId))
    .where(and(eq(services.catalogueId, row.id), eq(comuni.consortiumId, consortiumId)))
    .get();
  return {
    slug: row.slug,
    name: row.name,
    category: row.category,
    description: row.description,
    takesPayment: row.takesPayment,
    needsIdentity: row.needsIdentity,
    /** How many comuni of the admin's consortium offer it. */
    usedBy: used?.n ?? 0,
    /** Whose entry it is: shared (the operator's admins change it), the admin's consortium's, or another's. */
    owner:
      row.ownerConsortiumId === null
        ? ('shared' as const)
        : row.ownerConsortiumId === consortiumId
          ? ('own' as const)
          : ('other' as const),
    editable: canChangeCatalogueEntry(viewerOf(viewer.user), { owner: row.ownerConsortiumId }, viewer.operatorId),
    version: row.version,
    updatedAt: row.updatedAt,
  };
}

export type CatalogueItem = ReturnType<typeof catalogueItem>;

/** The shared catalogue, by category and name, with how many of the consortium's comuni use each entry. */
export function listCatalogue(db: Db, viewer: CatalogueViewer): CatalogueItem[] {
  return db
    .select()
    .from(catalogueServices)
    .orderBy(asc(catalogueServices.category), asc(catalogueServices.name))
    .all()
    .map((row) => catalogueItem(db, row, viewer));
}
