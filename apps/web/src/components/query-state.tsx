import type { ReactNode } from 'react';
import { Forbidden, LoginRequired } from '../auth/access-pages';
import { errorAppMessage, errorCode } from '../errors';
import { useI18n } from '../i18n/i18n';
import { NotFound } from '../screens/not-found';
import { Loading } from './query-state-parts';

export { Loading };

function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { m, msg } = useI18n();
  return (
    <div className="container my-5">
      <div className="alert alert-danger" role="alert">
        <h1 className="h4">{m.common.errorTitle}</h1>
        <p>{msg(errorAppMessage(error))}</p>
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
  /** What to say instead of the server's FORBIDDEN message, and where to go back. */
  forbidden?: { message: string; back?: { label: string; to: string } };
};

/**
 * Renders a screen once its query answered: a spinner meanwhile, the not-found page when the API
 * says NOT_FOUND (with its message), a login page for UNAUTHORIZED, "Non hai accesso…" for
 * FORBIDDEN, an error with a retry button otherwise.
 */
export function QueryState<T>({ query, children, forbidden }: QueryStateProps<T>) {
  const { msg } = useI18n();
  if (query.error) {
    const code = errorCode(query.error);
    if (code === 'NOT_FOUND') return <NotFound message={errorAppMessage(query.error)} />;
    if (code === 'UNAUTHORIZED') return <LoginRequired />;
    if (code === 'FORBIDDEN')
      return <Forbidden message={forbidden?.message ?? msg(errorAppMessage(query.error))} back={forbidden?.back} />;
    return (
      <LoadError
        error={query.error}
        onRetry={() => {
          query.refetch();
        }}
      />
    );
  }
  if (query.isPending || query.data === undefined) return <Loading />;
  return <>{children(query.data)}</>;
}
