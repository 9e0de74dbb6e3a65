import { useI18n } from '../i18n/i18n';

/** A spinner with its text, while a screen's data or code loads. */
export function Loading() {
  const { m } = useI18n();
  return (
    <div className="container my-5 d-flex align-items-center gap-3" role="status">
      <div className="progress-spinner progress-spinner-active" aria-hidden="true" />
      <span>{m.common.loading}</span>
    </div>
  );
}
