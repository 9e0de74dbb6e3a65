import { type PadigitaleState, type PnrrMeasure, searchKey } from '@switchoff/domain';
import type { Db } from '../client';
import type { PadigitaleFile, PadigitaleIssue, PadigitaleRow } from './padigitale-csv';
import { readCeased } from './registry';

/** A file to import with the date of its snapshot. */
export type SnapshotFile = PadigitaleFile & { snapshot: string };

/** A row whose `cod_comune` is no comune of the registry (nor a former code of one). */
export type UnmatchedRow = { file: string; line: number; istatCode: string; comune: string; body: string };

/**
 * A row without an ISTAT code, filed under the comune of the registry that has its IPA code, or
 * whose name (or a ceased comune's, for its successor) it gives in its province.
 */
export type CodelessMatch = { file: string; line: number; by: 'ipa' | 'name'; istatCode: string; comune: string };

/** A row that repeats another's comune, measure, call and project; the later state is kept. */
export type DuplicateRow = { file: string; line: number; istatCode: string; measure: PnrrMeasure; call: string };

export type StateChange = {
  istatCode: string;
  comune: string;
  measure: PnrrMeasure;
  call: string;
  from: PadigitaleState | null;
  to: PadigitaleState;
  date: string;
};

/** An application as it will be stored. */
export type PlannedApplication = {
  key: string;
  istatCode: string;
  measure: PnrrMeasure;
  call: string;
  projectKey: string;
  cup: string | null;
  ipaCode: string;
  state: PadigitaleState;
  stateDate: string;
  amountCents: number;
  snapshotDate: string;
};

export type StoredApplication = PlannedApplication & { id: number };

export type PadigitalePlan = {
  files: { file: string; rows: number; comuneRows: number; snapshot: string }[];
  issues: PadigitaleIssue[];
  /** Rows of schools, ASL and other bodies, left out. */
  otherBodies: number;
  matched: number;
  /** Rows with no ISTAT code ("N/D") matched by a comune's IPA code or name in the province (counted in `matched`). */
  codeless: CodelessMatch[];
  unmatched: UnmatchedRow[];
  duplicates: DuplicateRow[];
  /** New applications (their first state is a change from nothing). */
  create: PlannedApplication[];
  /** Applications whose state, date, amount, CUP, IPA code or snapshot changed. */
  update: { stored: StoredApplication; next: PlannedApplication }[];
  stateChanges: StateChange[];
  unchanged: number;
};

/** Comune, measure, call and project: what makes an application one. */
export function applicationKey(a: { istatCode: string; measure: string; call: string; projectKey: string }): string {
  return `${a.istatCode}\u0000${a.measure}\u0000${a.call}\u0000${a.projectKey}`;
}

function projectKeyOf(row: PadigitaleRow): string {
  return row.cup ?? `finestra-${row.window ?? 0}`;
}

/**
 * The registry's current code for every current, former and ceased ISTAT code, its names, and
 * the comune of each IPA code (lower case: PA digitale mixes both).
 */
function registryIndex(db: Db) {
  const rows = db.$client
    .prepare(
      'SELECT istat_code AS istat, former_istat AS former, name, ipa_code AS ipa, province_code AS province FROM registry_comuni',
    )
    .all() as { istat: string; former: string | null; name: string; ipa: string | null; province: string }[];
  const current = new Map<string, string>();
  const names = new Map<string, string>();
  const byIpa = new Map<string, string>();
  /** "AT moransengo" → the comune of that name in the province, or its successor. */
  const byName = new Map<string, string>();
  for (const r of rows) {
    current.set(r.istat, r.istat);
    names.set(r.istat, r.name);
    if (r.former !== null && !current.has(r.former)) current.set(r.former, r.istat);
    if (r.ipa !== null) byIpa.set(r.ipa.toLowerCase(), r.istat);
    byName.set(`${r.province} ${searchKey(r.name)}`, r.istat);
  }
  // A comune merged since 2020: its rows are its successor's, which took over its applications
  // (Tonengo's 1.4.1 project, filed by the body of Moransengo-Tonengo). Only when this database's
  // registry has the successor and no longer the ceased comune.
  for (const c of readCeased()) {
    if (names.has(c.successorIstat) && !current.has(c.istatCode)) {
      current.set(c.istatCode, c.successorIstat);
      byName.set(`${c.provinceCode} ${searchKey(c.name)}`, c.successorIstat);
    }
  }
  return { current, names, byIpa, byName };
}

/**
 * A row PA digitale files without an ISTAT code ("N/D"): the comune whose IPA code it carries
 * (Setteville's, Castegnero's rows), else the comune it names in its province, a ceased comune
 * leading to its successor (Moransengo → Moransengo-Tonengo); undefined when neither is known.
 */
function matchCodeless(
  row: PadigitaleRow,
  byIpa: ReadonlyMap<string, string>,
  byName: ReadonlyMap<string, string>,
): CodelessMatch | undefined {
  const where = { file: row.file, line: row.line, comune: row.comuneName };
  const ipa = byIpa.get(row.ipaCode.toLowerCase());
  if (ipa !== undefined) return { ...where, by: 'ipa', istatCode: ipa };
  const named = byName.get(`${row.provinceCode} ${searchKey(row.comuneName)}`);
  return named === undefined ? undefined : { ...where, by: 'name', istatCode: named };
}

function storedApplications(db: Db): Map<string, StoredApplication> {
  const rows = db.$client
    .prepare(
      `SELECT id, istat_code AS istatCode, measure, call, project_key AS projectKey, cup, ipa_code AS ipaCode, state,
        state_date AS stateDate, amount_cents AS amountCents, snapshot_date AS snapshotDate FROM pnrr_applications`,
    )
    .all() as Omit<StoredApplication, 'key'>[];
  return new Map(rows.map((r) => [applicationKey(r), { ...r, key: applicationKey(r) }]));
}

function sameApplication(a: PlannedApplication, b: PlannedApplication): boolean {
  return (
    a.state === b.state &&
    a.stateDate === b.stateDate &&
    a.amountCents === b.amountCents &&
    a.cup === b.cup &&
    a.ipaCode === b.ipaCode &&
    a.snapshotDate === b.snapshotDate
  );
}

/** What importing the files would change, read from the database as it is now. */
export function planPadigitaleImport(db: Db, files: readonly SnapshotFile[]): PadigitalePlan {
  const plan: PadigitalePlan = {
    files: files.map((f) => ({ file: f.file, rows: f.rows, comuneRows: f.comuneRows.length, snapshot: f.snapshot })),
    issues: files.flatMap((f) => f.issues),
    otherBodies: files.reduce((n, f) => n + f.rows - f.comuneRows.length, 0),
    matched: 0,
    codeless: [],
    unmatched: [],
    duplicates: [],
    create: [],
    update: [],
    stateChanges: [],
    unchanged: 0,
  };
  const { current, names, byIpa, byName } = registryIndex(db);
  const incoming = new Map<string, PlannedApplication>();
  for (const file of files) {
    for (const row of file.comuneRows) {
      const codeless = /^\d{6}$/.test(row.istatCode) ? undefined : matchCodeless(row, byIpa, byName);
      if (codeless !== undefined) plan.codeless.push(codeless);
      const istatCode = current.get(row.istatCode) ?? codeless?.istatCode;
      if (istatCode === undefined) {
        const { file: f, line, comuneName: comune, body } = row;
        plan.unmatched.push({ file: f, line, istatCode: row.istatCode, comune, body });
        continue;
      }
      plan.matched += 1;
      const next: PlannedApplication = {
        key: '',
        istatCode,
        measure: row.measure,
        call: row.call,
        projectKey: projectKeyOf(row),
        cup: row.cup,
        ipaCode: row.ipaCode,
        state: row.state,
        stateDate: row.stateDate,
        amountCents: row.amountCents,
        snapshotDate: file.snapshot,
      };
      next.key = applicationKey(next);
      const earlier = incoming.get(next.key);
      if (earlier !== undefined) {
        plan.duplicates.push({ file: row.file, line: row.line, istatCode, measure: row.measure, call: row.call });
        if (earlier.stateDate > next.stateDate) continue;
      }
      incoming.set(next.key, next);
    }
  }
  const stored = storedApplications(db);
  for (const next of incoming.values()) {
    const before = stored.get(next.key);
    const change = { istatCode: next.istatCode, comune: names.get(next.istatCode) ?? '', measure: next.measure };
    if (before === undefined) {
      plan.create.push(next);
      plan.stateChanges.push({ ...change, call: next.call, from: null, to: next.state, date: next.stateDate });
    } else if (sameApplication(before, next)) {
      plan.unchanged += 1;
    } else {
      plan.update.push({ stored: before, next });
      if (before.state !== next.state || before.stateDate !== next.stateDate) {
        plan.stateChanges.push({
          ...change,
          call: next.call,
          from: before.state,
          to: next.state,
          date: next.stateDate,
        });
      }
    }
  }
  return plan;
}
