import { type ReactNode, useId } from 'react';
import { TableScroll } from '../components/table-scroll';

/** One column of a data table; `rowHeader` makes its cells `<th scope="row">`. */
export type Column<Row> = {
  key: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  numeric?: boolean;
  rowHeader?: boolean;
  /** Keep the cell on one line (dates). */
  nowrap?: boolean;
};

type DataTableProps<Row> = {
  caption: ReactNode;
  columns: readonly Column<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => string;
  /** Extra class per row, e.g. to mark a missing month. */
  rowClassName?: (row: Row) => string | undefined;
  className?: string;
  /**
   * Keep the grid on phones (a chart's data: short numbers a reader compares down a column). By
   * default each row shows on a phone as a block of "header: value" lines.
   */
  grid?: boolean;
};

/** An accessible table with caption and scoped headers: the data behind a chart, or a list. */
export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  rowClassName,
  className = '',
  grid = false,
}: DataTableProps<Row>) {
  const captionId = useId();
  return (
    <TableScroll labelledBy={captionId}>
      <table className={`table table-sm data-table ${grid ? '' : 'table-stack'} ${className}`.trim()}>
        <caption id={captionId}>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.key} scope="col" className={column.numeric ? 'text-end' : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={rowKey(row)} className={rowClassName?.(row)}>
              {columns.map((column) => {
                const className = column.numeric ? 'text-end text-nowrap' : column.nowrap ? 'text-nowrap' : undefined;
                return column.rowHeader ? (
                  <th key={column.key} scope="row" className={className}>
                    {column.cell(row)}
                  </th>
                ) : (
                  <td
                    key={column.key}
                    className={className}
                    data-label={typeof column.header === 'string' ? column.header : undefined}
                  >
                    {column.cell(row)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** The cell of a missing value: a dash for the eye, "mese senza dati" for screen readers. */
export function Gap({ label }: { label: string }) {
  return (
    <span className="data-gap">
      <span aria-hidden="true">–</span>
      <span className="visually-hidden">{label}</span>
    </span>
  );
}
