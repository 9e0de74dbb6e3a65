import type { Platform } from '@switchoff/domain';
import type { ComuneNational } from '../../api-types';
import { DataTable } from '../../charts/data-table';
import { Icon } from '../../components/icon';
import { PlatformStateBadge } from '../../components/platform-state';
import { pnrrMeasureColumn } from '../../components/pnrr-measure';
import { Section } from '../../components/section';
import { useI18n } from '../../i18n/i18n';

type Application = ComuneNational['applications'][number];

/** Source, licence and snapshot dates of the PA digitale 2026 data, wherever it is shown. */
export function NationalSource({ data }: { data: ComuneNational }) {
  const { m, f } = useI18n();
  const snapshots = data.snapshots.map((d) => f.date(d)).join(', ');
  return (
    <p className="small text-muted national-source">
      {m.national.source({
        publisher: data.source.publisher,
        licence: data.source.licence,
        snapshots: snapshots || '—',
      })}{' '}
      <a href={data.source.url} target="_blank" rel="noreferrer">
        {m.national.sourceLink}
        <Icon name="it-external-link" size="xs" className="icon-primary ms-1" />
        <span className="visually-hidden">{m.common.external}</span>
      </a>
    </p>
  );
}

/** The comune's funded PNRR applications, from national open data. */
export function NationalPnrrSection({ data }: { data: ComuneNational }) {
  const { m, f } = useI18n();
  const stateText = (a: { state: Application['state']; stateDate: string }) =>
    m.national.stateOn({ state: m.national.states[a.state], date: f.date(a.stateDate) });
  return (
    <Section headingId="national-pnrr-title" title={m.national.pnrrTitle} className="mb-5">
      {data.applications.length === 0 ? (
        <p>{m.national.noApplications}</p>
      ) : (
        <DataTable
          caption={m.national.pnrrCaption}
          rows={data.applications}
          rowKey={(a) => `${a.measure}|${a.call}|${a.cup ?? ''}|${a.stateDate}`}
          columns={[
            pnrrMeasureColumn(m.national.measure),
            { key: 'call', header: m.national.call, cell: (a) => <span className="small">{a.call}</span> },
            { key: 'state', header: m.national.state, cell: (a) => stateText(a) },
            { key: 'amount', header: m.national.amount, numeric: true, cell: (a) => f.euroCents(a.amountCents) },
            { key: 'cup', header: m.national.cup, cell: (a) => a.cup ?? '—' },
            {
              key: 'history',
              header: m.national.history,
              cell: (a) => a.history.slice(0, -1).map(stateText).join('; ') || '—',
            },
          ]}
        />
      )}
      <NationalSource data={data} />
    </Section>
  );
}

type PlatformRow = {
  key: Platform | 'website';
  derived: ComuneNational['derived'][number] | undefined;
  entered: ComuneNational['entered'][number] | undefined;
};

/**
 * Platforms national data points to, beside what a consortium entered by hand for a tracked
 * comune: each with its source, neither overwriting the other. Nothing to show, no section.
 */
export function DerivedPlatformsSection({ data }: { data: ComuneNational }) {
  const { m, f } = useI18n();
  const tracked = data.trackedBy !== null;
  const keys = new Set<PlatformRow['key']>([
    ...data.derived.map((d) => d.platform),
    ...data.entered.map((e) => e.platform),
  ]);
  if (keys.size === 0) return null;
  const rows: PlatformRow[] = [...keys].map((key) => ({
    key,
    derived: data.derived.find((d) => d.platform === key),
    entered: data.entered.find((e) => e.platform === key),
  }));
  return (
    <Section headingId="national-platforms-title" title={m.national.derivedTitle} className="mb-5">
      <p>{m.national.derivedLead}</p>
      <DataTable
        caption={tracked ? m.national.derivedCaption : m.national.derivedCaptionUntracked}
        rows={rows}
        rowKey={(r) => r.key}
        columns={[
          {
            key: 'platform',
            header: m.national.platform,
            rowHeader: true,
            cell: (r) => (r.key === 'website' ? m.national.website : m.platforms[r.key]),
          },
          {
            key: 'national',
            header: m.national.fromNational,
            cell: (r) =>
              r.derived ? (
                <>
                  <PlatformStateBadge state={r.derived.state} active={r.derived.state === 'active'} />
                  <span className="d-block small">
                    {m.national.viaMeasure({ measure: r.derived.measure, date: f.date(r.derived.date) })}
                  </span>
                </>
              ) : (
                '—'
              ),
          },
          ...(tracked
            ? [
                {
                  key: 'consortium',
                  header: m.national.fromConsortium,
                  cell: (r: PlatformRow) =>
                    r.entered ? (
                      <>
                        <PlatformStateBadge
                          state={r.entered.state}
                          active={r.entered.state === 'active' || r.entered.state === 'subentro'}
                        />
                        {r.entered.activationDate ? (
                          <span className="d-block small">{f.date(r.entered.activationDate)}</span>
                        ) : null}
                      </>
                    ) : (
                      m.national.notEntered
                    ),
                },
              ]
            : []),
        ]}
      />
    </Section>
  );
}
