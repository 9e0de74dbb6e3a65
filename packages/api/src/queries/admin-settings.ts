import { type Db, schema, type Tx, writeTransaction } from '@switchoff/db';
import type {
  comuneSettingsInput,
  createCatalogueEntryInput,
  updateCatalogueEntryInput,
} from '@switchoff/domain/schemas-admin';
import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { canChangeCatalogueEntry, type SessionUser } from '../access';
import { notFound, refuseField } from '../errors';
import { type Author, checkVersion, expectOneChange, nowIso, recordAudit, snapshot } from './audit';
import { changedFields } from './changes';
import type { ComuneRow } from './lookup';

const { catalogueServices, comuni, services } = schema;

/** A comune's thresholds and notes as the admin screen gets them back. */
function comuneSettings(row: ComuneRow) {
  return {
    istat: row.istatCode,
    name: row.name,
    takeUpTarget: row.takeUpTarget,
    assistedDesk: row.assistedDesk,
    internalNote: row.internalNote,
    version: row.version,
    updatedAt: row.updatedAt,
  };
}

const COMUNE_FIELDS = ['takeUpTarget', 'assistedDesk', 'internalNote'] as const;

/** Sets a comune's take-up target, assisted desk and internal note. */
export function updateComuneSettings(
  db: Db,
  params: { comune: ComuneRow; author: Author; input: z.output<typeof comuneSettingsInput> },
) {
  const { input } = params;
  return writeTransaction(db, (tx) => {
    const row = tx.select().from(comuni).where(eq(comuni.id, params.comune.id)).get() ?? params.comune;
    checkVersion(tx, {
      entity: 'comuni',
      entityId: row.id,
      current: row.version,
      given: input.version,
      updatedAt: row.updatedAt,
    });
    const { before, after } = changedFields(row, input, COMUNE_FIELDS);
    if (Object.keys(after).length === 0) return comuneSettings(row);
    const updatedAt = nowIso();
    const result = tx
      .update(comuni)
      .set({ ...after, version: sql`${comuni.version} + 1`, updatedAt })
      .where(and(eq(comuni.id, row.id), eq(comuni.version, row.version)))
      .run();
    expectOneChange(tx, result, { entity: 'comuni', entityId: row.id });
    recordAudit(tx, {
      author: params.author,
      action: 'update',
      entity: 'comuni',
      entityId: row.id,
      comuneId: row.id,
      before: { ...before, version: row.version },
      after: { ...after, version: row.version + 1 },
    });
    return comuneSettings({ ...row, ...after, version: row.version + 1, updatedAt });
  });
}

type CatalogueRow = typeof catalogueServices.$inferSelect;

/** The admin looking at the catalogue, and the operator's consortium (which owns the shared entries). */
export type CatalogueViewer = { user: SessionUser; operatorId: number | null };

function catalogueItem(tx: Tx, row: CatalogueRow, viewer: CatalogueViewer) {
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
    editable: canChangeCatalogueEntry(viewer.user, row, viewer.operatorId),
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

/** Adds an entry: shared when the operator's admins add it, otherwise their own consortium's. */
export function createCatalogueEntry(
  db: Db,
  params: { viewer: CatalogueViewer; author: Author; input: z.output<typeof createCatalogueEntryInput> },
): CatalogueItem {
  const { input } = params;
  return writeTransaction(db, (tx) => {
    if (
      tx
        .select({ id: catalogueServices.id })
        .from(catalogueServices)
        .where(eq(catalogueServices.slug, input.slug))
        .get()
    ) {
      refuseField('slug', `Il catalogo ha già un servizio con indirizzo "${input.slug}"`, 'CONFLICT');
    }
    const { consortiumId } = params.viewer.user;
    const ownerConsortiumId = consortiumId === params.viewer.operatorId ? null : consortiumId;
    const row = tx
      .insert(catalogueServices)
      .values({ ...input, ownerConsortiumId })
      .returning()
      .get();
    recordAudit(tx, {
      author: params.author,
      action: 'create',
      entity: 'catalogue_services',
      entityId: row.id,
      comuneId: null,
      before: null,
      after: snapshot(row),
    });
    return catalogueItem(tx, row, params.viewer);
  });
}

const CATALOGUE_FIELDS = ['name', 'category', 'description', 'takesPayment', 'needsIdentity'] as const;

/**
 * Changes a catalogue entry (not its slug, which is how comuni compare); whether the viewer owns
 * it was checked by `catalogueEntryProcedure`.
 */
export function updateCatalogueEntry(
  db: Db,
  params: { viewer: CatalogueViewer; author: Author; input: z.output<typeof updateCatalogueEntryInput> },
): CatalogueItem {
  const { input } = params;
  return writeTransaction(db, (tx) => {
    const row =
      tx.select().from(catalogueServices).where(eq(catalogueServices.slug, input.slug)).get() ??
      notFound(`Nessun servizio "${input.slug}" nel catalogo`);
    checkVersion(tx, {
      entity: 'catalogue_services',
      entityId: row.id,
      current: row.version,
      given: input.version,
      updatedAt: row.updatedAt,
    });
    const { before, after } = changedFields(row, input, CATALOGUE_FIELDS);
    if (Object.keys(after).length === 0) return catalogueItem(tx, row, params.viewer);
    const updatedAt = nowIso();
    const result = tx
      .update(catalogueServices)
      .set({ ...after, version: sql`${catalogueServices.version} + 1`, updatedAt })
      .where(and(eq(catalogueServices.id, row.id), eq(catalogueServices.version, row.version)))
      .run();
    expectOneChange(tx, result, { entity: 'catalogue_services', entityId: row.id });
    recordAudit(tx, {
      author: params.author,
      action: 'update',
      entity: 'catalogue_services',
      entityId: row.id,
      comuneId: null,
      before: { ...before, version: row.version },
      after: { ...after, version: row.version + 1 },
    });
    return catalogueItem(tx, { ...row, ...after, version: row.version + 1, updatedAt }, params.viewer);
  });
}
