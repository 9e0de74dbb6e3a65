import type { Platform, PlatformState, Readiness, ReadinessCondition, ReadinessInShort } from '@switchoff/domain';
import { useI18n } from '../i18n/i18n';
import { Icon } from './icon';

/** The readiness verdict as icon and text: ready, not ready, or already digital only. */
export function ReadinessVerdict({ readiness }: { readiness: Pick<Readiness, 'status'> }) {
  const { m } = useI18n();
  if (readiness.status === 'switched_off') {
    return (
      <span className="verdict verdict-done">
        <Icon name="it-check-circle" size="xs" />
        {` ${m.readiness.switchedOff}`}
      </span>
    );
  }
  const ready = readiness.status === 'ready';
  return (
    <span className={`verdict ${ready ? 'verdict-ready' : 'verdict-not-ready'}`}>
      <Icon name={ready ? 'it-check-circle' : 'it-close-circle'} size="xs" />
      {` ${ready ? m.readiness.ready : m.readiness.notReady}`}
    </span>
  );
}

/** "What is missing" in a short Italian phrase, e.g. "pagoPA non attivo; nessuno sportello assistito". */
export function useMissingText() {
  const { m, f } = useI18n();
  const describe = (condition: ReadinessCondition): string => {
    if (condition.key !== 'take_up') return m.readiness.missingShort[condition.key];
    if (condition.reason === 'not_enough_data') return m.readiness.missingShort.take_up_no_data;
    if (condition.reason === 'stale') return m.readiness.missingShort.take_up_stale;
    const months = condition.months.map((month) => `${f.month(month.month)} ${f.percent(month.takeUp)}`).join(', ');
    return `${m.readiness.missingShort.take_up} (${months})`;
  };
  // The whole verdict (council report) or the overview's, which holds the unmet conditions only.
  return (readiness: Readiness | ReadinessInShort): string | null => {
    if (readiness.status !== 'not_ready') return null;
    const unmet = 'unmet' in readiness ? readiness.unmet : readiness.conditions.filter((c) => !c.met);
    return unmet.map(describe).join('; ');
  };
}

function usePlatformStateText() {
  const { m } = useI18n();
  return (platform: Platform, state: PlatformState | null) =>
    m.readiness.platformState({
      platform: m.platforms[platform],
      state: state === null ? m.readiness.notRecorded : m.platformStates[state],
    });
}

function ConditionDetail({ condition }: { condition: ReadinessCondition }) {
  const { m, f } = useI18n();
  const platformText = usePlatformStateText();
  switch (condition.key) {
    case 'take_up':
      if (condition.reason === 'not_enough_data') {
        return <>{m.readiness.notEnoughData({ months: condition.months.length })}</>;
      }
      if (condition.reason === 'stale') {
        return <>{m.readiness.stale({ month: f.month(condition.lastMonth) })}</>;
      }
      return (
        <>
          {m.readiness.lastMonths}:{' '}
          {condition.months.map((month) => `${f.month(month.month)} ${f.percent(month.takeUp)}`).join(' · ')}
        </>
      );
    case 'pagopa':
      return <>{platformText('pagopa', condition.state)}</>;
    case 'identity':
      return (
        <>
          {platformText('spid', condition.spid)} · {platformText('cie', condition.cie)}
        </>
      );
    case 'assisted_desk':
      return null;
  }
}

function conditionText(
  condition: ReadinessCondition,
  m: ReturnType<typeof useI18n>['m'],
  percent: (v: number) => string,
) {
  switch (condition.key) {
    case 'take_up':
      return m.readiness.conditions.takeUp({ target: percent(condition.target) });
    case 'pagopa':
      return m.readiness.conditions.pagopa;
    case 'identity':
      return m.readiness.conditions.identity;
    case 'assisted_desk':
      return m.readiness.conditions.assistedDesk;
  }
}

/** Every switch-off condition of a service, each ✓ or ✗ with its text and the facts behind it. */
export function ReadinessChecklist({ readiness }: { readiness: Readiness }) {
  const { m, f } = useI18n();
  if (readiness.status === 'switched_off') {
    return (
      <p className="verdict verdict-done">
        <Icon name="it-check-circle" size="sm" /> {m.service.alreadySwitchedOff}
      </p>
    );
  }
  return (
    <div className="readiness">
      <p className="mb-2">
        <ReadinessVerdict readiness={readiness} />
      </p>
      <ul className="readiness-list list-unstyled">
        {readiness.conditions.map((condition) => (
          <li key={condition.key} className={`readiness-item ${condition.met ? 'is-met' : 'is-not-met'}`}>
            <Icon
              name={condition.met ? 'it-check' : 'it-close'}
              title={condition.met ? m.readiness.met : m.readiness.notMet}
            />
            <div>
              {conditionText(condition, m, (v) => f.percent(v))}
              <div className="small text-muted">
                <ConditionDetail condition={condition} />
              </div>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
