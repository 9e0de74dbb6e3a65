import { type Db, schema } from '@switchoff/db';
import { annullableReplan, token } from '@switchoff/domain';
import type { annulReplanInput, replanMilestoneInput } from '@switchoff/domain/schemas';
import { asc, eq } from 'drizzle-orm';
import { refuseField } from '../errors';
import type { EditOf } from './edit-params';
import { editMilestone, type MilestoneItem } from './milestones';
import { updateAudited } from './versioned';

const { milestoneReplans, milestones } = schema;

/**
 * Moves the planned date, keeping the baseline and recording the re-plan with its reason. The
 * date is checked by the router (`replanMilestoneIssues`: not in the past) before this runs.
 */
export function replanMilestone(db: Db, params: EditOf<typeof replanMilestoneInput>): MilestoneItem {
  const { comune, input } = params;
  return editMilestone(db, params, (tx, row) => {
    if (row.actualDate !== null) refuseField('plannedDate', token('milestone.alreadyReached'));
    if (row.plannedDate === input.plannedDate) refuseField('plannedDate', token('milestone.samePlannedDate'));
    tx.insert(milestoneReplans)
      .values({
        milestoneId: row.id,
        previousDate: row.plannedDate,
        plannedDate: input.plannedDate,
        reason: input.reason,
        changedBy: params.author.actor,
      })
      .run();
    updateAudited(tx, milestones, row, {
      author: params.author,
      comuneId: comune.id,
      action: 'replan',
      fields: { plannedDate: input.plannedDate },
      before: { plannedDate: row.plannedDate },
      after: { plannedDate: input.plannedDate, reason: input.reason },
    });
  });
}

/**
 * Annuls a mistaken re-plan: appends a correction (who, when, why) that names the latest re-plan
 * still in force and restores the planned date it replaced. Nothing is deleted: the history keeps
 * the re-plan, marked annulled, and the annulment beside it.
 */
export function annulReplan(db: Db, params: EditOf<typeof annulReplanInput>): MilestoneItem {
  const { comune, input } = params;
  return editMilestone(db, params, (tx, row) => {
    if (row.actualDate !== null) refuseField('reason', token('milestone.reachedPlanFixed'));
    const history = tx
      .select()
      .from(milestoneReplans)
      .where(eq(milestoneReplans.milestoneId, row.id))
      .orderBy(asc(milestoneReplans.changedAt), asc(milestoneReplans.id))
      .all();
    const annulled = annullableReplan(history) ?? refuseField('reason', token('milestone.noReplanToAnnul'));
    const restored = annulled.previousDate;
    tx.insert(milestoneReplans)
      .values({
        milestoneId: row.id,
        previousDate: row.plannedDate,
        plannedDate: restored,
        reason: input.reason,
        changedBy: params.author.actor,
        annulsId: annulled.id,
      })
      .run();
    updateAudited(tx, milestones, row, {
      author: params.author,
      comuneId: comune.id,
      action: 'annul_replan',
      fields: { plannedDate: restored },
      before: { plannedDate: row.plannedDate },
      after: {
        plannedDate: restored,
        reason: input.reason,
        annulled: { from: annulled.previousDate, to: annulled.plannedDate, reason: annulled.reason },
      },
    });
  });
}
