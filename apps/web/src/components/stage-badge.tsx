import type { Stage } from '@switchoff/domain';
import { useI18n } from '../i18n/i18n';
import { Icon, type IconName } from './icon';

export const STAGE_ICONS: Record<Stage, IconName> = {
  paper: 'it-file',
  hybrid: 'it-exchange-circle',
  digital_first: 'it-software',
  switched_off: 'it-check-circle',
};

type StageBadgeProps = {
  stage: Stage | null;
  /** Short form (abbreviation + icon) for dense places like the stage matrix. */
  compact?: boolean;
};

/** A service's channel stage as icon and text, never by colour alone. */
export function StageBadge({ stage, compact = false }: StageBadgeProps) {
  const { m } = useI18n();
  if (stage === null) {
    return (
      <span className="stage-badge stage-none">
        <span aria-hidden="true">{m.stages.none.short}</span>
        <span className="visually-hidden">{m.stages.none.label}</span>
      </span>
    );
  }
  const text = m.stages[stage];
  return (
    <span className={`stage-badge stage-${stage}`}>
      <Icon name={STAGE_ICONS[stage]} size="xs" />
      {compact ? (
        <abbr title={text.label} className="stage-abbr">
          <span aria-hidden="true">{text.short}</span>
          <span className="visually-hidden">{text.label}</span>
        </abbr>
      ) : (
        <span>{text.label}</span>
      )}
    </span>
  );
}

/** A stage's badge followed, when known, by the date the service entered it. */
export function StageSince({
  stage,
  since,
  className,
}: {
  stage: Stage | null;
  since: string | null;
  className: string;
}) {
  const { m, f } = useI18n();
  return (
    <>
      <StageBadge stage={stage} />
      {since ? (
        // One text, not three (each a text node with its separator in the server's HTML).
        <span className={className}>{`${m.overview.since} ${f.date(since)}`}</span>
      ) : null}
    </>
  );
}
