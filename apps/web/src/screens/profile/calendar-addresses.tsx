import type { RouterOutputs } from '@switchoff/api';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { DataTable } from '../../charts/data-table';
import { ActionError } from '../../components/action-error';
import { Icon } from '../../components/icon';
import { Section } from '../../components/section';
import { useI18n } from '../../i18n/i18n';
import { useTRPC } from '../../trpc';

export type CalendarAddress = RouterOutputs['account']['calendars'][number];

/** The address a calendar client subscribes to; the server serves it at `/calendario/<token>.ics`. */
export function calendarUrlOf(token: string, origin: string = window.location.origin): string {
  return `${origin}/calendario/${token}.ics`;
}

/** A new address, shown once with a copy button, until the person says they are done. */
function NewAddress({ url, onDismiss }: { url: string; onDismiss: () => void }) {
  const { m } = useI18n();
  const t = m.profile;
  const [copied, setCopied] = useState(false);
  return (
    <div className="alert alert-success calendar-new" role="alert">
      <h3 className="h5 alert-heading">{t.createdTitle}</h3>
      <p className="mb-2">{t.createdText}</p>
      <label htmlFor="calendar-url" className="small fw-semibold">
        {t.address}
      </label>
      <input id="calendar-url" className="form-control mb-2" readOnly value={url} onFocus={(e) => e.target.select()} />
      <div className="d-flex flex-wrap gap-2 align-items-center">
        <button
          type="button"
          className="btn btn-outline-primary btn-sm"
          onClick={() => {
            void navigator.clipboard?.writeText(url).then(() => setCopied(true));
          }}
        >
          <Icon name="it-copy" size="xs" className="me-1" />
          {t.copy}
        </button>
        <button type="button" className="btn btn-primary btn-sm" onClick={onDismiss}>
          {t.dismiss}
        </button>
        <span role="status" className="small">
          {copied ? t.copied : ''}
        </span>
      </div>
    </div>
  );
}

function RevokeButton({ address }: { address: CalendarAddress }) {
  const { m, f } = useI18n();
  const t = m.profile;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const revoke = useMutation(
    trpc.account.revokeCalendar.mutationOptions({
      onSuccess: (list) => queryClient.setQueryData(trpc.account.calendars.queryKey(), list),
    }),
  );
  const label = t.revokeLabel({ date: f.dateTime(address.createdAt) });
  if (!confirming)
    return (
      <>
        <button
          type="button"
          className="btn btn-outline-danger btn-xs"
          aria-label={label}
          onClick={() => setConfirming(true)}
        >
          {t.revoke}
        </button>
        <ActionError error={revoke.error} />
      </>
    );
  return (
    <div role="alertdialog" aria-label={label} className="disable-confirm">
      <p className="small mb-1">{t.confirmRevoke}</p>
      <div className="d-flex flex-wrap gap-1">
        <button
          type="button"
          className="btn btn-danger btn-xs"
          disabled={revoke.isPending}
          onClick={() => revoke.mutate({ id: address.id }, { onSettled: () => setConfirming(false) })}
        >
          {t.revoke}
        </button>
        <button type="button" className="btn btn-outline-primary btn-xs" onClick={() => setConfirming(false)}>
          {t.keep}
        </button>
      </div>
    </div>
  );
}

/** The private calendar: make an address (shown once), the addresses made, revoke one. */
export function CalendarAddresses({ addresses }: { addresses: readonly CalendarAddress[] }) {
  const { m, f } = useI18n();
  const t = m.profile;
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [made, setMade] = useState<string | null>(null);
  const create = useMutation(
    trpc.account.createCalendar.mutationOptions({
      onSuccess: (answer) => {
        setMade(calendarUrlOf(answer.token));
        void queryClient.invalidateQueries(trpc.account.calendars.queryFilter());
      },
    }),
  );
  return (
    <Section headingId="profile-calendar" title={t.calendarTitle}>
      <p>{t.calendarLead}</p>
      {made ? <NewAddress url={made} onDismiss={() => setMade(null)} /> : null}
      <button
        type="button"
        className="btn btn-primary mb-3"
        disabled={create.isPending}
        onClick={() => create.mutate()}
      >
        <Icon name="it-calendar" size="sm" className="icon-white me-1" />
        {t.create}
      </button>
      <ActionError error={create.error} />
      {addresses.length === 0 ? (
        <p>{t.noCalendars}</p>
      ) : (
        <DataTable
          caption={t.listCaption}
          rows={addresses}
          rowKey={(a) => String(a.id)}
          columns={[
            { key: 'created', header: t.createdOn, rowHeader: true, cell: (a) => f.dateTime(a.createdAt) },
            {
              key: 'state',
              header: t.state,
              cell: (a) =>
                a.revokedAt ? (
                  <span className="platform-state is-inactive">
                    <Icon name="it-ban" size="xs" /> {t.revokedOn({ date: f.dateTime(a.revokedAt) })}
                  </span>
                ) : (
                  <span className="platform-state is-active">
                    <Icon name="it-check-circle" size="xs" /> {t.active}
                  </span>
                ),
            },
            { key: 'actions', header: t.actions, cell: (a) => (a.revokedAt ? '–' : <RevokeButton address={a} />) },
          ]}
        />
      )}
    </Section>
  );
}
