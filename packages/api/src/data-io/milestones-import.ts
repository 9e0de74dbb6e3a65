import { schema, type Tx } from '@switchoff/db';
import { type MessageToken, token } from '@switchoff/domain';
import { GENERATED_CODE, type MilestoneCsvRow, readMilestoneRow, VISIBILITY_IT } from '@switchoff/domain/formats';
import { pastDateIssue } from '@switchoff/domain/schemas';
import type { DataScope } from '../reads/lookup';
import { changedFields } from '../writes/changes';
import { MILESTONE_FIELDS, type MilestoneRow } from '../writes/milestones';
import type { CsvRecord, ImportIssue } from './csv-read';
import { checkDependencies, loadExisting } from './milestones-graph';
import { placeRows } from './place-rows';
import { type ComuneRef, type CsvValue, duplicateTracker, emptyPlan, type ImportPlan, type ServiceRef } from './plan';

const { milestones } = schema;

type Fields = Partial<Pick<MilestoneRow, (typeof MILESTONE_FIELDS)[number]>>;

/** A dependency: an existing milestone (id) or one this file adds (its code). */
export type Dependency = number | string;

/** One change a milestones file makes, as applyMilestonesPlan (milestones-apply.ts) writes it. */
export type MilestoneOp =
  | { type: 'add'; comuneId: number; code: string; values: typeof milestones.$inferInsert; dependsOn: Dependency[] }
  | {
      type: 'change';
      comuneId: number;
      current: MilestoneRow;
      fields: Fields;
      plannedDate: string | null;
      actualDate: string | null;
      dependsOn: Dependency[] | null;
      dependsBefore: number[];
    };

type Cells = { service: ServiceRef | null | undefined; row: MilestoneCsvRow };

function csvValues(
  values: Partial<Record<string, unknown>>,
  services: (id: number | null) => string | null,
  codes: (deps: readonly Dependency[]) => string,
) {
  const out: Record<string, CsvValue> = {};
  const set = (column: string, value: CsvValue | undefined) => {
    if (value !== undefined) out[column] = value;
  };
  set('titolo', values.title as string | undefined);
  set('tipo', values.kind as string | undefined);
  if ('serviceId' in values) set('servizio', services((values.serviceId as number | null | undefined) ?? null));
  set('descrizione', values.description as string | undefined);
  set('responsabile', values.owner as string | undefined);
  set('data_base', values.baselineDate as string | undefined);
  set('data_prevista', values.plannedDate as string | undefined);
  if ('actualDate' in values) set('data_effettiva', (values.actualDate as string | null | undefined) ?? null);
  set('avanzamento', values.progress as number | undefined);
  if (values.visibility) set('visibilita', VISIBILITY_IT[values.visibility as 'public' | 'internal']);
  if ('internalNote' in values) set('nota_interna', (values.internalNote as string | null | undefined) ?? null);
  if (Array.isArray(values.dependsOn)) set('dipende_da', codes(values.dependsOn as Dependency[]));
  return out;
}

/**
 * What a milestones file would do. Rows are matched by their code within the comune (a
 * milestone made on screen is `id-<id>`). The baseline never changes after creation; a new
 * planned date is a re-plan (kept in the history with its reason); a reached milestone is not
 * re-planned and its actual date is not taken away; dependencies must be milestones of the
 * same comune (existing or in the file) and close no cycle.
 */
export function planMilestonesImport(
  tx: Tx,
  params: { scope: DataScope; records: readonly CsvRecord[]; today: string },
): ImportPlan<MilestoneOp> {
  const issues: ImportIssue[] = [];
  const placed = placeRows(tx, { ...params, issues, readRow: readMilestoneRow });
  const slugOf = new Map([...placed.servicesByComune.values()].flat().map((s) => [s.id, s.slug]));
  const existing = loadExisting(tx, placed.comuneIds);
  const seen = duplicateTracker();
  const read: ({ line: number; comune: ComuneRef } & Cells)[] = [];

  // Comune and service are checked even when a cell is wrong: every problem of the row at once.
  for (const { line, row, comune, service } of placed.rows) {
    if (!row || !comune || (row.service && !service)) continue;
    const first = seen(`${comune.id}:${row.code}`, line);
    if (first !== null) {
      issues.push({
        line,
        column: 'codice',
        value: row.code,
        message: token('import.codeRepeated', { code: row.code, line: first }),
      });
      continue;
    }
    if (!existing.get(comune.id)?.rows.has(row.code) && GENERATED_CODE.test(row.code)) {
      issues.push({
        line,
        column: 'codice',
        value: row.code,
        message: token('import.milestoneUnknown', { comune: comune.name, code: row.code }),
      });
      continue;
    }
    read.push({ line, comune, service, row });
  }

  const refused = checkDependencies(read, existing, issues);

  const plan = emptyPlan<MilestoneOp>(issues);
  for (const r of read) {
    if (refused.has(r.line)) continue;
    const { row, comune, line } = r;
    const known = existing.get(comune.id);
    const current = known?.rows.get(row.code);
    const dependsOn = row.dependsOn?.map((code): Dependency => {
      const id = known?.rows.get(code)?.id;
      return id ?? code;
    });
    const codesOf = (deps: readonly Dependency[]) =>
      deps
        .map((d) => (typeof d === 'number' ? (known?.codeOf.get(d) ?? `id-${d}`) : d))
        .sort()
        .join(' ');
    const serviceSlug = (id: number | null) => (id === null ? null : (slugOf.get(id) ?? null));
    const ref = {
      line,
      istat: comune.istat,
      comune: comune.name,
      service:
        r.service === undefined
          ? current?.serviceId
            ? serviceSlug(current.serviceId)
            : null
          : (r.service?.slug ?? null),
      month: null,
      code: row.code,
      label: `${row.code} · ${row.title}`,
    };
    const at = (column: string, message: MessageToken, value: string | null = null) =>
      issues.push({ line, column, value, message });

    if (!current) {
      const actual = row.actualDate ?? null;
      const pastIssue = actual ? pastDateIssue(actual, params.today) : null;
      if (pastIssue) {
        at('data_effettiva', pastIssue, actual);
        continue;
      }
      const values = {
        comuneId: comune.id,
        code: row.code,
        serviceId: r.service?.id ?? null,
        title: row.title,
        description: row.description ?? '',
        kind: row.kind,
        baselineDate: row.baselineDate ?? row.plannedDate,
        plannedDate: row.plannedDate,
        actualDate: actual,
        owner: row.owner ?? '',
        progress: row.progress ?? 0,
        visibility: row.visibility ?? 'public',
        internalNote: row.internalNote ?? null,
      } satisfies typeof milestones.$inferInsert;
      plan.add.push({
        ...ref,
        before: null,
        after: csvValues({ ...values, dependsOn: dependsOn ?? [] }, serviceSlug, codesOf),
      });
      plan.ops.push({ type: 'add', comuneId: comune.id, code: row.code, values, dependsOn: dependsOn ?? [] });
      continue;
    }

    if (row.baselineDate && row.baselineDate !== current.baselineDate) {
      at('data_base', token('milestone.baselineFixed', { date: current.baselineDate }), row.baselineDate);
      continue;
    }
    const plannedDate = row.plannedDate !== current.plannedDate ? row.plannedDate : null;
    if (plannedDate && current.actualDate !== null) {
      at('data_prevista', token('milestone.alreadyReached'), row.plannedDate);
      continue;
    }
    if (row.actualDate === null && current.actualDate !== null) {
      at('data_effettiva', token('milestone.actualDateKept', { date: current.actualDate }));
      continue;
    }
    const actualDate = row.actualDate && row.actualDate !== current.actualDate ? row.actualDate : null;
    const pastIssue = actualDate ? pastDateIssue(actualDate, params.today) : null;
    if (pastIssue) {
      at('data_effettiva', pastIssue, actualDate);
      continue;
    }
    const { before, after } = changedFields(
      current,
      {
        title: row.title,
        description: row.description,
        kind: row.kind,
        owner: row.owner,
        progress: row.progress === null ? 0 : row.progress,
        visibility: row.visibility,
        internalNote: row.internalNote,
        serviceId: r.service === undefined ? undefined : (r.service?.id ?? null),
      },
      MILESTONE_FIELDS,
    );
    const dependsBefore = [...(known?.dependsOn.get(current.id) ?? [])];
    const depsChange = dependsOn !== undefined && codesOf(dependsOn) !== codesOf(dependsBefore);
    if (Object.keys(after).length === 0 && !plannedDate && !actualDate && !depsChange) {
      plan.unchanged.push(ref);
      continue;
    }
    const beforeValues = {
      ...before,
      ...(plannedDate ? { plannedDate: current.plannedDate } : {}),
      ...(actualDate ? { actualDate: current.actualDate } : {}),
      ...(depsChange ? { dependsOn: dependsBefore } : {}),
    };
    const afterValues = {
      ...after,
      ...(plannedDate ? { plannedDate } : {}),
      ...(actualDate ? { actualDate } : {}),
      ...(depsChange ? { dependsOn } : {}),
    };
    plan.change.push({
      ...ref,
      before: csvValues(beforeValues, serviceSlug, codesOf),
      after: csvValues(afterValues, serviceSlug, codesOf),
    });
    plan.ops.push({
      type: 'change',
      comuneId: comune.id,
      current,
      fields: after,
      plannedDate,
      actualDate,
      dependsOn: depsChange ? (dependsOn ?? []) : null,
      dependsBefore,
    });
  }
  return plan;
}
