import { useI18n } from '../i18n/i18n';
import { Icon } from './icon';

/** "Interno — non visibile al pubblico": a lock icon and the words, never colour alone. */
export function InternalBadge({ className = '' }: { className?: string }) {
  const { m } = useI18n();
  return (
    <span className={`internal-badge ${className}`.trim()}>
      <Icon name="it-locked" size="xs" />
      <span>{m.internal.label}</span>
    </span>
  );
}

/** Marks an item whose visibility is internal; nothing for a public one. */
export function VisibilityMark({ visibility }: { visibility: 'public' | 'internal' | undefined }) {
  return visibility === 'internal' ? <InternalBadge /> : null;
}

/** An internal note, boxed and labelled so nobody takes it for public text. */
export function InternalNote({ note, title }: { note: string | null | undefined; title?: string }) {
  const { m } = useI18n();
  if (!note) return null;
  return (
    <aside className="internal-note mb-4" aria-label={title ?? m.internal.note}>
      <p className="internal-note-title mb-1">
        <strong>{title ?? m.internal.note}</strong> <InternalBadge />
      </p>
      <p className="mb-0 internal-note-text">{note}</p>
    </aside>
  );
}
