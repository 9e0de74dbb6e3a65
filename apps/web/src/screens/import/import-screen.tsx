import { useQuery } from '@tanstack/react-query';
import { Forbidden, LoginRequired } from '../../auth/access-pages';
import { canEditComune, canEditConsortiumOf, useMe } from '../../auth/viewer';
import { Loading, QueryState } from '../../components/query-state';
import { useI18n } from '../../i18n/i18n';
import { Page } from '../../layout/page';
import { useTRPC } from '../../trpc';
import { checkedScreen } from '../checked-params';
import { checkIstat, checkSlug } from '../params';
import { ImportWorkbench } from './import-workbench';

function ComuneImport({ istat }: { istat: string }) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const me = useMe();
  const overview = useQuery(trpc.comuni.overview.queryOptions({ istat }));
  return (
    <QueryState query={overview}>
      {({ comune }) => {
        if (me.isPending) return <Loading />;
        if (!me.data) return <LoginRequired />;
        if (!canEditComune(me.data, comune)) {
          return (
            <Forbidden message={m.importer.staffOnly} back={{ label: comune.name, to: `/comuni/${comune.istat}` }} />
          );
        }
        return (
          <Page
            title={m.importer.title}
            documentTitle={m.importer.documentTitle({ scope: comune.name })}
            trail={[
              { label: comune.consortium.name, to: `/consorzi/${comune.consortium.slug}` },
              { label: comune.name, to: `/comuni/${comune.istat}` },
              { label: m.importer.breadcrumb },
            ]}
            lead={<p className="mb-0">{m.importer.leadComune({ name: comune.name })}</p>}
          >
            <ImportWorkbench scope={{ istat: comune.istat }} />
          </Page>
        );
      }}
    </QueryState>
  );
}

/** `/comuni/:istat/importa`: CSV import for the staff of the comune's consortium. */
export const ComuneImportScreen = checkedScreen({ istat: checkIstat }, ComuneImport);

function ConsortiumImport({ slug }: { slug: string }) {
  const { m } = useI18n();
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (!me.data) return <LoginRequired />;
  const consortium = me.data.consortium;
  if (!canEditConsortiumOf(me.data, slug)) {
    return <Forbidden message={m.importer.staffOnly} back={{ label: m.breadcrumbs.home, to: '/' }} />;
  }
  return (
    <Page
      title={m.importer.title}
      documentTitle={m.importer.documentTitle({ scope: consortium.name })}
      trail={[{ label: consortium.name, to: `/consorzi/${consortium.slug}` }, { label: m.importer.breadcrumb }]}
      lead={<p className="mb-0">{m.importer.leadConsortium({ name: consortium.name })}</p>}
    >
      <ImportWorkbench scope={{ consortium: consortium.slug }} />
    </Page>
  );
}

/** `/consorzi/:slug/importa`: CSV import for every comune of the consortium, for its staff. */
export const ConsortiumImportScreen = checkedScreen({ slug: checkSlug }, ConsortiumImport);
