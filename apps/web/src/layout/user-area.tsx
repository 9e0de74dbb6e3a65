import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useLocation } from 'react-router';
import { loginPath } from '../auth/login-path';
import { resetForNewViewer, type User, useMe } from '../auth/viewer';
import { Icon } from '../components/icon';
import { useI18n } from '../i18n/i18n';
import { useTRPC } from '../trpc';

/** The slim header's account zone: who is logged in (name, role) with "Esci", or "Accedi". */
export function UserArea() {
  const { m } = useI18n();
  const location = useLocation();
  const me = useMe();
  if (me.isPending) return null;
  if (me.data) return <SignedInArea user={me.data} />;
  if (location.pathname === '/accedi') return null;
  return (
    <Link to={loginPath(location.pathname + location.search)} className="btn btn-primary btn-sm so-login-link">
      <Icon name="it-user" className="icon-white me-1" />
      {m.auth.login}
    </Link>
  );
}

/**
 * A member of staff's name, role, profile and "Esci". Apart from `UserArea` so that a visitor's
 * page (every page the server renders) does not set up the logout's mutation it never shows.
 */
function SignedInArea({ user }: { user: User }) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const logout = useMutation(
    trpc.auth.logout.mutationOptions({
      onSuccess: () => resetForNewViewer(queryClient, trpc.auth.me.queryKey(), null),
    }),
  );
  const role = m.roles[user.role];
  return (
    <div className="so-user-area" role="group" aria-label={m.auth.loggedInAs({ name: user.name, role })}>
      <Icon name="it-user" className="icon-white so-user-icon" />
      <span className="so-user-text">
        <span className="so-user-name">{user.name}</span>
        <span className="so-user-role">{role}</span>
      </span>
      <Link to="/profilo" className="so-header-link">
        <Icon name="it-card" className="icon-white me-1" size="xs" />
        <span className="so-header-link-text">{m.profile.menu}</span>
      </Link>
      {user.role === 'admin' ? (
        <Link to="/amministrazione" className="so-header-link">
          <Icon name="it-settings" className="icon-white me-1" size="xs" />
          <span className="so-header-link-text">{m.auth.admin}</span>
        </Link>
      ) : null}
      <button
        type="button"
        className="btn btn-sm so-logout"
        onClick={() => logout.mutate()}
        disabled={logout.isPending}
      >
        <Icon name="it-logout" className="me-1" size="xs" />
        {m.auth.logout}
      </button>
    </div>
  );
}
