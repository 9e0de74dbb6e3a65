import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { Loading } from '../components/query-state';
import { useI18n } from '../i18n/i18n';
import { Footer } from './footer';
import { Header } from './header';

/** Header, main content (each screen loaded on demand) and footer. */
export function Layout() {
  const { m } = useI18n();
  return (
    <>
      <a className="skiplink visually-hidden-focusable" href="#main">
        {m.app.skipToContent}
      </a>
      <Header />
      <main id="main" tabIndex={-1}>
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
      </main>
      <Footer />
    </>
  );
}
