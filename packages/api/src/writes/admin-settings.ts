import { type Db, schema, writeTransaction } from '@switchoff/db';
import { token } from '@switchoff/domain';
import type {
  comuneSettingsInput,
  createCatalogueEntryInput,
  updateCatalogueEntryInput,
} from '@switchoff/domain/schemas';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { notFound } from '../errors';
import { type CatalogueItem, type CatalogueViewer, catalogueItem } from '../reads/admin';
import type { ComuneRow } from '../reads/lookup';
import { type Author, insertAudited, snapshot } from './audit';
import { refuseTaken } from './unique';
import { editVersioned, updateChangedFields } from './versioned';

const { catalogueServices, comuni } = schema;

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
  return editVersioned(db, {
    table: comuni,
    version: input.version,
    find: (tx) => tx.select().from(comuni).where(eq(comuni.id, params.comune.id)).get() ?? params.comune,
    change: (tx, row) =>
      comuneSettings(
        updateChangedFields(tx, comuni, row, { author: params.author, comuneId: row.id, input, fields: COMUNE_FIELDS }),
      ),
  });
}

/** Adds an entry: shared when the operator's admins add it, otherwise their own consortium's. */
export function createCatalogueEntry(
  db: Db,
  params: { viewer: CatalogueViewer; author: Author; input: z.output<typeof createCatalogueEntryInput> },
): CatalogueItem {
  const { input } = params;
  return writeTransaction(db, (tx) => {
    refuseTaken(tx, {
      table: catalogueServices,
      where: eq(catalogueServices.slug, input.slug),
      field: 'slug',
      message: token('catalogue.slugTaken', { slug: input.slug }),
    });
    const { consortiumId } = params.viewer.user;
    const ownerConsortiumId = consortiumId === params.viewer.operatorId ? null : consortiumId;
    const row = insertAudited(tx, catalogueServices, {
      author: params.author,
      values: { ...input, ownerConsortiumId },
      after: snapshot,
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
  return editVersioned(db, {
    table: catalogueServices,
    version: input.version,
    find: (tx) =>
      tx.select().from(catalogueServices).where(eq(catalogueServices.slug, input.slug)).get() ??
      notFound(token('catalogue.serviceNotFound', { service: input.slug })),
    change: (tx, row) => {
      const change = { author: params.author, comuneId: null, input, fields: CATALOGUE_FIELDS };
      return catalogueItem(tx, updateChangedFields(tx, catalogueServices, row, change), params.viewer);
    },
  });
}
