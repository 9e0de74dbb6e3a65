import { shareOf } from '@switchoff/domain';
import { Link } from 'react-router';
import type { ItalyMap, MapArea } from '../../api-types';
import { type Column, DataTable } from '../../charts/data-table';
import { useI18n } from '../../i18n/i18n';
import type { Indicator } from './indicator';

type MapTableProps = {
  map: ItalyMap;
  indicator: Indicator;
  caption: string;
  /** Where each area's name leads. */
  hrefOf: (area: MapArea) => string;
};

type Row = MapArea & { isTotal: boolean };

/** The figures of the map, one row per area and the total: the same numbers the colours stand for. */
export function MapTable({ map, indicator, caption, hrefOf }: MapTableProps) {
  const { m, f } = useI18n();
  const c = m.maps.columns;
  const single = map.level === 'province';
  const nameHeader = map.level === 'italy' ? c.region : map.level === 'region' ? c.province : c.comune;
  const name: Column<Row> = {
    key: 'name',
    header: nameHeader,
    rowHeader: true,
    cell: (row) => (row.isTotal ? m.maps.total : <Link to={hrefOf(row)}>{row.name}</Link>),
  };
  const measureColumns = (measure: Exclude<Indicator, 'switchoff'>): Column<Row>[] =>
    single
      ? [
          {
            key: 'state',
            header: c.state,
            cell: (row) => {
              const counts = row.measures[measure];
              return m.maps.states[counts.completed > 0 ? 'completed' : counts.funded > 0 ? 'funded' : 'none'];
            },
          },
        ]
      : [
          { key: 'comuni', header: c.comuni, numeric: true, cell: (row) => f.number(row.comuni) },
          {
            key: 'completed',
            header: c.completed,
            numeric: true,
            cell: (row) => f.number(row.measures[measure].completed),
          },
          {
            key: 'share',
            header: c.share,
            numeric: true,
            cell: (row) => f.percent(shareOf(row.measures[measure].completed, row.comuni)),
          },
          { key: 'funded', header: c.funded, numeric: true, cell: (row) => f.number(row.measures[measure].funded) },
        ];
  const switchOffColumns: Column<Row>[] = [
    ...(single
      ? []
      : [{ key: 'tracked', header: c.tracked, numeric: true, cell: (row: Row) => f.number(row.tracked?.comuni ?? 0) }]),
    { key: 'services', header: c.services, numeric: true, cell: (row) => f.number(row.tracked?.services ?? null) },
    { key: 'off', header: c.switchedOff, numeric: true, cell: (row) => f.number(row.tracked?.switchedOff ?? null) },
    {
      key: 'share',
      header: c.share,
      numeric: true,
      cell: (row) => f.percent(row.tracked ? shareOf(row.tracked.switchedOff, row.tracked.services) : null),
    },
  ];
  const columns = [name, ...(indicator === 'switchoff' ? switchOffColumns : measureColumns(indicator))];
  const rows: Row[] = map.areas.map((area) => ({ ...area, isTotal: false }));
  if (!single)
    rows.push({ ...map.total, code: 'total', name: m.maps.total, sigla: '', formerIstat: null, isTotal: true });
  return (
    <DataTable
      grid
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(row) => row.code}
      rowClassName={(row) => (row.isTotal ? 'fw-semibold' : undefined)}
      className="map-table"
    />
  );
}
