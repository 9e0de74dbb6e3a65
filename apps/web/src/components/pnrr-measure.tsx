import type { PnrrMeasure } from '@switchoff/domain';
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
