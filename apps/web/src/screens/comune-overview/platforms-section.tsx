import { isPortalSearch } from '@switchoff/domain';
import type { ComuneOverview } from '../../api-types';
import { DataTable } from '../../charts/data-table';
import { Icon } from '../../components/icon';
import { PlatformStateBadge } from '../../components/platform-state';
import { pnrrMeasureColumn } from '../../components/pnrr-measure';
import { useI18n } from '../../i18n/i18n';

type Platforms = ComuneOverview['platforms'];
type Pnrr = ComuneOverview['pnrr'];
type Datasets = ComuneOverview['datasets'];

export function PlatformsTable({ platforms }: { platforms: Platforms }) {
  const { m, f } = useI18n();
  return (
    <DataTable
      caption={m.overview.platformsCaption}
      rows={platforms}
      rowKey={(p) => p.platform}
      columns={[
        { key: 'platform', header: m.overview.platform, rowHeader: true, cell: (p) => m.platforms[p.platform] },
        {
          key: 'state',
          header: m.overview.state,
          cell: (p) => <PlatformStateBadge state={p.state} active={p.active} />,
        },
        { key: 'date', header: m.overview.activationDate, cell: (p) => f.date(p.activationDate) },
      ]}
    />
  );
}

export function PnrrTable({ pnrr }: { pnrr: Pnrr }) {
  const { m, f } = useI18n();
  if (pnrr.length === 0) return <p className="text-muted">{m.overview.noPnrr}</p>;
  return (
    <DataTable
      caption={m.overview.pnrrCaption}
      rows={pnrr}
      rowKey={(p) => p.measure}
      columns={[
        pnrrMeasureColumn(m.overview.measure),
        { key: 'state', header: m.overview.state, cell: (p) => m.pnrrStates[p.state] },
        { key: 'amount', header: m.overview.amount, numeric: true, cell: (p) => f.euroCents(p.amountCents) },
        { key: 'date', header: m.overview.stateDate, cell: (p) => f.date(p.stateDate) },
      ]}
    />
  );
}

export function DatasetsTable({ datasets }: { datasets: Datasets }) {
  const { m, f } = useI18n();
  if (datasets.length === 0) return <p className="text-muted">{m.overview.noDatasets}</p>;
  return (
    <>
      {datasets.some((d) => isPortalSearch(d.url)) ? <p className="small">{m.overview.datasetsSearchNote}</p> : null}
      <DataTable
        caption={m.overview.datasetsCaption}
        rows={datasets}
        rowKey={(d) => d.title}
        columns={[
          {
            key: 'title',
            header: m.overview.dataset,
            rowHeader: true,
            cell: (d) =>
              isPortalSearch(d.url) ? (
                <>
                  {d.title}{' '}
                  <a
                    href={d.url}
                    target="_blank"
                    rel="noreferrer"
                    className="text-nowrap"
                    aria-label={`${m.overview.datasetSearchLabel({ title: d.title, portal: d.portal })} (${m.common.external})`}
                  >
                    {m.overview.datasetSearch({ portal: d.portal })}
                    <Icon name="it-external-link" size="xs" className="icon-primary ms-1" />
                  </a>
                </>
              ) : (
                <a href={d.url} target="_blank" rel="noreferrer">
                  {d.title}
                  <Icon name="it-external-link" size="xs" className="icon-primary ms-1" />
                  <span className="visually-hidden">{m.common.external}</span>
                </a>
              ),
          },
          { key: 'portal', header: m.overview.portal, cell: (d) => d.portal },
          { key: 'license', header: m.overview.license, cell: (d) => d.license },
          { key: 'date', header: m.overview.published, cell: (d) => f.date(d.publishedDate) },
        ]}
      />
    </>
  );
}

export function AssistedDesk({ desk }: { desk: string | null }) {
  const { m } = useI18n();
  return (
    <section className="callout note mb-5" aria-labelledby="desk-title">
      <h2 id="desk-title" className="callout-title h5">
        <Icon name="it-user" className="me-1" />
        {m.overview.deskTitle}
      </h2>
      {desk ? (
        <p>
          {m.overview.deskLead} <strong>{desk}</strong>
        </p>
      ) : (
        <p>{m.overview.deskNone}</p>
      )}
    </section>
  );
}
