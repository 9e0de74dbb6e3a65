import type { RouterOutputs } from '@switchoff/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { DataTable } from '../../charts/data-table';
import { ActionError } from '../../components/action-error';
import { Icon, type IconName } from '../../components/icon';
import { useI18n } from '../../i18n/i18n';
import { useTRPC } from '../../trpc';

export type OutboxPage = RouterOutputs['admin']['outbox']['list'];
type OutboxItem = OutboxPage['rows'][number];

const STATE_ICONS: Record<OutboxItem['state'], IconName> = {
  pending: 'it-clock',
  retrying: 'it-refresh',
  sending: 'it-exchange-circle',
  sent: 'it-check-circle',
  failed: 'it-close-circle',
};

/** The state with its icon and, after a failed attempt, what went wrong in plain words. */
function StateCell({ item }: { item: OutboxItem }) {
  const { m } = useI18n();
  const t = m.outbox;
  return (
    <>
      <span className={`platform-state outbox-state outbox-${item.state}`}>
        <Icon name={STATE_ICONS[item.state]} size="xs" /> {t.states[item.state]}
      </span>
      {item.errorKind && item.state !== 'sent' ? (
        <>
          <span className="d-block small">{t.errors[item.errorKind]}</span>
          <details className="small">
            <summary>{t.errorDetail}</summary>
            <code className="text-break">{item.lastError}</code>
          </details>
        </>
      ) : null}
    </>
  );
}

/** "Riprova" on a failed message: it goes back in the queue with its attempts counted afresh. */
function RetryButton({ item, onRetried }: { item: OutboxItem; onRetried: (recipient: string) => void }) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const retry = useMutation(
    trpc.admin.outbox.retry.mutationOptions({
      onSuccess: () => {
        onRetried(item.recipient);
        void queryClient.invalidateQueries(trpc.admin.outbox.list.pathFilter());
      },
    }),
  );
  return (
    <>
      <button
        type="button"
        className="btn btn-outline-primary btn-xs"
        aria-label={m.outbox.retryLabel({ recipient: item.recipient })}
        disabled={retry.isPending}
        onClick={() => retry.mutate({ id: item.id })}
      >
        <Icon name="it-refresh" size="xs" className="me-1" />
        {m.outbox.retry}
      </button>
      <ActionError error={retry.error} />
    </>
  );
}

/** One page of the outbox: message, recipient, state (with the last error), attempts, dates, "Riprova". */
export function OutboxTable({
  data,
  pages,
  onRetried,
}: {
  data: OutboxPage;
  pages: number;
  onRetried: (recipient: string) => void;
}) {
  const { m, f } = useI18n();
  const t = m.outbox;
  return (
    <DataTable
      className="outbox-table"
      caption={t.caption({ page: f.number(data.page), pages: f.number(pages) })}
      rows={data.rows}
      rowKey={(row) => String(row.id)}
      columns={[
        {
          key: 'message',
          header: t.message,
          rowHeader: true,
          cell: (row) => (
            <>
              {t.kinds[row.kind]}
              <span className="d-block small fw-normal">{row.subject}</span>
            </>
          ),
        },
        {
          key: 'recipient',
          header: t.recipient,
          cell: (row) => (
            <>
              {row.recipientName}
              <span className="d-block small text-break">{row.recipient}</span>
            </>
          ),
        },
        { key: 'state', header: t.state, cell: (row) => <StateCell item={row} /> },
        { key: 'attempts', header: t.attempts, numeric: true, cell: (row) => f.number(row.attempts) },
        {
          key: 'dates',
          header: t.dates,
          cell: (row) => (
            <>
              <span className="d-block">{t.created({ date: f.dateTime(row.createdAt) })}</span>
              {row.sentAt ? <span className="d-block">{t.sent({ date: f.dateTime(row.sentAt) })}</span> : null}
              {row.state === 'retrying' ? (
                <span className="d-block small">{t.next({ date: f.dateTime(row.nextAttemptAt) })}</span>
              ) : null}
            </>
          ),
        },
        {
          key: 'actions',
          header: t.actions,
          cell: (row) => (row.state === 'failed' ? <RetryButton item={row} onRetried={onRetried} /> : '–'),
        },
      ]}
    />
  );
}
