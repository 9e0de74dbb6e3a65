import { type Db, schema } from '@switchoff/db';
import { asc, eq } from 'drizzle-orm';
import type { ComuneRow } from './lookup';

const { catalogueServices, services } = schema;

/** Catalogue services the comune does not offer yet, by category and name. */
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
    .orderBy(asc(catalogueServices.category), asc(catalogueServices.name))
    .all()
    .filter((c) => !used.has(c.id))
    .map(({ id: _id, ...entry }) => entry);
}
