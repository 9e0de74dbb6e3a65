import { useState } from 'react';
import { Icon } from '../../components/icon';
import { useI18n } from '../../i18n/i18n';

/** A password the server made, with what it is for. */
export type ShownPassword = { title: string; text: string; password: string };

/**
 * A password shown once (a new account's, or one reset by the admin), with a copy button, until
 * the admin dismisses it: the server keeps only its hash, so it cannot be shown again.
 */
export function OneTimePassword({ shown, onDismiss }: { shown: ShownPassword; onDismiss: () => void }) {
  const { m } = useI18n();
  const [copied, setCopied] = useState(false);
  return (
    <div className="alert alert-success generated-password" role="alert">
      <h3 className="h5 alert-heading">{shown.title}</h3>
      <p className="mb-2">{shown.text}</p>
      <p className="mb-2">
        <code className="generated-password-value">{shown.password}</code>
      </p>
      <div className="d-flex flex-wrap gap-2 align-items-center">
        <button
          type="button"
          className="btn btn-outline-primary btn-sm"
          onClick={() => {
            void navigator.clipboard?.writeText(shown.password).then(() => setCopied(true));
          }}
        >
          <Icon name="it-copy" size="xs" className="me-1" />
          {m.users.copy}
        </button>
        <button type="button" className="btn btn-primary btn-sm" onClick={onDismiss}>
          {m.users.dismiss}
        </button>
        <span role="status" className="small">
          {copied ? m.users.copied : ''}
        </span>
      </div>
    </div>
  );
}
