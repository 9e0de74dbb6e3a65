import type { Db } from '../client';
import { auditLog } from '../schema';
import { writeTransaction } from '../transaction';
import { type PadigitaleFile, readPadigitaleFile } from './padigitale-csv';
import { type PadigitalePlan, planPadigitaleImport, type SnapshotFile } from './padigitale-plan';

export type PadigitaleImportResult = {
  plan: PadigitalePlan;
  /** True when the changes were written: not a dry run, and no file refused. */
  applied: boolean;
};

/** The snapshot date of a file: the one given, else the latest state date it holds. */
export function withSnapshot(file: PadigitaleFile, snapshot?: string): SnapshotFile {
  const latest = file.comuneRows.reduce((max, r) => (r.stateDate > max ? r.stateDate : max), '');
  return { ...file, snapshot: snapshot ?? latest };
}

/** Reads the files from disk (CSV, or CSV gzipped), each with its snapshot date. */
export function readSnapshotFiles(files: readonly { path: string; snapshot?: string }[]): SnapshotFile[] {
  return files.map((f) => withSnapshot(readPadigitaleFile(f.path), f.snapshot));
}

function writePlan(db: Db, plan: PadigitalePlan): void {
  const sqlite = db.$client;
  const insert = sqlite.prepare(
    `INSERT INTO pnrr_applications (istat_code, measure, call, project_key, cup, ipa_code, state, state_date,
      amount_cents, snapshot_date) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const update = sqlite.prepare(
    `UPDATE pnrr_applications SET cup = ?, ipa_code = ?, state = ?, state_date = ?, amount_cents = ?,
      snapshot_date = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ','now') WHERE id = ?`,
  );
  const history = sqlite.prepare(
    'INSERT INTO pnrr_application_states (application_id, state, state_date, snapshot_date) VALUES (?, ?, ?, ?)',
  );
  for (const a of plan.create) {
    const { lastInsertRowid } = insert.run(
      a.istatCode,
      a.measure,
      a.call,
      a.projectKey,
      a.cup,
      a.ipaCode,
      a.state,
      a.stateDate,
      a.amountCents,
      a.snapshotDate,
    );
    history.run(lastInsertRowid, a.state, a.stateDate, a.snapshotDate);
  }
  for (const { stored, next } of plan.update) {
    update.run(next.cup, next.ipaCode, next.state, next.stateDate, next.amountCents, next.snapshotDate, stored.id);
    if (stored.state !== next.state || stored.stateDate !== next.stateDate) {
      history.run(stored.id, next.state, next.stateDate, next.snapshotDate);
    }
  }
}

/**
 * Imports PA digitale 2026 files: a preview (`dryRun`) or one write transaction (BEGIN
 * IMMEDIATE), all or nothing. A file with a bad row is refused whole and nothing is written.
 * New applications and every state change (A → E on a date) go into the history; the import
 * itself is one audit row with its counts. The same files twice change nothing.
 */
export function importPadigitale(
  db: Db,
  params: { files: readonly SnapshotFile[]; dryRun: boolean; actor: string; userId?: number | null },
): PadigitaleImportResult {
  if (params.dryRun) return { plan: planPadigitaleImport(db, params.files), applied: false };
  return writeTransaction(db, (tx) => {
    const plan = planPadigitaleImport(db, params.files);
    if (plan.issues.length > 0) return { plan, applied: false };
    if (plan.create.length + plan.update.length === 0) return { plan, applied: true };
    writePlan(db, plan);
    tx.insert(auditLog)
      .values({
        userId: params.userId ?? null,
        actor: params.actor,
        action: 'import',
        entity: 'pnrr_applications',
        entityId: null,
        comuneId: null,
        before: null,
        after: {
          source: 'padigitale2026',
          files: plan.files,
          created: plan.create.length,
          updated: plan.update.length,
          stateChanges: plan.stateChanges.length,
          unmatched: plan.unmatched.length,
        },
      })
      .run();
    return { plan, applied: true };
  });
}
