import { splitActor } from '@switchoff/domain';
import { Icon } from '../components/icon';
import { useI18n } from '../i18n/i18n';
import { type Change, describeChange } from './describe-change';

type ChangeListProps = {
  changes: readonly (Change & { subject?: string | null })[];
  /** Titles of the comune's milestones, to name dependencies. */
  milestoneTitles?: ReadonlyMap<number, string>;
  /** Show what each change concerns (the month page, where changes are of many things). */
  showSubject?: boolean;
};

/** Changes, newest first: when, who, what, and each field before → after, in words. */
export function ChangeList({ changes, milestoneTitles, showSubject = false }: ChangeListProps) {
  const { m, f } = useI18n();
  if (changes.length === 0) return <p className="text-muted">{m.history.empty}</p>;
  const subjectOf = (change: ChangeListProps['changes'][number]) => {
    const subject = change.subject ?? null;
    if (subject && change.entity === 'platform_adoptions')
      return m.platforms[subject as keyof typeof m.platforms] ?? subject;
    return subject;
  };
  return (
    <ol className="change-list list-unstyled">
      {changes.map((change) => {
        const described = describeChange(change, { m, f, milestoneTitles });
        const actor = splitActor(change.actor);
        const subject = showSubject ? subjectOf(change) : null;
        return (
          <li key={change.id} className={`change-item${described.revert ? ' change-revert' : ''}`}>
            <p className="change-head mb-1">
              <strong>{described.action}</strong>
              {showSubject ? (
                <>
                  {' · '}
                  {described.entity}
                  {subject ? (
                    <>
                      : <span className="fw-semibold">{subject}</span>
                    </>
                  ) : null}
                </>
              ) : null}
              {described.revert ? (
                <span className="transition-revert ms-2">
                  <Icon name="it-restore" size="xs" /> <strong>{m.history.revert}</strong>
                </span>
              ) : null}
            </p>
            <p className="change-meta small mb-1">
              <time dateTime={change.at}>{f.dateTime(change.at)}</time> · {m.history.by}{' '}
              <span className="fw-semibold">{actor.name}</span>
              {actor.email ? <span className="text-muted"> ({actor.email})</span> : null}
            </p>
            {described.lines.length ? (
              <ul className="change-lines small mb-0">
                {described.lines.map((line) => (
                  <li key={line.field}>
                    <span className="fw-semibold">{line.label}:</span>{' '}
                    {line.before !== null ? (
                      <>
                        <span className="visually-hidden">{m.history.before} </span>
                        <span
                          className={line.before === m.history.emptyValue ? 'change-before-empty' : 'change-before'}
                        >
                          {line.before}
                        </span>{' '}
                        <span aria-hidden="true">→</span> <span className="visually-hidden">{m.history.after} </span>
                      </>
                    ) : null}
                    <span className="change-after">{line.after}</span>
                  </li>
                ))}
              </ul>
            ) : null}
          </li>
        );
      })}
    </ol>
  );
}
