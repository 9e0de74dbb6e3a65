import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';
import { Icon, type IconName } from '../components/icon';
import { Loading } from '../components/query-state-parts';
import { useI18n } from '../i18n/i18n';
import { Breadcrumbs } from '../layout/breadcrumbs';
import { useDocumentTitle } from '../layout/document-title';
import { loginPath } from './login-path';
import { type Role, useMe } from './viewer';

/** The frame of a page that says why the page asked for is not shown: its title, with an icon, in the tab and the breadcrumbs. */
function AccessPage({ title, icon, children }: { title: string; icon: IconName; children: ReactNode }) {
  useDocumentTitle(title);
  return (
    <div className="container my-4">
      <Breadcrumbs trail={[{ label: title }]} />
      <h1>
        <Icon name={icon} size="lg" className="me-2" />
        {title}
      </h1>
      {children}
    </div>
  );
}

/** For a visitor who is not logged in: what the page is, and a way to log in and come back. */
export function LoginRequired() {
  const { m } = useI18n();
  const location = useLocation();
  return (
    <AccessPage title={m.access.loginRequiredTitle} icon="it-locked">
      <p className="lead">{m.access.loginRequiredLead}</p>
      <div className="d-flex flex-wrap gap-2">
        <Link to={loginPath(location.pathname + location.search)} className="btn btn-primary">
          {m.access.loginRequiredAction}
        </Link>
        <Link to="/" className="btn btn-outline-primary">
          {m.access.backHome}
        </Link>
      </div>
    </AccessPage>
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
  return (
    <AccessPage title={m.access.forbiddenTitle} icon="it-ban">
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
    </AccessPage>
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
