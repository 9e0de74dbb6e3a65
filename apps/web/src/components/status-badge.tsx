import type { MilestoneStatus } from '@switchoff/domain';
import { useI18n } from '../i18n/i18n';
import { Icon, type IconName } from './icon';

export const STATUS_ICONS: Record<MilestoneStatus, IconName> = {
  done: 'it-check-circle',
  done_late: 'it-check',
  on_track: 'it-clock',
  at_risk: 'it-warning-circle',
  slipped: 'it-arrow-right',
  late: 'it-error',
  not_started: 'it-minus-circle',
};

/** A milestone's status as icon and text. */
export function StatusBadge({ status }: { status: MilestoneStatus }) {
  const { m } = useI18n();
  return (
    <span className={`status-badge status-${status}`}>
      <Icon name={STATUS_ICONS[status]} size="xs" />
      <span>{m.milestoneStatus[status]}</span>
    </span>
  );
}
