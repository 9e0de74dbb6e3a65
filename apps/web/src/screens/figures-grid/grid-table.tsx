import type { AppMessage } from '@switchoff/domain';
import { Icon } from '../../components/icon';
import { TableScroll } from '../../components/table-scroll';
import type { Messages } from '../../forms/form-errors';
import { useI18n } from '../../i18n/i18n';
import { COLUMN_GROUPS, COLUMNS, type Column, type GridRow, isDirty, isNew } from './grid-model';

type GridTableProps = {
  idPrefix: string;
  rows: readonly GridRow[];
  /** Messages by `<rowKey>.<column>` (or `<rowKey>.month`, `<rowKey>.row`). */
  cellErrors: Messages;
  /** Rows refused because someone else saved them meanwhile. */
  conflictKeys: ReadonlySet<string>;
  editable: boolean;
  caption: string;
  lastMonth: string;
  onCell: (key: string, column: Column, value: string) => void;
  onMonth: (key: string, value: string) => void;
  onRemove: (key: string) => void;
};

/** The id of a cell's input, for labels, error links and focus. */
export function cellId(prefix: string, key: string, column: Column | 'month'): string {
  return `${prefix}-${key}-${column}`;
}

function CellError({ id, messages }: { id: string; messages: readonly AppMessage[] | undefined }) {
  const { msg } = useI18n();
  if (!messages?.length) return null;
  return (
    <span id={id} className="grid-cell-error">
      <Icon name="it-error" size="xs" className="me-1" />
      {messages.map(msg).join(' ')}
    </span>
  );
}

/** The full name of a column, for screen readers and the error summary ("Pagamenti con pagoPA"). */
export function useCellName() {
  const { m } = useI18n();
  return (column: Column): string => {
    const rating = { s1: '1', s2: '2', s3: '3', s4: '4', s5: '5' } as const;
    if (column in rating) return m.grid.ratingName({ n: rating[column as keyof typeof rating] });
    return m.grid.cellNames[column as keyof typeof m.grid.cellNames];
  };
}

/** Months as rows, channels as columns; every cell labelled with its column and month. */
export function GridTable({
  idPrefix,
  rows,
  cellErrors,
  conflictKeys,
  editable,
  caption,
  lastMonth,
  onCell,
  onMonth,
  onRemove,
}: GridTableProps) {
  const { m, f } = useI18n();
  const cellName = useCellName();
  const headers: Record<Column, string> = {
    online: m.grid.online,
    assisted: m.grid.assisted,
    paper: m.grid.paper,
    paymentsTotal: m.grid.paymentsTotal,
    paymentsPagopa: m.grid.paymentsPagopa,
    s1: m.grid.rating({ n: '1' }),
    s2: m.grid.rating({ n: '2' }),
    s3: m.grid.rating({ n: '3' }),
    s4: m.grid.rating({ n: '4' }),
    s5: m.grid.rating({ n: '5' }),
    cost: m.grid.cost,
  };
  const monthName = (row: GridRow) => (row.month ? f.monthLong(row.month) : m.grid.newMonth);
  return (
    <TableScroll labelledBy={`${idPrefix}-caption`} className="figures-grid-wrap">
      <table className="table table-sm figures-grid">
        <caption id={`${idPrefix}-caption`}>{caption}</caption>
        <thead>
          <tr>
            <th scope="col" rowSpan={2} className="grid-month-col">
              {m.grid.month}
            </th>
            {COLUMN_GROUPS.map(({ group, columns }) => (
              <th key={group} scope="colgroup" colSpan={columns.length}>
                {m.grid[group]}
              </th>
            ))}
            <th scope="col" rowSpan={2}>
              {headers.cost}
            </th>
          </tr>
          <tr>
            {COLUMN_GROUPS.flatMap((g) => g.columns).map((column) => (
              <th key={column} scope="col">
                {headers[column]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const dirty = editable && isDirty(row);
            const conflict = conflictKeys.has(row.key);
            const rowMessages = cellErrors[`${row.key}.row`];
            const monthErrors = cellErrors[`${row.key}.month`];
            const monthId = cellId(idPrefix, row.key, 'month');
            return (
              <tr
                key={row.key}
                className={
                  `${dirty ? 'grid-row-dirty' : ''}${conflict ? ' grid-row-conflict' : ''}`.trim() || undefined
                }
              >
                <th scope="row" className="grid-month-col">
                  {editable && isNew(row) ? (
                    <>
                      <label htmlFor={monthId} className="visually-hidden">
                        {m.grid.month}
                      </label>
                      <input
                        id={monthId}
                        type="month"
                        className={`form-control grid-input grid-month-input${monthErrors?.length ? ' is-invalid' : ''}`}
                        value={row.month}
                        max={lastMonth}
                        onChange={(event) => onMonth(row.key, event.target.value)}
                        aria-invalid={monthErrors?.length ? true : undefined}
                        aria-describedby={monthErrors?.length ? `${monthId}-error` : undefined}
                      />
                      <CellError id={`${monthId}-error`} messages={monthErrors} />
                      <button
                        type="button"
                        className="btn btn-link btn-xs p-0 grid-remove"
                        onClick={() => onRemove(row.key)}
                        aria-label={m.grid.removeNewLabel({ month: row.month || m.grid.newMonth })}
                      >
                        <Icon name="it-close" size="xs" /> {m.grid.removeNew}
                      </button>
                    </>
                  ) : (
                    <span id={monthId}>{monthName(row)}</span>
                  )}
                  {dirty ? (
                    <span className="grid-row-state">
                      <Icon name="it-pencil" size="xs" /> {isNew(row) ? m.grid.newRow : m.grid.changed}
                    </span>
                  ) : null}
                  {conflict ? (
                    <span className="grid-row-state grid-row-state-conflict">
                      <Icon name="it-warning-circle" size="xs" /> {m.grid.rowConflict}
                    </span>
                  ) : null}
                  <CellError id={`${monthId}-row-error`} messages={rowMessages} />
                </th>
                {COLUMNS.map((column) => {
                  const id = cellId(idPrefix, row.key, column);
                  const errors = cellErrors[`${row.key}.${column}`];
                  const changed = row.base !== null && row.cells[column] !== row.base[column];
                  if (!editable) {
                    return (
                      <td key={column} className="text-end">
                        {row.cells[column] === '' ? (
                          <>
                            <span aria-hidden="true">–</span>
                            <span className="visually-hidden">{m.common.notAvailable}</span>
                          </>
                        ) : (
                          row.cells[column]
                        )}
                      </td>
                    );
                  }
                  return (
                    <td key={column} className={errors?.length ? 'grid-cell-invalid' : undefined}>
                      <input
                        id={id}
                        className={`form-control grid-input${errors?.length ? ' is-invalid' : ''}${changed ? ' grid-input-changed' : ''}`}
                        inputMode={column === 'cost' ? 'decimal' : 'numeric'}
                        value={row.cells[column]}
                        onChange={(event) => onCell(row.key, column, event.target.value)}
                        aria-label={m.grid.cellLabel({ column: cellName(column), month: monthName(row) })}
                        aria-invalid={errors?.length ? true : undefined}
                        aria-describedby={errors?.length ? `${id}-error` : undefined}
                      />
                      <CellError id={`${id}-error`} messages={errors} />
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
