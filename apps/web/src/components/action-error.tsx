import { errorAppMessage } from '../errors';
import { useI18n } from '../i18n/i18n';

/** Why a button's action was refused, in the chosen language and announced; nothing while it was not. */
export function ActionError({ error }: { error: unknown }) {
  const { msg } = useI18n();
  if (!error) return null;
  return (
    <p className="field-error" role="alert">
      {msg(errorAppMessage(error))}
    </p>
  );
}
