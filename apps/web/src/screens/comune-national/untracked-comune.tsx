import { provinceName } from '@switchoff/domain';
import type { ComuneNational } from '../../api-types';
import { KeyFigures } from '../../components/key-figure';
import { useI18n } from '../../i18n/i18n';
import { Page } from '../../layout/page';
import { AbolishedProvinceNote } from './abolished-province';
import { DerivedPlatformsSection, NationalPnrrSection } from './national-sections';
import { nationalTrail } from './national-trail';

/**
 * The public page of a comune no consortium tracks: what the registry and the PNRR open data
 * say of it, and a plain note that its services are not tracked yet.
 */
export function UntrackedComuneView({ data }: { data: ComuneNational }) {
  const { m, f } = useI18n();
  const { comune } = data;
  const done = data.applications.filter((a) => a.state === 'E').length;
  return (
    <Page
      title={comune.name}
      documentTitle={m.national.documentTitle(comune.name)}
      trail={[...nationalTrail(comune, m.national.italy), { label: comune.name }]}
      lead={
        <>
          <p className="small mb-0">
            {m.national.lead({
              province: provinceName(comune.provinceIstat, comune.provinceName),
              region: comune.regionName,
            })}
          </p>
          <AbolishedProvinceNote provinceIstat={comune.provinceIstat} />
        </>
      }
    >
      <div className="callout note mb-4">
        <p className="mb-0">{m.national.notTracked}</p>
      </div>
      <dl className="row national-facts mb-4">
        <dt className="col-sm-4 col-lg-3">{m.national.istat}</dt>
        <dd className="col-sm-8 col-lg-9">
          {comune.istatCode}
          {comune.formerIstat ? ` (${m.national.formerIstat(comune.formerIstat)})` : ''}
        </dd>
        <dt className="col-sm-4 col-lg-3">{m.national.population}</dt>
        <dd className="col-sm-8 col-lg-9">
          {comune.population === null ? m.national.populationUnknown : f.number(comune.population)}
          {comune.population !== null && data.mergedFrom.length > 0
            ? ` (${m.national.populationMerged(data.mergedFrom.map((c) => c.name).join(', '))})`
            : ''}
        </dd>
        {data.formerName !== null ? (
          <>
            <dt className="col-sm-4 col-lg-3">{m.national.formerName}</dt>
            <dd className="col-sm-8 col-lg-9">{data.formerName}</dd>
          </>
        ) : null}
        {data.mergedFrom.length > 0 ? (
          <>
            <dt className="col-sm-4 col-lg-3">{m.national.mergedFrom}</dt>
            <dd className="col-sm-8 col-lg-9">{data.mergedFrom.map((c) => m.national.mergedFromItem(c)).join(', ')}</dd>
          </>
        ) : null}
        {comune.ipaCode ? (
          <>
            <dt className="col-sm-4 col-lg-3">{m.national.ipa}</dt>
            <dd className="col-sm-8 col-lg-9">{comune.ipaCode}</dd>
          </>
        ) : null}
      </dl>
      {data.applications.length > 0 ? (
        <KeyFigures
          figures={[
            { label: m.national.pnrrTitle, value: f.number(data.applications.length) },
            { label: m.national.completed, value: f.number(done) },
          ]}
        />
      ) : null}
      <NationalPnrrSection data={data} />
      <DerivedPlatformsSection data={data} />
      <p className="small text-muted">{m.national.registrySource(data.registrySource.title)}</p>
    </Page>
  );
}
