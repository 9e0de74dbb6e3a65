import type Database from 'better-sqlite3';
import { FIGURE_VALUE_COLUMNS } from '../rows/figures';

type Statement = Database.Statement<unknown[]>;

const FIGURE_COLUMNS = ['service_id', 'month', ...Object.values(FIGURE_VALUE_COLUMNS), 'updated_at'];

/** Values of one monthly_figures row, in FIGURE_COLUMNS order. */
export const FIGURE_WIDTH = FIGURE_COLUMNS.length;
/** Rows per multi-row INSERT: one call into SQLite binds this many rows at once. */
export const FIGURE_ROWS_PER_INSERT = 256;

function insertSql(table: string, columns: readonly string[], rows = 1): string {
  const tuple = `(${columns.map(() => '?').join(', ')})`;
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${Array.from({ length: rows }, () => tuple).join(', ')}`;
}

/** Prepared once per run and reused for every row: the generator never builds SQL in its loops. */
export function prepareStatements(client: Database.Database) {
  const prepare = (table: string, columns: readonly string[]): Statement => client.prepare(insertSql(table, columns));
  return {
    catalogue: prepare('catalogue_services', [
      'slug',
      'name',
      'category',
      'description',
      'takes_payment',
      'needs_identity',
      'updated_at',
    ]),
    consortium: prepare('consortia', ['slug', 'name', 'ipa_code', 'city', 'description', 'demo', 'created_at']),
    comune: prepare('comuni', [
      'istat_code',
      'name',
      'province_code',
      'region',
      'population',
      'consortium_id',
      'ipa_code',
      'take_up_target',
      'assisted_desk',
      'figures_illustrative',
      'created_at',
      'updated_at',
    ]),
    service: prepare('services', [
      'comune_id',
      'catalogue_id',
      'slug',
      'name',
      'category',
      'description',
      'office',
      'interactivity_level',
      'takes_payment',
      'needs_identity',
      'has_assisted_desk',
      'visibility',
      'internal_note',
      'created_at',
      'updated_at',
    ]),
    stageEvent: prepare('stage_events', [
      'service_id',
      'stage',
      'effective_date',
      'reason',
      'recorded_by',
      'recorded_at',
    ]),
    figure: prepare('monthly_figures', FIGURE_COLUMNS),
    figures: client.prepare(insertSql('monthly_figures', FIGURE_COLUMNS, FIGURE_ROWS_PER_INSERT)),
    milestone: prepare('milestones', [
      'comune_id',
      'service_id',
      'code',
      'title',
      'description',
      'kind',
      'baseline_date',
      'planned_date',
      'actual_date',
      'owner',
      'progress',
      'visibility',
      'internal_note',
      'version',
      'created_at',
      'updated_at',
    ]),
    replan: prepare('milestone_replans', [
      'milestone_id',
      'previous_date',
      'planned_date',
      'reason',
      'changed_by',
      'changed_at',
    ]),
    dependency: prepare('milestone_dependencies', ['milestone_id', 'depends_on_id']),
    platform: prepare('platform_adoptions', [
      'comune_id',
      'platform',
      'state',
      'activation_date',
      'note',
      'updated_at',
    ]),
    pnrr: prepare('pnrr_measures', ['comune_id', 'measure', 'state', 'amount_cents', 'state_date', 'updated_at']),
    dataset: prepare('open_datasets', ['comune_id', 'title', 'portal', 'url', 'license', 'published_date']),
    audit: prepare('audit_log', ['at', 'actor', 'action', 'entity', 'entity_id', 'comune_id', 'after']),
  };
}

export type Statements = ReturnType<typeof prepareStatements>;

/**
 * Buffers monthly_figures rows and writes them 64 at a time through one prepared multi-row
 * INSERT (the rest, at a flush, row by row), which halves the cost of crossing into SQLite.
 */
export function createFigureBuffer(statements: Statements) {
  const full = FIGURE_ROWS_PER_INSERT * FIGURE_WIDTH;
  // Reused for every batch: better-sqlite3 copies the values when it binds them.
  const values: (string | number | null)[] = new Array<string | number | null>(full).fill(null);
  let length = 0;
  return {
    push(row: readonly (string | number | null)[]): void {
      for (const value of row) values[length++] = value;
      if (length === full) {
        statements.figures.run(values);
        length = 0;
      }
    },
    flush(): void {
      for (let i = 0; i < length; i += FIGURE_WIDTH) statements.figure.run(values.slice(i, i + FIGURE_WIDTH));
      length = 0;
    },
  };
}

export type FigureBuffer = ReturnType<typeof createFigureBuffer>;
