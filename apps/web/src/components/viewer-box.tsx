import { Link } from 'react-router';
import { useMe } from '../auth/viewer';
import { useI18n } from '../i18n/i18n';
import { Icon } from './icon';

/** On the home page, where a logged-in person starts: their comuni, or their consortium. */
export function ViewerBox() {
  const { m } = useI18n();
  const me = useMe();
  const user = me.data;
  if (!user) return null;
  return (
    <section className="viewer-box callout note mb-5" aria-labelledby="viewer-title">
      <h2 id="viewer-title" className="callout-title h5">
        <Icon name="it-user" className="me-1" />
        {user.role === 'council' ? m.auth.myComuni : m.auth.myConsortium}
      </h2>
      <ul className="list-unstyled mb-0 d-flex flex-wrap gap-3">
        {user.role === 'council' ? (
          user.comuni.map((comune) => (
            <li key={comune.istat}>
              <Link to={`/comuni/${comune.istat}`}>{comune.name}</Link>
            </li>
          ))
        ) : (
          <>
            <li>
              <Link to={`/consorzi/${user.consortium.slug}`}>{user.consortium.name}</Link>
            </li>
            {user.role === 'admin' ? (
              <li>
                <Link to="/amministrazione">{m.auth.admin}</Link>
              </li>
            ) : null}
          </>
        )}
      </ul>
    </section>
  );
}

/** Says that the page shows internal data too, so nobody mistakes it for the public page. */
export function InternalViewNotice({ council }: { council: boolean }) {
  const { m } = useI18n();
  return (
    <p className="internal-view-notice small">
      <Icon name="it-locked" size="xs" className="me-1" />
      {council ? m.staff.viewerCouncil : m.staff.viewerStaff}
    </p>
  );
}
