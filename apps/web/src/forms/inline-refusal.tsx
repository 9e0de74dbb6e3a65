import type { AppMessage } from '@switchoff/domain';
import { useI18n } from '../i18n/i18n';

/** Why a button's action was refused, under the button, announced at once. */
export function InlineRefusal({
  messages,
  className = '',
}: {
  messages: readonly AppMessage[] | null;
  className?: string;
}) {
  const { msg } = useI18n();
  if (!messages) return null;
  return (
    <p className={`field-error ${className}`.trim()} role="alert">
      {messages.map(msg).join(' ')}
    </p>
  );
}
