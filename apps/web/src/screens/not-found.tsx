import type { AppMessage, MessageToken } from '@switchoff/domain';
import { Link, useLocation } from 'react-router';
import { loginPath } from '../auth/login-path';
import { useMe } from '../auth/viewer';
import { Icon } from '../components/icon';
import { useI18n } from '../i18n/i18n';
import { Breadcrumbs } from '../layout/breadcrumbs';
import { useDocumentTitle, usePageStatus } from '../layout/document-title';

type NotFoundProps = {
  /** The API's explanation (e.g. which ISTAT code is unknown); the generic text otherwise. */
  message?: AppMessage | MessageToken;
};

/** The not-found page, for unknown addresses and for comuni or services the API does not know. */
export function NotFound({ message }: NotFoundProps) {
  const { m, msg } = useI18n();
  const me = useMe();
  const location = useLocation();
  useDocumentTitle(m.notFound.title);
  usePageStatus(404);
  return (
    <div className="container my-4">
      <Breadcrumbs trail={[{ label: m.notFound.title }]} />
      <h1>{m.notFound.title}</h1>
      <p className="lead">{message ? msg(message) : m.notFound.lead}</p>
      <p>{m.notFound.hint}</p>
      {me.isSuccess && me.data === null ? (
        <p>
          <Icon name="it-locked" size="xs" className="me-1" />
          {m.access.maybeInternal} <Link to={loginPath(location.pathname + location.search)}>{m.auth.login}</Link>
        </p>
      ) : null}
      <Link to="/" className="btn btn-primary">
        <Icon name="it-arrow-left" className="icon-white me-2" />
        {m.notFound.backHome}
      </Link>
    </div>
  );
}

export default NotFound;
