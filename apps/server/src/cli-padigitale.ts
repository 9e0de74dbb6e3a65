import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  describeRegistryChanges,
  importPadigitale,
  isUnchanged,
  type PadigitalePlan,
  readSnapshotFiles,
  updateRegistry,
} from '@switchoff/db/national';
import { isIsoDate, PADIGITALE_SOURCE } from '@switchoff/domain';
import { type DataCliContext, DataCommandError, DataUsageError } from './cli-data';

function optionsOf(args: string[]) {
  try {
    return parseArgs({
      args,
      options: {
        file: { type: 'string', multiple: true },
        snapshot: { type: 'string' },
        'dry-run': { type: 'boolean' },
      },
      allowPositionals: false,
      strict: true,
    }).values;
  } catch (error) {
    throw new DataUsageError(error instanceof Error ? error.message : String(error));
  }
}

function printPlan(ctx: DataCliContext, plan: PadigitalePlan): void {
  for (const f of plan.files) {
    ctx.out(`${f.file}: ${f.rows} rows, ${f.comuneRows} of comuni (snapshot ${f.snapshot || 'unknown'})`);
  }
  ctx.out(
    `Comune rows matched: ${plan.matched}; unmatched: ${plan.unmatched.length}; rows of other bodies left out: ${plan.otherBodies}`,
  );
  ctx.out(
    `Applications: ${plan.create.length} new, ${plan.update.length} changed (${plan.stateChanges.filter((c) => c.from !== null).length} state changes), ${plan.unchanged} unchanged`,
  );
  for (const c of plan.stateChanges) {
    if (c.from === null) continue;
    ctx.out(`  state ${c.from} → ${c.to} on ${c.date}: ${c.istatCode} ${c.comune}, ${c.measure}, ${c.call}`);
  }
  for (const c of plan.codeless) {
    const by = c.by === 'ipa' ? 'its IPA code' : 'its name in the province';
    ctx.out(`  no cod_comune ${c.file} line ${c.line} (${c.comune}): filed under ${c.istatCode}, by ${by}`);
  }
  for (const u of plan.unmatched) {
    ctx.out(`  unmatched ${u.file} line ${u.line}: cod_comune "${u.istatCode}" (${u.comune}; ${u.body})`);
  }
  for (const d of plan.duplicates) {
    ctx.out(`  repeated ${d.file} line ${d.line}: ${d.istatCode}, ${d.measure}, ${d.call} (the later state is kept)`);
  }
  for (const i of plan.issues) {
    ctx.err(
      `  ${i.file}${i.line === null ? '' : ` line ${i.line}`}${i.column ? `, column ${i.column}` : ''}: ${i.message}`,
    );
  }
}

/**
 * import padigitale2026 --file <csv> [--file <csv> …] [--snapshot YYYY-MM-DD] [--dry-run]: the
 * PNRR measures of every comune from the PA digitale 2026 open data, any measure's file (read by
 * its columns), plain or gzipped.
 */
export function runPadigitaleImport(args: string[], ctx: DataCliContext): number {
  const values = optionsOf(args);
  const given = values.file ?? [];
  if (given.length === 0) throw new DataUsageError('Missing --file <candidature_finanziate_*.csv>');
  const snapshot = values.snapshot;
  if (snapshot !== undefined && !isIsoDate(snapshot)) {
    throw new DataUsageError(`--snapshot must be a date (YYYY-MM-DD), got "${snapshot}"`);
  }
  const paths = given.map((f) => resolve(ctx.cwd, f));
  for (const path of paths) if (!existsSync(path)) throw new DataCommandError(`${path}: file not found`);
  const files = readSnapshotFiles(paths.map((path) => ({ path, snapshot })));
  const db = ctx.openDb();
  // A registry loaded before is first brought up to the shipped one: a ceased comune's rows go to its successor.
  const { comuni: loaded, changes } = updateRegistry(db);
  const registryUpdated = changes !== null && !isUnchanged(changes);
  if (registryUpdated) for (const line of describeRegistryChanges(changes)) ctx.out(line);
  ctx.out(`Registry: ${loaded} comuni. Source: ${PADIGITALE_SOURCE.publisher}, ${PADIGITALE_SOURCE.licence}.`);
  const dryRun = values['dry-run'] === true;
  const { plan, applied } = importPadigitale(db, { files, dryRun, actor: 'cli' });
  printPlan(ctx, plan);
  if (plan.issues.length > 0) {
    ctx.err('Nothing was imported: fix the files and run again.');
    return 1;
  }
  if (dryRun && registryUpdated)
    ctx.out(
      'Dry run: no PNRR application was written (the registry was brought up to date above, as the server does when it starts).',
    );
  else if (dryRun) ctx.out('Dry run: nothing was written.');
  else if (applied) ctx.out(plan.create.length + plan.update.length === 0 ? 'Nothing to write.' : 'Imported.');
  return 0;
}
