import { useI18n } from '../i18n/i18n';
import { type Column, DataTable, Gap } from './data-table';
import type { TakeUpPoint } from './take-up-points';

function isMissingMonth(point: TakeUpPoint): boolean {
  return point.online === null && point.assisted === null && point.paper === null;
}

/** The data of the take-up chart: one row per month, gaps for months without figures. */
export function TakeUpTable({ data, caption }: { data: readonly TakeUpPoint[]; caption: string }) {
  const { m, f } = useI18n();
  const value = (n: number | null, format: (v: number) => string) =>
    n === null ? <Gap label={m.common.missingMonth} /> : format(n);
  const columns: Column<TakeUpPoint>[] = [
    {
      key: 'month',
      header: m.charts.month,
      rowHeader: true,
      cell: (p) => (
        <>
          {f.monthLong(p.month)}
          {isMissingMonth(p) ? (
            <span className="d-block small fw-normal text-muted">{m.common.missingMonth}</span>
          ) : null}
        </>
      ),
    },
    { key: 'online', header: m.channels.online, numeric: true, cell: (p) => value(p.online, f.number) },
    { key: 'assisted', header: m.channels.assisted, numeric: true, cell: (p) => value(p.assisted, f.number) },
    { key: 'paper', header: m.channels.paper, numeric: true, cell: (p) => value(p.paper, f.number) },
    { key: 'takeUp', header: m.channels.takeUp, numeric: true, cell: (p) => value(p.takeUp, f.percent) },
  ];
  return (
    <DataTable
      grid
      caption={caption}
      columns={columns}
      rows={data}
      rowKey={(p) => p.month}
      rowClassName={(p) => (isMissingMonth(p) ? 'row-missing' : undefined)}
    />
  );
}
