import type { ServicePage } from '../../api-types';
import { KeyFigures } from '../../components/key-figure';
import type { Ratio } from '../../format';
import { useI18n } from '../../i18n/i18n';

/** Headline measures of the last 12 months; "n.d." where there is nothing to measure. */
export function ServiceMeasures({ totals, takesPayment }: { totals: ServicePage['totals12']; takesPayment: boolean }) {
  const { m, f } = useI18n();
  const withCount = (hint: string, ratio: Ratio, count: (n: string) => string) =>
    ratio ? `${hint} (${count(f.number(ratio.n))})` : hint;
  return (
    <KeyFigures
      columnClassName="col-6 col-lg-4"
      figures={[
        { label: m.measures.transactions, value: f.number(totals.transactions), hint: m.common.last12 },
        { label: m.measures.takeUp, value: f.ratio(totals.takeUp), hint: m.measures.takeUpHint },
        { label: m.measures.selfService, value: f.ratio(totals.selfService), hint: m.measures.selfServiceHint },
        {
          label: m.measures.pagopa,
          value: takesPayment ? f.ratio(totals.pagopa) : f.notAvailable,
          hint: takesPayment
            ? withCount(m.measures.pagopaHint, totals.pagopa, (n) => m.measures.payments({ n }))
            : m.measures.noPayment,
        },
        {
          label: m.measures.satisfaction,
          value: f.ratio(totals.satisfaction),
          hint: withCount(m.measures.satisfactionHint, totals.satisfaction, (n) => m.measures.answers({ n })),
        },
        {
          label: m.measures.cost,
          value: totals.costPerTransaction ? f.euro(totals.costPerTransaction.value) : f.notAvailable,
          hint: m.measures.costHint,
        },
      ]}
    />
  );
}
