import type { StageHistoryItem } from '../../api-types';
import { DataTable } from '../../charts/data-table';
import { Icon } from '../../components/icon';
import { StageBadge } from '../../components/stage-badge';
import { TransitionKindLabel } from '../../components/transition-kind';
import { useI18n } from '../../i18n/i18n';

/** Every stage change of the service, oldest first; reverts stay visible. */
export function StageHistory({ history }: { history: readonly StageHistoryItem[] }) {
  const { m, f } = useI18n();
  if (history.length === 0) return <p className="text-muted">{m.service.historyEmpty}</p>;
  const reverted = history.some((h) => h.kind === 'revert');
  return (
    <>
      {reverted ? (
        <div className="alert alert-info" role="note">
          <Icon name="it-restore" className="me-1" />
          {m.service.revertNotice}
        </div>
      ) : null}
      <DataTable
        caption={m.service.historyCaption}
        rows={history}
        rowKey={(h) => `${h.effectiveDate}-${h.stage}-${h.kind}`}
        rowClassName={(h) => (h.kind === 'revert' ? 'row-revert' : undefined)}
        columns={[
          {
            key: 'date',
            header: m.service.historyDate,
            rowHeader: true,
            nowrap: true,
            cell: (h) => f.date(h.effectiveDate),
          },
          { key: 'stage', header: m.charts.stage, cell: (h) => <StageBadge stage={h.stage} /> },
          { key: 'from', header: m.service.historyFrom, cell: (h) => (h.from ? <StageBadge stage={h.from} /> : '–') },
          { key: 'kind', header: m.service.historyKind, cell: (h) => <TransitionKindLabel kind={h.kind} /> },
          { key: 'reason', header: m.service.historyReason, cell: (h) => h.reason || '–' },
        ]}
      />
    </>
  );
}
