import type { Db } from '@switchoff/db';
import {
  CHANGE_ACTIONS_IT,
  CHANGE_ENTITIES_IT,
  CHANGE_FIELDS_IT,
  HIDDEN_CHANGE_FIELDS,
  splitActor,
  type YearMonth,
} from '@switchoff/domain';
import { formatEuroComma } from '@switchoff/domain/formats';
import { type ChangeFilters, type ChangeView, MAX_EXPORTED_CHANGES, monthHistory } from '../reads/history';
import type { ComuneRow } from '../reads/lookup';
import { toItalianCsv } from './export';

/** The columns of the history's CSV: one row per changed field (a change with none has one row). */
export const HISTORY_CSV_HEADER = [
  'data_ora',
  'persona',
  'email',
  'azione',
  'tipo',
  'riguarda',
  'campo',
  'prima',
  'dopo',
] as const;

type Cell = string | number | null;

const MONEY = new Set(['costCents', 'amountCents']);

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

/** A stored value as a spreadsheet cell: euro with a decimal comma, yes/no in Italian, lists by spaces. */
function cellOf(field: string, value: unknown): Cell {
  if (value === null || value === undefined || value === '') return null;
  if (typeof value === 'boolean') return value ? 'sì' : 'no';
  if (typeof value === 'number') {
    if (MONEY.has(field)) return formatEuroComma(value);
    return Number.isInteger(value) ? value : String(value).replace('.', ',');
  }
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.length ? value.map(String).join(' ') : null;
  const annulled = field === 'annulled' ? record(value) : null;
  if (annulled) {
    const reason = typeof annulled.reason === 'string' && annulled.reason ? ` (motivo: ${annulled.reason})` : '';
    return `dal ${String(annulled.from ?? '')} al ${String(annulled.to ?? '')}${reason}`;
  }
  return JSON.stringify(value);
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The fields a change set or changed, before and after, as the screen lists them (bookkeeping left out). */
function fieldRows(change: ChangeView): [string, Cell, Cell][] {
  const before = record(change.before) ?? {};
  const after = record(change.after) ?? {};
  const created = change.before === null || change.before === undefined;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (key) => !HIDDEN_CHANGE_FIELDS.has(key) && !(key === 'serviceId' && change.entity !== 'milestones'),
  );
  return keys.flatMap((key): [string, Cell, Cell][] => {
    const was = created ? null : cellOf(key, before[key]);
    const is = cellOf(key, after[key]);
    if (key in before && key in after && same(before[key], after[key])) return [];
    if (created && is === null) return [];
    return [[CHANGE_FIELDS_IT[key] ?? key, was, is]];
  });
}

/**
 * A comune's changes of a month as a CSV file, in Italian: the rows the change history shows
 * with the same filters (kind, person), up to MAX_EXPORTED_CHANGES changes, one line per changed
 * field; written by the exports' writer (";" separator, BOM, formulas guarded).
 */
export function exportMonthHistory(db: Db, params: { comune: ComuneRow; month: YearMonth } & ChangeFilters) {
  const history = monthHistory(db, { ...params, limit: MAX_EXPORTED_CHANGES });
  const rows: Cell[][] = [];
  for (const change of history.changes) {
    const actor = splitActor(change.actor);
    const head: Cell[] = [
      change.at,
      actor.name,
      actor.email,
      CHANGE_ACTIONS_IT[change.action] ?? change.action,
      CHANGE_ENTITIES_IT[change.entity] ?? change.entity,
      change.subject,
    ];
    const fields = fieldRows(change);
    if (fields.length === 0) rows.push([...head, null, null, null]);
    for (const field of fields) rows.push([...head, ...field]);
  }
  const kind = params.kind ? `-${params.kind.replace(/_/g, '-')}` : '';
  return {
    filename: `switchoff-modifiche-${params.comune.istatCode}-${params.month}${kind}.csv`,
    contentType: 'text/csv; charset=utf-8',
    changes: history.changes.length,
    truncated: history.truncated,
    csv: toItalianCsv(HISTORY_CSV_HEADER, rows),
  };
}
