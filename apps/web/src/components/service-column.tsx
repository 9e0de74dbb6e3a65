import type { ReactNode } from 'react';
import { Link } from 'react-router';
import type { Column } from '../charts/data-table';

type ServiceColumnOptions<Row> = {
  header: string;
  /** The comune whose service pages the names link to; without it (a catalogue's service) a name is plain text. */
  istat?: string;
  /** What the table says of the service after its name (its category, its address, whether it is internal). */
  details: (row: Row) => ReactNode;
};

/** A table's row-header column of services: each name (linking to the comune's service page) and its details. */
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
        {istat === undefined ? row.name : <Link to={`/comuni/${istat}/servizi/${row.slug}`}>{row.name}</Link>}
        {details(row)}
      </>
    ),
  };
}
