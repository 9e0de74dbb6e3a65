import { HIDDEN_CHANGE_FIELDS, STAGES, type Stage } from '@switchoff/domain';
import type { Formatters } from '../format';
import type { Messages } from '../i18n/it';
import { wordFor } from '../i18n/word-for';

/** One change as the API's histories give it (an audit row). */
export type Change = {
  id: number;
  at: string;
  actor: string;
  action: string;
  entity: string;
  entityId: number | null;
  before?: unknown;
  after?: unknown;
};

/** One line of a change: a field set, or changed from one value to another. */
export type ChangeLine = { field: string; label: string; before: string | null; after: string };

export type DescribedChange = {
  action: string;
  entity: string;
  /** A stage change that goes back (e.g. from digital only to digital first). */
  revert: boolean;
  lines: ChangeLine[];
};

const DATES = new Set([
  'effectiveDate',
  'plannedDate',
  'baselineDate',
  'actualDate',
  'activationDate',
  'stateDate',
  'publishedDate',
]);
const MONEY = new Set(['costCents', 'amountCents']);

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : null;
}

function isStage(value: unknown): value is Stage {
  return typeof value === 'string' && (STAGES as readonly string[]).includes(value);
}

type Context = {
  m: Messages;
  f: Formatters;
  /** Titles of the comune's milestones, to name dependencies. */
  milestoneTitles?: ReadonlyMap<number, string> | undefined;
};

/** A stored value as a person reads it, by what the field holds. */
export function formatValue(field: string, value: unknown, { m, f, milestoneTitles }: Context): string {
  if (value === null || value === undefined || value === '') return m.history.emptyValue;
  if (typeof value === 'boolean') return value ? m.common.yes : m.common.no;
  if (DATES.has(field) && typeof value === 'string') return f.date(value);
  if (field === 'disabledAt' && typeof value === 'string') return f.dateTime(value);
  if (field === 'month' && typeof value === 'string') return f.monthLong(value);
  if (MONEY.has(field) && typeof value === 'number') return f.euroCents(value);
  if (field === 'takeUpTarget' && typeof value === 'number') return f.percent(value);
  if (field === 'progress' && typeof value === 'number') return f.percent(value / 100);
  if (field === 'interactivityLevel' && typeof value === 'number')
    return m.interactivity.levels[value] ?? String(value);
  if (field === 'stage' && isStage(value)) return m.stages[value].label;
  if (field === 'visibility') return value === 'internal' ? m.internal.internalShort : m.internal.publicShort;
  if (field === 'serviceId') return m.history.otherService;
  const annulled = field === 'annulled' ? record(value) : null;
  if (annulled !== null) {
    const from = typeof annulled.from === 'string' ? f.date(annulled.from) : m.history.emptyValue;
    const to = typeof annulled.to === 'string' ? f.date(annulled.to) : m.history.emptyValue;
    const reason = typeof annulled.reason === 'string' ? annulled.reason : '';
    return reason ? m.history.annulledReplanReason({ from, to, reason }) : m.history.annulledReplan({ from, to });
  }
  if (typeof value === 'string') {
    const vocabularies: Record<string, Record<string, string>> = {
      category: m.categories,
      kind: m.milestoneKinds,
      platform: m.platforms,
      role: m.roles,
      state: { ...m.platformStates, ...m.pnrrStates },
      measure: Object.fromEntries(Object.entries(m.pnrrMeasures).map(([code, label]) => [code, `${code} – ${label}`])),
    };
    return vocabularies[field]?.[value] ?? value;
  }
  if (typeof value === 'number') return f.number(value);
  if (Array.isArray(value)) {
    if (value.length === 0) return m.common.none;
    if (field === 'dependsOn') {
      return value
        .map((id) =>
          typeof id === 'number'
            ? (milestoneTitles?.get(id) ?? m.history.milestoneRef({ id: String(id) }))
            : String(id),
        )
        .join('; ');
    }
    return value.map(String).join(', ');
  }
  return JSON.stringify(value);
}

function same(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** An import's summary in words: the file, what it held, and how many rows it added, changed, left alone. */
function importLines(after: Record<string, unknown>, { m }: Context): ChangeLine[] {
  const count = (key: string) => (typeof after[key] === 'number' ? after[key] : 0);
  const lines: ChangeLine[] = [];
  if (typeof after.file === 'string' && after.file !== '') {
    lines.push({ field: 'file', label: m.history.importFile, before: null, after: after.file });
  }
  if (typeof after.kind === 'string') {
    const kind = wordFor(m.history.importKinds, after.kind) ?? after.kind;
    lines.push({ field: 'kind', label: m.history.importKind, before: null, after: kind });
  }
  lines.push({
    field: 'rows',
    label: m.history.importRows,
    before: null,
    after: m.history.importCounts({
      added: count('added'),
      changed: count('changed'),
      unchanged: count('unchanged'),
    }),
  });
  return lines;
}

/**
 * A change in words: the action, the thing, and each field before → after (or set, when the
 * change created it). Bookkeeping fields (versions, ids, an import's fingerprint) are left out.
 */
export function describeChange(change: Change, context: Context): DescribedChange {
  const { m } = context;
  if (change.entity === 'imports') {
    return {
      action: wordFor(m.history.actions, change.action) ?? change.action,
      entity: wordFor(m.history.entities, change.entity) ?? change.entity,
      revert: false,
      lines: importLines(record(change.after) ?? {}, context),
    };
  }
  const before = record(change.before) ?? {};
  const after = record(change.after) ?? {};
  const created = change.before === null || change.before === undefined;
  const keys = [...new Set([...Object.keys(before), ...Object.keys(after)])].filter(
    (key) => !HIDDEN_CHANGE_FIELDS.has(key) && !(key === 'serviceId' && change.entity !== 'milestones'),
  );
  const lines: ChangeLine[] = [];
  for (const key of keys) {
    const inBefore = key in before;
    const inAfter = key in after;
    if (inBefore && inAfter && same(before[key], after[key])) continue;
    // A new row lists only what was filled in.
    if (created && (after[key] === null || after[key] === '' || (Array.isArray(after[key]) && after[key].length === 0)))
      continue;
    lines.push({
      field: key,
      label: wordFor(m.history.fields, key) ?? key,
      before: inBefore && !created ? formatValue(key, before[key], context) : null,
      after: formatValue(key, inAfter ? after[key] : null, context),
    });
  }
  const from = before.stage;
  const to = after.stage;
  const revert =
    change.action === 'record_stage' && isStage(from) && isStage(to) && STAGES.indexOf(to) < STAGES.indexOf(from);
  return {
    action: wordFor(m.history.actions, change.action) ?? change.action,
    entity: wordFor(m.history.entities, change.entity) ?? change.entity,
    revert,
    lines,
  };
}
