import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { createCaller, createContextInner } from '@switchoff/api';
import type { ImportPreview } from '@switchoff/api/server';
import {
  exportCsv,
  findConsortiumById,
  findDataScope,
  inPlaceJobRunner,
  loadActiveUserByEmail,
  recordDatabaseEvent,
} from '@switchoff/api/server';
import type { Db } from '@switchoff/db';
import { backupDatabase } from '@switchoff/db/backup';
import { openJobStore } from '@switchoff/db/jobs';
import { type AppMessage, CSV_LIMIT_MB, CSV_LIMITS, isYearMonth, italianText, todayIso } from '@switchoff/domain';
import { decodeCsvBytes, IMPORT_KINDS, type ImportKind } from '@switchoff/domain/formats';
import { TRPCError } from '@trpc/server';
import { commitImportJob, printImportProgress } from './cli-import-job';

/** What the data commands need from the CLI around them. */
export type DataCliContext = {
  out: (line: string) => void;
  err: (line: string) => void;
  /** Writes text exactly as it is (a CSV to stdout); falls back to `out`. */
  raw?: ((text: string) => void) | undefined;
  openDb: () => Db;
  /** The database file, for restore (which must not open it). */
  databasePath: string;
  now: () => Date;
  /** Where relative file names start: where `pnpm switchoff` was run (INIT_CWD), not apps/server. */
  cwd: string;
};

/** Bad arguments: the caller prints the message and the usage. */
export class DataUsageError extends Error {}
/** A refusal with a message for a person (bad file, no access, conflict). */
export class DataCommandError extends Error {}

/** Who the CLI's writes are by, in the audit log. */
export const CLI_AUTHOR = { userId: null, actor: 'cli' };

type Options = NonNullable<ParseArgsConfig['options']>;

/** The command's options and positionals; a DataUsageError for anything else. */
export function parse(args: string[], options: Options, positionals: number) {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({ args, options, allowPositionals: positionals > 0, strict: true });
  } catch (error) {
    throw new DataUsageError(error instanceof Error ? error.message : String(error));
  }
  if (parsed.positionals.length > positionals)
    throw new DataUsageError(`Unexpected argument "${parsed.positionals[positionals]}"`);
  return { values: parsed.values as Record<string, string | boolean | undefined>, positionals: parsed.positionals };
}

function text(values: Record<string, unknown>, name: string): string | undefined {
  const value = values[name];
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

function kindOf(values: Record<string, unknown>): ImportKind {
  const kind = text(values, 'kind');
  if (!kind) throw new DataUsageError(`Missing --kind (${IMPORT_KINDS.join(' or ')})`);
  const found = IMPORT_KINDS.find((k) => k === kind);
  if (!found) throw new DataUsageError(`Unknown --kind "${kind}": use ${IMPORT_KINDS.join(' or ')}`);
  return found;
}

function ownConsortium(db: Db, id: number): string {
  const found = findConsortiumById(db, id);
  if (!found) throw new DataCommandError('The account has no consortium');
  return found.slug;
}

function scopeOf(values: Record<string, unknown>, fallback?: () => string): { istat: string } | { consortium: string } {
  const comune = text(values, 'comune');
  const consortium = text(values, 'consortium');
  if (comune && consortium) throw new DataUsageError('Give --comune or --consortium, not both');
  if (comune) return { istat: comune };
  if (consortium) return { consortium };
  if (fallback) return { consortium: fallback() };
  throw new DataUsageError('Missing --comune <ISTAT code> or --consortium <slug>');
}

function issueLine(issue: {
  line: number | null;
  column: string | null;
  value: string | null;
  message: AppMessage;
}): string {
  const where = [issue.line === null ? 'file' : `line ${issue.line}`, issue.column ? `column ${issue.column}` : null]
    .filter(Boolean)
    .join(', ');
  return `  ${where}: ${italianText(issue.message)}${issue.value ? ` ("${issue.value}")` : ''}`;
}

const show = (values: Record<string, unknown> | null) =>
  Object.entries(values ?? {})
    .map(([k, v]) => `${k}=${v === null ? '' : String(v)}`)
    .join(' ');

function printPreview(ctx: DataCliContext, preview: ImportPreview): void {
  const t = preview.totals;
  ctx.out(
    `${preview.scope.name}: ${t.rows} rows read (separator "${preview.separator === '\t' ? 'tab' : preview.separator}")`,
  );
  ctx.out(`  to add: ${t.add}, to change: ${t.change}, unchanged: ${t.unchanged}, errors: ${t.errors}`);
  if (preview.ignoredColumns.length > 0) ctx.out(`  ignored columns: ${preview.ignoredColumns.join(', ')}`);
  for (const row of preview.add) ctx.out(`  + line ${row.line} ${row.istat} ${row.label}: ${show(row.after)}`);
  for (const row of preview.change)
    ctx.out(`  ~ line ${row.line} ${row.istat} ${row.label}: ${show(row.before)} -> ${show(row.after)}`);
  if (preview.errors.length > 0) {
    ctx.err(`${t.errors} ${t.errors === 1 ? 'error' : 'errors'}:`);
    for (const issue of preview.errors) ctx.err(issueLine(issue));
  }
  if (preview.truncated) ctx.out('  (lists cut at 1000 rows each; the totals count them all)');
}

/**
 * import --kind figures|milestones --file <f.csv> --actor-email <email> [--comune <ISTAT> | --consortium <slug>] [--dry-run]
 * Runs as that account (their tenancy, their name in the audit log): preview, then commit.
 */
export async function runImport(args: string[], ctx: DataCliContext): Promise<number> {
  const { values } = parse(
    args,
    {
      kind: { type: 'string' },
      file: { type: 'string' },
      'actor-email': { type: 'string' },
      comune: { type: 'string' },
      consortium: { type: 'string' },
      'dry-run': { type: 'boolean' },
    },
    0,
  );
  const kind = kindOf(values);
  const given = text(values, 'file');
  if (!given) throw new DataUsageError('Missing --file <file.csv>');
  const file = resolve(ctx.cwd, given);
  const email = text(values, 'actor-email');
  if (!email)
    throw new DataUsageError('Missing --actor-email <email> (the staff account the import is recorded under)');
  if (!existsSync(file)) throw new DataCommandError(`${file}: file not found`);
  if (statSync(file).size > CSV_LIMITS.chars * 4)
    throw new DataCommandError(`${file}: too big (at most ${CSV_LIMIT_MB} MB of text); split it`);
  const decoded = decodeCsvBytes(readFileSync(file));
  if (!decoded.ok)
    throw new DataCommandError(`${file}: not a text CSV file (a spreadsheet such as .xlsx?): save it as CSV`);
  if (decoded.encoding === 'windows-1252') ctx.out('File read as Windows-1252 (Excel "CSV"): not valid UTF-8');
  const csv = decoded.text;
  const db = ctx.openDb();
  const user = loadActiveUserByEmail(db, email);
  if (!user) throw new DataCommandError(`No active account ${email.toLowerCase()}`);
  // The import runs here, in the CLI's own process, its progress printed; the job store beside the
  // database keeps it to one long write at a time with the server's imports.
  const jobs = inPlaceJobRunner(db, openJobStore(db.$client.name), printImportProgress(ctx.out));
  const api = createCaller(createContextInner({ db, user, now: ctx.now, today: () => todayIso(ctx.now()), jobs }));
  const input = { scope: scopeOf(values, () => ownConsortium(db, user.consortiumId)), kind, csv };
  const preview = await api.imports.preview(input);
  printPreview(ctx, preview);
  if (preview.errors.length > 0) {
    ctx.err('Nothing was imported: fix the file and run again.');
    return 1;
  }
  if (values['dry-run']) {
    ctx.out(preview.canApply ? 'Dry run: nothing was written.' : 'Dry run: the file changes nothing.');
    return 0;
  }
  const result = await commitImportJob(api, { ...input, fingerprint: preview.fingerprint, fileName: basename(file) });
  ctx.out(
    `Imported: ${result.added} added, ${result.changed} changed, ${result.unchanged} unchanged${result.added + result.changed === 0 ? ' (nothing to write)' : ''}`,
  );
  return 0;
}

/** export --kind figures|milestones --comune <ISTAT> | --consortium <slug> [--file <out.csv>] [--from YYYY-MM] [--to YYYY-MM] */
export function runExport(args: string[], ctx: DataCliContext): number {
  const { values } = parse(
    args,
    {
      kind: { type: 'string' },
      file: { type: 'string' },
      comune: { type: 'string' },
      consortium: { type: 'string' },
      from: { type: 'string' },
      to: { type: 'string' },
    },
    0,
  );
  const kind = kindOf(values);
  const scope = scopeOf(values);
  const months = { from: text(values, 'from'), to: text(values, 'to') };
  for (const [name, value] of Object.entries(months)) {
    if (value !== undefined && !isYearMonth(value)) throw new DataUsageError(`--${name} must be a month as YYYY-MM`);
  }
  const db = ctx.openDb();
  const file = exportCsv(db, { kind, scope: findDataScope(db, scope), today: todayIso(ctx.now()), ...months });
  const given = text(values, 'file');
  const target = given ? resolve(ctx.cwd, given) : undefined;
  if (!target) {
    (ctx.raw ?? ctx.out)(file.csv);
    ctx.err(`${file.rows} rows`);
    return 0;
  }
  writeFileSync(target, file.csv);
  ctx.out(`Wrote ${file.rows} rows to ${target}`);
  return 0;
}

/** backup <file> [--force]: a consistent copy, also while the server runs. */
export async function runBackup(args: string[], ctx: DataCliContext): Promise<number> {
  const { values, positionals } = parse(args, { force: { type: 'boolean' } }, 1);
  const [target] = positionals;
  if (!target) throw new DataUsageError('Missing the backup file: pnpm switchoff backup <file>');
  const path = resolve(ctx.cwd, target);
  if (existsSync(path) && !values.force)
    throw new DataCommandError(`${path} already exists: choose another name, or add --force to overwrite it`);
  if (path === resolve(ctx.databasePath)) throw new DataCommandError('The backup cannot be the database itself');
  const db = ctx.openDb();
  const { bytes } = await backupDatabase(db, path);
  recordDatabaseEvent(db, {
    author: CLI_AUTHOR,
    action: 'backup',
    details: { filename: basename(path), bytes, via: 'cli' },
  });
  ctx.out(`Backup of ${ctx.databasePath} written to ${path} (${bytes} bytes); it holds every consortium`);
  return 0;
}

/** Maps refusals of the API (no access, unknown comune, conflict) to a message for the terminal. */
export function dataCommandMessage(error: unknown): string | null {
  if (error instanceof DataCommandError) return error.message;
  if (error instanceof TRPCError) return error.message;
  return null;
}
