import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n';
import { NotFound } from '../screens/not-found';
import { errorCode, errorMessage } from '../errors';

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

function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { m } = useI18n();
  return (
    <div className="container my-5">
      <div className="alert alert-danger" role="alert">
        <h1 className="h4">{m.common.errorTitle}</h1>
        <p>{errorMessage(error)}</p>
        <button type="button" className="btn btn-outline-primary btn-sm" onClick={onRetry}>
          {m.common.errorRetry}
        </button>
      </div>
    </div>
  );
}

type QueryStateProps<T> = {
  query: { data: T | undefined; error: unknown; isPending: boolean; refetch: () => unknown };
  children: (data: T) => ReactNode;
};

/**
 * Renders a screen once its query answered: a spinner meanwhile, the not-found page when the API
 * says NOT_FOUND (with its message), an error with a retry button otherwise.
 */
export function QueryState<T>({ query, children }: QueryStateProps<T>) {
  if (query.error) {
    if (errorCode(query.error) === 'NOT_FOUND') return <NotFound message={errorMessage(query.error)} />;
    return <LoadError error={query.error} onRetry={() => {
          query.refetch();
        }} />;
  }
  if (query.isPending || query.data === undefined) return <Loading />;
  return <>{children(query.data)}</>;
}
