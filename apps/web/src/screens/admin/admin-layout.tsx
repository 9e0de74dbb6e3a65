import { Suspense } from 'react';
import { NavLink, Outlet } from 'react-router';
import { RequireRole } from '../../auth/access-pages';
import { useMe } from '../../auth/viewer';
import { Loading } from '../../components/query-state-parts';
import { useI18n } from '../../i18n/i18n';
import { Page } from '../../layout/page';

function AdminFrame() {
  const { m } = useI18n();
  const me = useMe();
  const consortium = me.data?.consortium.name ?? '';
  const sections = [
    { to: '/amministrazione/utenti', label: m.admin.users },
    { to: '/amministrazione/comuni', label: m.admin.comuni },
    { to: '/amministrazione/consorzi', label: m.consortiaAdmin.nav },
    { to: '/amministrazione/catalogo', label: m.admin.catalogue },
    { to: '/amministrazione/copia-di-sicurezza', label: m.backup.nav },
    { to: '/amministrazione/email', label: m.outbox.nav },
  ];
  return (
    <Page
      title={m.admin.title}
      // Each section names the tab itself ("Account del consorzio – Amministrazione").
      documentTitle={false}
      trail={[{ label: m.admin.title }]}
      lead={<p className="mb-0">{m.admin.lead({ consortium })}</p>}
    >
      <nav aria-label={m.admin.nav} className="admin-nav mb-4">
        <ul className="nav nav-tabs">
          {sections.map((section) => (
            <li key={section.to} className="nav-item">
              <NavLink to={section.to} className={({ isActive }) => `nav-link${isActive ? ' active' : ''}`}>
                {section.label}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Suspense fallback={<Loading />}>
        <Outlet />
      </Suspense>
    </Page>
  );
}

/** `/amministrazione/…`: the consortium's admins only; anyone else gets a clear page. */
export default function AdminLayout() {
  return (
    <RequireRole roles={['admin']}>
      <AdminFrame />
    </RequireRole>
  );
}
