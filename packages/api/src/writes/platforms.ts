import { type Db, schema, writeTransaction } from '@switchoff/db';
import { isPlatformActive } from '@switchoff/domain';
import type { setPlatformInput, setPnrrInput } from '@switchoff/domain/schemas';
import { and, eq } from 'drizzle-orm';
import { recordAudit } from './audit';
import type { EditOf } from './edit-params';
import { checkRowVersion, updateAudited } from './versioned';

const { platformAdoptions, pnrrMeasures } = schema;

function platformItem(row: typeof platformAdoptions.$inferSelect) {
  return {
    platform: row.platform,
    state: row.state,
    activationDate: row.activationDate,
    active: isPlatformActive(row.platform, row.state),
    version: row.version,
  };
}

/**
 * Records the state of a national platform for the comune. The first save of a platform sends
 * no version (there is no row yet); later ones send the row's. A save that changes nothing
 * writes nothing.
 */
export function setPlatform(db: Db, params: EditOf<typeof setPlatformInput>) {
  const { comune, input } = params;
  return writeTransaction(db, (tx) => {
    const row = tx
      .select()
      .from(platformAdoptions)
      .where(and(eq(platformAdoptions.comuneId, comune.id), eq(platformAdoptions.platform, input.platform)))
      .get();
    const values = { state: input.state, activationDate: input.activationDate };
    if (!row) {
      const created = tx
        .insert(platformAdoptions)
        .values({ comuneId: comune.id, platform: input.platform, ...values })
        .returning()
        .get();
      recordAudit(tx, {
        author: params.author,
        action: 'create',
        entity: 'platform_adoptions',
        entityId: created.id,
        comuneId: comune.id,
        before: null,
        after: { platform: input.platform, ...values, version: created.version },
      });
      return platformItem(created);
    }
    checkRowVersion(tx, platformAdoptions, row, input.version);
    if (row.state === values.state && row.activationDate === values.activationDate) return platformItem(row);
    updateAudited(tx, platformAdoptions, row, {
      author: params.author,
      comuneId: comune.id,
      fields: values,
      before: { platform: row.platform, state: row.state, activationDate: row.activationDate },
      after: { platform: row.platform, ...values },
    });
    return platformItem({ ...row, ...values, version: row.version + 1 });
  });
}

function pnrrItem(row: typeof pnrrMeasures.$inferSelect) {
  return {
    measure: row.measure,
    state: row.state,
    amountCents: row.amountCents,
    stateDate: row.stateDate,
    version: row.version,
  };
}

/** Records a PNRR measure's state and funding for the comune (first save without a version). */
export function setPnrr(db: Db, params: EditOf<typeof setPnrrInput>) {
  const { comune, input } = params;
  return writeTransaction(db, (tx) => {
    const row = tx
      .select()
      .from(pnrrMeasures)
      .where(and(eq(pnrrMeasures.comuneId, comune.id), eq(pnrrMeasures.measure, input.measure)))
      .get();
    const values = { state: input.state, amountCents: input.amountCents, stateDate: input.stateDate };
    if (!row) {
      const created = tx
        .insert(pnrrMeasures)
        .values({ comuneId: comune.id, measure: input.measure, ...values })
        .returning()
        .get();
      recordAudit(tx, {
        author: params.author,
        action: 'create',
        entity: 'pnrr_measures',
        entityId: created.id,
        comuneId: comune.id,
        before: null,
        after: { measure: input.measure, ...values, version: created.version },
      });
      return pnrrItem(created);
    }
    checkRowVersion(tx, pnrrMeasures, row, input.version);
    if (row.state === values.state && row.amountCents === values.amountCents && row.stateDate === values.stateDate) {
      return pnrrItem(row);
    }
    const { measure, state, amountCents, stateDate } = row;
    updateAudited(tx, pnrrMeasures, row, {
      author: params.author,
      comuneId: comune.id,
      fields: values,
      before: { measure, state, amountCents, stateDate },
      after: { measure, ...values },
    });
    return pnrrItem({ ...row, ...values, version: row.version + 1 });
  });
}
