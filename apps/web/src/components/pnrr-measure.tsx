import type { PnrrMeasure } from '@switchoff/domain';
import type { Column } from '../charts/data-table';
import { useI18n } from '../i18n/i18n';

/** A PNRR measure's number with its name below, as tables show it in their first column. */
export function PnrrMeasureName({ measure }: { measure: PnrrMeasure }) {
  const { m } = useI18n();
  return (
    <>
      {measure}
      <span className="d-block small fw-normal">{m.pnrrMeasures[measure]}</span>
    </>
  );
}

/** A table's row-header column of PNRR measures: each one's number and name. */
export function pnrrMeasureColumn<Row extends { measure: PnrrMeasure }>(header: string): Column<Row> {
  return { key: 'measure', header, rowHeader: true, cell: (row) => <PnrrMeasureName measure={row.measure} /> };
}
