import { schema, type Tx } from '@switchoff/db';
import { type Author, recordAudit, snapshot } from '../writes/audit';
import { bumpMilestone, type MilestoneRow, writeDependencies } from '../writes/milestones';
import type { Dependency, MilestoneOp } from './milestones-import';

const { milestones, milestoneReplans } = schema;

/** Why an import moved a planned date, as the roadmap's re-plan history shows it. */
export const IMPORT_REPLAN_REASON = 'Importazione da file CSV';

/**
 * Writes a milestones plan: new milestones first (so dependencies can name them), then
 * changes, each with the audit rows the screens write (create, update, replan, complete) and
 * a re-plan entry for every moved planned date.
 */
export function applyMilestonesPlan(tx: Tx, ops: readonly MilestoneOp[], author: Author): void {
  const added = new Map<string, number>();
  const created: { op: Extract<MilestoneOp, { type: 'add' }>; row: MilestoneRow }[] = [];
  for (const op of ops) {
    if (op.type !== 'add') continue;
    const row = tx.insert(milestones).values(op.values).returning().get();
    added.set(`${op.comuneId}:${op.code}`, row.id);
    created.push({ op, row });
  }
  const resolve = (comuneId: number, deps: readonly Dependency[]) =>
    deps.map((d) => (typeof d === 'number' ? d : (added.get(`${comuneId}:${d}`) ?? 0))).filter((d) => d > 0);
  for (const { op, row } of created) {
    const dependsOn = resolve(op.comuneId, op.dependsOn);
    writeDependencies(tx, row.id, dependsOn);
    recordAudit(tx, {
      author,
      action: 'create',
      entity: 'milestones',
      entityId: row.id,
      comuneId: op.comuneId,
      before: null,
      after: { ...snapshot(row), dependsOn },
    });
  }
  for (const op of ops) {
    if (op.type !== 'change') continue;
    const { current } = op;
    const version = { before: current.version, after: current.version + 1 };
    bumpMilestone(tx, current, {
      ...op.fields,
      ...(op.plannedDate ? { plannedDate: op.plannedDate } : {}),
      ...(op.actualDate ? { actualDate: op.actualDate, progress: 100 } : {}),
    });
    const base = { author, entity: 'milestones' as const, entityId: current.id, comuneId: op.comuneId };
    const dependsAfter = op.dependsOn ? resolve(op.comuneId, op.dependsOn) : null;
    if (dependsAfter) writeDependencies(tx, current.id, dependsAfter);
    if (Object.keys(op.fields).length > 0 || dependsAfter) {
      const before = Object.fromEntries(Object.keys(op.fields).map((k) => [k, current[k as keyof MilestoneRow]]));
      recordAudit(tx, {
        ...base,
        action: 'update',
        before: { ...before, ...(dependsAfter ? { dependsOn: op.dependsBefore } : {}), version: version.before },
        after: { ...op.fields, ...(dependsAfter ? { dependsOn: dependsAfter } : {}), version: version.after },
      });
    }
    if (op.plannedDate) {
      tx.insert(milestoneReplans)
        .values({
          milestoneId: current.id,
          previousDate: current.plannedDate,
          plannedDate: op.plannedDate,
          reason: IMPORT_REPLAN_REASON,
          changedBy: author.actor,
        })
        .run();
      recordAudit(tx, {
        ...base,
        action: 'replan',
        before: { plannedDate: current.plannedDate, version: version.before },
        after: { plannedDate: op.plannedDate, reason: IMPORT_REPLAN_REASON, version: version.after },
      });
    }
    if (op.actualDate) {
      recordAudit(tx, {
        ...base,
        action: 'complete',
        before: { actualDate: current.actualDate, progress: current.progress, version: version.before },
        after: { actualDate: op.actualDate, progress: 100, version: version.after },
      });
    }
  }
}
