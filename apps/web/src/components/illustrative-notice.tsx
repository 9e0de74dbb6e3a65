import { useI18n } from '../i18n/i18n';

/** The "Dati illustrativi" notice, shown near the figures when they are illustrative. */
export function IllustrativeNotice({ show }: { show: boolean }) {
  const { m } = useI18n();
  if (!show) return null;
  return (
    <div className="alert alert-warning illustrative-notice" role="note">
      <strong>{m.common.illustrativeTitle}.</strong> {m.common.illustrativeText}
    </div>
  );
}
