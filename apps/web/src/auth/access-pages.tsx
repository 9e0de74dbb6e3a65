import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { Icon } from '../components/icon';
import { Loading } from '../components/query-state-parts';
import { useI18n } from '../i18n/i18n';
import { Breadcrumbs } from '../layout/breadcrumbs';
import { useDocumentTitle } from '../layout/document-title';
import { loginPath } from './login-path';
import { type Role, useMe } from './viewer';

/** For a visitor who is not logged in: what the page is, and a way to log in and come back. */
export function LoginRequired() {
  const { m } = useI18n();
  const location = useLocation();
  useDocumentTitle(m.access.loginRequiredTitle);
  return (
    <div className="container my-4">
      <Breadcrumbs trail={[{ label: m.access.loginRequiredTitle }]} />
      <h1>
        <Icon name="it-locked" size="lg" className="me-2" />
        {m.access.loginRequiredTitle}
      </h1>
      <p className="lead">{m.access.loginRequiredLead}</p>
      <div className="d-flex flex-wrap gap-2">
        <Link to={loginPath(location.pathname + location.search)} className="btn btn-primary">
          {m.access.loginRequiredAction}
        </Link>
        <Link to="/" className="btn btn-outline-primary">
          {m.access.backHome}
        </Link>
      </div>
    </div>
  );
}

/** For a logged-in person whose role or comuni do not reach the page (a FORBIDDEN answer). */
export function Forbidden({
  message,
  back,
}: {
  /** Why, in the chosen language. */
  message?: string | undefined;
  back?: { label: string; to: string } | undefined;
}) {
  const { m } = useI18n();
  useDocumentTitle(m.access.forbiddenTitle);
  return (
    <div className="container my-4">
      <Breadcrumbs trail={[{ label: m.access.forbiddenTitle }]} />
      <h1>
        <Icon name="it-ban" size="lg" className="me-2" />
        {m.access.forbiddenTitle}
      </h1>
      {message ? <p className="lead">{message}</p> : null}
      <p>{m.access.forbiddenLead}</p>
      <div className="d-flex flex-wrap gap-2">
        {back ? (
          <Link to={back.to} className="btn btn-primary">
            {back.label}
          </Link>
        ) : null}
        <Link to="/" className={back ? 'btn btn-outline-primary' : 'btn btn-primary'}>
          {m.access.backHome}
        </Link>
      </div>
    </div>
  );
}

/** Shows its content to logged-in people of the given roles only; the others get a clear page. */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const { m } = useI18n();
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (!me.data) return <LoginRequired />;
  if (!roles.includes(me.data.role))
    return <Forbidden message={roles.length === 1 && roles[0] === 'admin' ? m.access.adminOnly : undefined} />;
  return <>{children}</>;
}
