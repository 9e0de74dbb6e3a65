import type { MouseEvent, RefObject } from 'react';
import { Link, useLocation } from 'react-router';
import { loginPath } from '../auth/login-path';
import { Icon } from '../components/icon';
import { useI18n } from '../i18n/i18n';
import { type FormErrors, hasErrors } from './form-errors';

/** How the summary names a field and finds its input. */
export type FieldRefs = Record<string, { id: string; label: string }>;

function focusField(event: MouseEvent, id: string) {
  event.preventDefault();
  const target = document.getElementById(id);
  target?.focus();
  target?.scrollIntoView?.({ block: 'center' });
}

type ErrorSummaryProps = {
  errors: FormErrors;
  fields: FieldRefs;
  summaryRef: RefObject<HTMLDivElement | null>;
  /** Loads the server's current data after a conflict. */
  onReload?: () => void;
};

/**
 * What stopped the save, at the top of the form and focused after submit: each field's message
 * linking to its input, the server's reason, or a conflict with the "Ricarica" button.
 */
export function ErrorSummary({ errors, fields, summaryRef, onReload }: ErrorSummaryProps) {
  const { m, msg } = useI18n();
  const location = useLocation();
  if (!hasErrors(errors)) return null;
  if (errors.conflict !== null) {
    return (
      <div ref={summaryRef} tabIndex={-1} className="alert alert-warning so-summary" role="alert">
        <h3 className="h5 alert-heading">{m.forms.conflictTitle}</h3>
        <p className="mb-2">{msg(errors.conflict)}</p>
        {onReload ? (
          <>
            <button type="button" className="btn btn-primary btn-sm" onClick={onReload}>
              <Icon name="it-refresh" className="icon-white me-1" />
              {m.forms.reload}
            </button>
            <p className="small mb-0 mt-2">{m.forms.reloadHint}</p>
          </>
        ) : null}
      </div>
    );
  }
  const items = Object.entries(errors.fields).flatMap(([key, messages]) => {
    const field = fields[key];
    return messages.map((message) => ({
      key: `${key}-${message.code}-${JSON.stringify(message.params)}`,
      id: field?.id,
      text: field ? `${field.label}: ${msg(message)}` : msg(message),
    }));
  });
  return (
    <div ref={summaryRef} tabIndex={-1} className="alert alert-danger so-summary" role="alert">
      <h3 className="h5 alert-heading">{items.length ? m.forms.summaryTitle : m.forms.saveFailedTitle}</h3>
      {errors.form.length ? <p className="mb-1">{errors.form.map(msg).join(' ')}</p> : null}
      {errors.code === 'UNAUTHORIZED' ? (
        <p className="mb-1">
          <Link to={loginPath(location.pathname + location.search)}>{m.auth.loginAgain}</Link>
        </p>
      ) : null}
      {items.length ? (
        <ul className="mb-0">
          {items.map((item) => (
            <li key={item.key}>
              {item.id ? (
                <a href={`#${item.id}`} onClick={(event) => focusField(event, item.id ?? '')}>
                  {item.text}
                </a>
              ) : (
                item.text
              )}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** Save and cancel, with the saving state announced. */
export function FormActions({
  submitting,
  onCancel,
  submitLabel,
}: {
  submitting: boolean;
  onCancel?: () => void;
  submitLabel?: string;
}) {
  const { m } = useI18n();
  return (
    <div className="d-flex flex-wrap gap-2 mt-3">
      <button type="submit" className="btn btn-primary" disabled={submitting} aria-busy={submitting || undefined}>
        {submitting ? m.forms.saving : (submitLabel ?? m.forms.save)}
      </button>
      {onCancel ? (
        <button type="button" className="btn btn-outline-primary" onClick={onCancel}>
          {m.forms.cancel}
        </button>
      ) : null}
    </div>
  );
}
