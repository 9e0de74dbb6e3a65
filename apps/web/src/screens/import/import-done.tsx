import type { RouterOutputs } from '@switchoff/api';
import type { RefObject } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';

/** What an applied import answers: how many rows it added, changed and left, and by comune. */
export type CommitResult = NonNullable<RouterOutputs['imports']['job']['result']>;

/** An applied import's outcome: what changed, a link to each comune it touched, and "import another". */
export function ImportDone({
  result,
  resultRef,
  onAnother,
}: {
  result: CommitResult;
  resultRef: RefObject<HTMLDivElement | null>;
  onAnother: () => void;
}) {
  const { m } = useI18n();
  const t = m.importer;
  return (
    <div ref={resultRef} tabIndex={-1} className="alert alert-success mb-4 import-done">
      <h2 className="h5 alert-heading">{t.doneTitle}</h2>
      <p>{t.doneText({ added: result.added, changed: result.changed, unchanged: result.unchanged })}</p>
      {result.comuni.length > 0 ? (
        <ul>
          {result.comuni
            .filter((c) => c.added + c.changed > 0)
            .map((c) => (
              <li key={c.istat}>
                <Link to={result.kind === 'milestones' ? `/comuni/${c.istat}/roadmap` : `/comuni/${c.istat}`}>
                  {c.name}
                </Link>
                : {t.doneComune({ added: c.added, changed: c.changed })}
              </li>
            ))}
        </ul>
      ) : null}
      <button type="button" className="btn btn-outline-primary btn-sm" onClick={onAnother}>
        {t.another}
      </button>
    </div>
  );
}
