import type { PlatformState } from '@switchoff/domain';
import { useI18n } from '../i18n/i18n';
import { Icon } from './icon';

/** A national platform's state as icon and text: active, being activated, or not active. */
export function PlatformStateBadge({ state, active }: { state: PlatformState; active: boolean }) {
  const { m } = useI18n();
  const inProgress = !active && (state === 'in_progress' || state === 'presubentro');
  const icon = active ? 'it-check-circle' : inProgress ? 'it-clock' : 'it-minus-circle';
  const tone = active ? 'is-active' : inProgress ? 'is-progress' : 'is-inactive';
  return (
    <span className={`platform-state ${tone}`}>
      <Icon name={icon} size="xs" />
      {` ${m.platformStates[state]}`}
    </span>
  );
}
