import type { TransitionKind } from '@switchoff/domain';
import { useI18n } from '../i18n/i18n';
import { Icon } from './icon';

/** How a stage change reads: a step back is labelled "ritorno indietro" with its own icon. */
export function TransitionKindLabel({ kind }: { kind: TransitionKind }) {
  const { m } = useI18n();
  if (kind === 'revert') {
    return (
      <span className="transition-revert">
        <Icon name="it-restore" size="xs" /> <strong>{m.transitionKinds.revert}</strong>
      </span>
    );
  }
  return <span>{m.transitionKinds[kind]}</span>;
}
