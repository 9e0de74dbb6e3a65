import { useI18n } from '../i18n/i18n';

/**
 * The "Dati illustrativi" notice, shown near the figures when they are illustrative: of this
 * comune (`show`), or, on a consortium's pages, of the comuni named in `comuni`.
 */
export function IllustrativeNotice(props: { show: boolean } | { comuni: readonly string[] }) {
  const { m } = useI18n();
  const text = 'comuni' in props ? illustrativeComuni(props.comuni, m) : props.show ? m.common.illustrativeText : null;
  if (text === null) return null;
  return (
    <div className="alert alert-warning illustrative-notice" role="note">
      <strong>{m.common.illustrativeTitle}.</strong> {text}
    </div>
  );
}

function illustrativeComuni(comuni: readonly string[], m: ReturnType<typeof useI18n>['m']): string | null {
  if (comuni.length === 0) return null;
  return m.common.illustrativeTextComuni({ count: comuni.length, names: comuni.join(', ') });
}
