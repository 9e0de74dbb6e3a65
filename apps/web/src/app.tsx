import { type QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useEffect, useState } from 'react';
import { BrowserRouter, createRoutesFromElements, Navigate, Route, type RouteObject, useRoutes } from 'react-router';
import { I18nProvider } from './i18n/i18n';
import { Layout } from './layout/layout';
import { ScrollToTop } from './layout/scroll-to-top';
import { lazyNamedScreen, lazyScreen } from './lazy';
import { createQueryClient } from './query-client';
import { NotFound } from './screens/not-found';
import { type ApiClient, createApiClient, TRPCProvider } from './trpc';

// Each screen's code loads when its address is first visited.
const Home = lazyScreen(() => import('./screens/home/home'));
const Portfolio = lazyScreen(() => import('./screens/portfolio/portfolio'));
const ServiceAcross = lazyScreen(() => import('./screens/service-across/service-across'));
const ComuneOverview = lazyScreen(() => import('./screens/comune-overview/comune-overview'));
const ServicePage = lazyScreen(() => import('./screens/service-page/service-page'));
const Roadmap = lazyScreen(() => import('./screens/roadmap/roadmap'));
const Login = lazyScreen(() => import('./screens/login/login'));
const MyComuni = lazyScreen(() => import('./screens/login/my-comuni'));
const FiguresGrid = lazyScreen(() => import('./screens/figures-grid/figures-grid'));
const Changes = lazyScreen(() => import('./screens/changes/changes'));
const AdminLayout = lazyScreen(() => import('./screens/admin/admin-layout'));
const AdminUsers = lazyScreen(() => import('./screens/admin/users'));
const AdminCatalogue = lazyScreen(() => import('./screens/admin/catalogue'));
const AdminComuni = lazyNamedScreen(() => import('./screens/admin/comuni-admin'), 'ComuniList');
const AdminComune = lazyNamedScreen(() => import('./screens/admin/comuni-settings'), 'ComuneSettingsScreen');
const ComuneImport = lazyNamedScreen(() => import('./screens/import/import-screen'), 'ComuneImportScreen');
const ConsortiumImport = lazyNamedScreen(() => import('./screens/import/import-screen'), 'ConsortiumImportScreen');
const CouncilReport = lazyScreen(() => import('./screens/council-report/council-report'));
const AdminBackup = lazyScreen(() => import('./screens/admin/backup'));
const AdminOutbox = lazyScreen(() => import('./screens/admin/outbox'));
const Profile = lazyScreen(() => import('./screens/profile/profile'));
const AdminConsortia = lazyNamedScreen(() => import('./screens/admin/consortia-admin'), 'ConsortiaList');
const AdminConsortium = lazyNamedScreen(() => import('./screens/admin/consortia-admin'), 'ConsortiumScreen');
const ServiceSetup = lazyScreen(() => import('./screens/service-setup/service-setup'));
const ItalyMap = lazyNamedScreen(() => import('./screens/italy-maps/italy-maps'), 'ItalyMapScreen');
const RegionMap = lazyNamedScreen(() => import('./screens/italy-maps/italy-maps'), 'RegionMapScreen');
const ProvinceMap = lazyNamedScreen(() => import('./screens/italy-maps/italy-maps'), 'ProvinceMapScreen');

/** The routes of the SPA, as elements. */
const appRoutes = (
  <Route element={<Layout />}>
    <Route index element={<Home />} />
    <Route path="consorzi/:slug" element={<Portfolio />} />
    <Route path="consorzi/:slug/servizi/:service" element={<ServiceAcross />} />
    <Route path="consorzi/:slug/importa" element={<ConsortiumImport />} />
    <Route path="comuni/:istat" element={<ComuneOverview />} />
    <Route path="comuni/:istat/servizi/:slug" element={<ServicePage />} />
    <Route path="comuni/:istat/servizi/:slug/dati" element={<FiguresGrid />} />
    <Route path="comuni/:istat/roadmap" element={<Roadmap />} />
    <Route path="comuni/:istat/modifiche" element={<Changes />} />
    <Route path="comuni/:istat/importa" element={<ComuneImport />} />
    <Route path="comuni/:istat/servizi-iniziali" element={<ServiceSetup />} />
    <Route path="comuni/:istat/relazione" element={<CouncilReport />} />
    <Route path="italia" element={<ItalyMap />} />
    <Route path="regioni/:code" element={<RegionMap />} />
    <Route path="province/:code" element={<ProvinceMap />} />
    <Route path="accedi" element={<Login />} />
    <Route path="i-miei-comuni" element={<MyComuni />} />
    <Route path="profilo" element={<Profile />} />
    <Route path="amministrazione" element={<AdminLayout />}>
      <Route index element={<Navigate to="/amministrazione/utenti" replace />} />
      <Route path="utenti" element={<AdminUsers />} />
      <Route path="comuni" element={<AdminComuni />} />
      <Route path="comuni/:istat" element={<AdminComune />} />
      <Route path="consorzi" element={<AdminConsortia />} />
      <Route path="consorzi/:slug" element={<AdminConsortium />} />
      <Route path="catalogo" element={<AdminCatalogue />} />
      <Route path="copia-di-sicurezza" element={<AdminBackup />} />
      <Route path="email" element={<AdminOutbox />} />
    </Route>
    <Route path="*" element={<NotFound />} />
  </Route>
);

/**
 * The routes as objects, made once (`<Routes>` would make them from its children at every
 * render), matched by `AppRoutes` and by the entries before the first render.
 */
export const appRouteObjects = createRoutesFromElements(appRoutes);

/**
 * The routes of the public SPA; addresses are stable and use ISTAT codes and slugs. The same tree
 * in the browser and in the server's render (ScrollToTop included, which does nothing there):
 * React's `useId` follows the tree's shape, and a sibling present on one side only gave every id
 * below it another value in the browser (an SVG fill drawn again after hydration pointed at a
 * pattern the server had named otherwise). The server's render gives `routes`: the one branch
 * its address matched (`matchBranch`), the same match at a fraction of the cost.
 */
export function AppRoutes({ routes = appRouteObjects }: { routes?: RouteObject[] }) {
  const matched = useRoutes(routes);
  return (
    <>
      <ScrollToTop />
      {matched}
    </>
  );
}

type ProvidersProps = {
  children: ReactNode;
  /** The cache to use (the page's server answers already in it); a new one by default. */
  queryClient?: QueryClient;
  /** The tRPC client (the server's renders call the procedures directly); HTTP by default. */
  trpcClient?: ApiClient;
  /** A page the server rendered: drawn in Italian, as it was, and switched to a chosen language after. */
  serverRendered?: boolean;
};

/** Data (TanStack Query + tRPC) and language providers. */
export function Providers({ children, queryClient: given, trpcClient: givenClient, serverRendered }: ProvidersProps) {
  const [queryClient] = useState(() => given ?? createQueryClient());
  const [trpcClient] = useState(() => givenClient ?? createApiClient());
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <I18nProvider initialLocale={serverRendered ? 'it' : undefined} followStoredLocale={serverRendered}>
          {children}
        </I18nProvider>
      </TRPCProvider>
    </QueryClientProvider>
  );
}

/**
 * The SPA in the browser; `queryClient` holds what the server prefetched for a rendered page,
 * `trpcClient` the client the start-up made (a new one by default).
 */
export function App({
  queryClient,
  trpcClient,
  serverRendered,
}: {
  queryClient?: QueryClient;
  trpcClient?: ApiClient;
  serverRendered?: boolean;
}) {
  useEffect(() => {
    // Said on the document once React runs the page (the browser tests wait for it).
    document.documentElement.dataset.ready = serverRendered ? 'hydrated' : 'rendered';
  }, [serverRendered]);
  return (
    <Providers queryClient={queryClient} trpcClient={trpcClient} serverRendered={serverRendered}>
      <BrowserRouter>
        <AppRoutes />
      </BrowserRouter>
    </Providers>
  );
}
