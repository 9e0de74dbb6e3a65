import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { lazy, type ReactNode, useState } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { shouldRetry } from './errors';
import { I18nProvider } from './i18n/i18n';
import { Layout } from './layout/layout';
import { ScrollToTop } from './layout/scroll-to-top';
import { NotFound } from './screens/not-found';
import { createApiClient, TRPCProvider } from './trpc';

// Each screen's code loads when its address is first visited.
const Home = lazy(() => import('./screens/home/home'));
const Portfolio = lazy(() => import('./screens/portfolio/portfolio'));
const ServiceAcross = lazy(() => import('./screens/service-across/service-across'));
const ComuneOverview = lazy(() => import('./screens/comune-overview/comune-overview'));
const ServicePage = lazy(() => import('./screens/service-page/service-page'));
const Roadmap = lazy(() => import('./screens/roadmap/roadmap'));
const Login = lazy(() => import('./screens/login/login'));
const MyComuni = lazy(() => import('./screens/login/my-comuni'));
const FiguresGrid = lazy(() => import('./screens/figures-grid/figures-grid'));
const Changes = lazy(() => import('./screens/changes/changes'));
const AdminLayout = lazy(() => import('./screens/admin/admin-layout'));
const AdminUsers = lazy(() => import('./screens/admin/users'));
const AdminCatalogue = lazy(() => import('./screens/admin/catalogue'));
const AdminComuni = lazy(() =>
  import('./screens/admin/comuni-admin').then((module) => ({ default: module.ComuniList })),
);
const AdminComune = lazy(() =>
  import('./screens/admin/comuni-settings').then((module) => ({ default: module.ComuneSettingsScreen })),
);
const ComuneImport = lazy(() =>
  import('./screens/import/import-screen').then((module) => ({ default: module.ComuneImportScreen })),
);
const ConsortiumImport = lazy(() =>
  import('./screens/import/import-screen').then((module) => ({ default: module.ConsortiumImportScreen })),
);
const CouncilReport = lazy(() => import('./screens/council-report/council-report'));
const AdminBackup = lazy(() => import('./screens/admin/backup'));
const AdminOutbox = lazy(() => import('./screens/admin/outbox'));
const Profile = lazy(() => import('./screens/profile/profile'));
const AdminConsortia = lazy(() =>
  import('./screens/admin/consortia-admin').then((module) => ({ default: module.ConsortiaList })),
);
const AdminConsortium = lazy(() =>
  import('./screens/admin/consortia-admin').then((module) => ({ default: module.ConsortiumScreen })),
);
const ServiceSetup = lazy(() => import('./screens/service-setup/service-setup'));
const ItalyMap = lazy(() =>
  import('./screens/italy-maps/italy-maps').then((module) => ({ default: module.ItalyMapScreen })),
);
const RegionMap = lazy(() =>
  import('./screens/italy-maps/italy-maps').then((module) => ({ default: module.RegionMapScreen })),
);
const ProvinceMap = lazy(() =>
  import('./screens/italy-maps/italy-maps').then((module) => ({ default: module.ProvinceMapScreen })),
);

/** The routes of the public SPA; addresses are stable and use ISTAT codes and slugs. */
export function AppRoutes() {
  return (
    <Routes>
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
        <Route path="profilo" element={<Profile />} />
        <Route path="i-miei-comuni" element={<MyComuni />} />
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
    </Routes>
  );
}

/** Data (TanStack Query + tRPC) and language providers. */
export function Providers({ children }: { children: ReactNode }) {
  const [queryClient] = useState(
    () =>
      new QueryClient({
        defaultOptions: { queries: { staleTime: 60_000, retry: shouldRetry, refetchOnWindowFocus: false } },
      }),
  );
  const [trpcClient] = useState(createApiClient);
  return (
    <QueryClientProvider client={queryClient}>
      <TRPCProvider trpcClient={trpcClient} queryClient={queryClient}>
        <I18nProvider>{children}</I18nProvider>
      </TRPCProvider>
    </QueryClientProvider>
  );
}

export function App() {
  return (
    <Providers>
      <BrowserRouter>
        <ScrollToTop />
        <AppRoutes />
      </BrowserRouter>
    </Providers>
  );
}
