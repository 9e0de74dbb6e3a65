import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Column } from '../charts/data-table';

type ServiceColumnOptions<Row> = {
  header: string;
  /** The comune whose service pages the names link to. */
  istat: string;
  /** What the table says of the service after its name (its category, whether it is internal). */
  details: (row: Row) => ReactNode;
};

/** A table's row-header column of a comune's services: each name links to the service's page. */
export function serviceColumn<Row extends { slug: string; name: string }>({
  header,
  istat,
  details,
}: ServiceColumnOptions<Row>): Column<Row> {
  return {
    key: 'service',
    header,
    rowHeader: true,
    cell: (row) => (
      <>
        <Link to={`/comuni/${istat}/servizi/${row.slug}`}>{row.name}</Link>
        {details(row)}
      </>
    ),
  };
}
