import { useI18n } from '../i18n/i18n';
import { Icon } from './icon';

/**
 * "Dati non aggiornati · ultimo mese: ott 2026": a service whose last month with figures is more
 * than 2 months behind the last complete month. Icon and text, never colour alone.
 */
export function StaleBadge({ lastMonth }: { lastMonth: string | null }) {
  const { m, f } = useI18n();
  return (
    <span className="stale-badge" title={m.freshness.rule}>
      <Icon name="it-warning-circle" size="xs" />
      <span>
        {m.freshness.stale}
        {lastMonth ? (
          <span className="stale-badge-month"> · {m.freshness.lastMonth({ month: f.month(lastMonth) })}</span>
        ) : null}
      </span>
    </span>
  );
}

/** The last month with figures of a service, flagged when stale; "nessun dato" without figures. */
export function LastMonth({ lastMonth, stale }: { lastMonth: string | null; stale: boolean }) {
  const { m, f } = useI18n();
  if (stale) return <StaleBadge lastMonth={lastMonth} />;
  if (!lastMonth) return <span className="text-muted">{m.freshness.noData}</span>;
  return <>{f.month(lastMonth)}</>;
}

/** "2 servizi con dati non aggiornati", with the rule, above a list of services; nothing when none. */
export function StaleSummary({ count }: { count: number }) {
  const { m, f } = useI18n();
  if (count === 0) return null;
  return (
    <p className="stale-summary">
      <Icon name="it-warning-circle" size="sm" />
      <span>
        <strong>
          {count === 1 ? m.freshness.oneStaleService : m.freshness.staleServices({ n: f.number(count) })}.
        </strong>{' '}
        <span className="small">{m.freshness.rule}</span>
      </span>
    </p>
  );
}

/** On a service's page: the figures stop at `lastMonth`, more than 2 months ago. */
export function StaleNotice({ lastMonth }: { lastMonth: string | null }) {
  const { m, f } = useI18n();
  return (
    <p className="stale-summary">
      <Icon name="it-warning-circle" size="sm" />
      <span>
        <strong>
          {m.freshness.stale}
          {lastMonth ? ` · ${m.freshness.lastMonth({ month: f.month(lastMonth) })}` : ''}.
        </strong>{' '}
        <span className="small">{m.freshness.rule}</span>
      </span>
    </p>
  );
}
