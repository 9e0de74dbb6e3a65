import { type Db, schema, type Tx } from '@switchoff/db';
import { token } from '@switchoff/domain';
import { asc, eq, isNull, or } from 'drizzle-orm';
import { notFound } from '../errors';
import type { ComuneRow } from './lookup';

const { catalogueServices, consortia, services } = schema;

/** The catalogue entries a consortium's comuni may offer: the shared ones and the consortium's own. */
export function usableBy(consortiumId: number) {
  return or(isNull(catalogueServices.ownerConsortiumId), eq(catalogueServices.ownerConsortiumId, consortiumId));
}

/** The slug of a service's catalogue entry; null for a service of no entry. */
export function catalogueSlugOf(db: Tx, catalogueId: number | null): string | null {
  if (catalogueId === null) return null;
  return (
    db
      .select({ slug: catalogueServices.slug })
      .from(catalogueServices)
      .where(eq(catalogueServices.id, catalogueId))
      .get()?.slug ?? null
  );
}

/** Catalogue services the comune does not offer yet (shared or of its consortium), by category and name. */
export function listAddableServices(db: Db, comune: ComuneRow) {
  const used = new Set(
    db
      .select({ catalogueId: services.catalogueId })
      .from(services)
      .where(eq(services.comuneId, comune.id))
      .all()
      .map((s) => s.catalogueId),
  );
  return db
    .select({
      id: catalogueServices.id,
      slug: catalogueServices.slug,
      name: catalogueServices.name,
      category: catalogueServices.category,
      description: catalogueServices.description,
      takesPayment: catalogueServices.takesPayment,
      needsIdentity: catalogueServices.needsIdentity,
    })
    .from(catalogueServices)
    .where(usableBy(comune.consortiumId))
    .orderBy(asc(catalogueServices.category), asc(catalogueServices.name))
    .all()
    .filter((c) => !used.has(c.id))
    .map(({ id: _id, ...entry }) => entry);
}

/** A catalogue entry by its slug, with the name of the consortium that owns it (null: shared); NOT_FOUND otherwise. */
export function findCatalogueEntry(db: Db, slug: string) {
  return (
    db
      .select({
        id: catalogueServices.id,
        name: catalogueServices.name,
        ownerConsortiumId: catalogueServices.ownerConsortiumId,
        ownerName: consortia.name,
      })
      .from(catalogueServices)
      .leftJoin(consortia, eq(consortia.id, catalogueServices.ownerConsortiumId))
      .where(eq(catalogueServices.slug, slug))
      .get() ?? notFound(token('catalogue.serviceNotFound', { service: slug }))
  );
}
