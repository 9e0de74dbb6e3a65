import { provinceName } from '@switchoff/domain';
import type { ComuneNational } from '../../api-types';
import { Fact } from '../../components/fact';
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
      documentTitle={m.national.documentTitle({ name: comune.name })}
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
        <Fact term={m.national.istat}>
          {comune.istatCode}
          {comune.formerIstat ? ` (${m.national.formerIstat({ code: comune.formerIstat })})` : ''}
        </Fact>
        <Fact term={m.national.population}>
          {comune.population === null ? m.national.populationUnknown : f.number(comune.population)}
          {comune.population !== null && data.mergedFrom.length > 0
            ? ` (${m.national.populationMerged({ names: data.mergedFrom.map((c) => c.name).join(', ') })})`
            : ''}
        </Fact>
        {data.formerName !== null ? <Fact term={m.national.formerName}>{data.formerName}</Fact> : null}
        {data.mergedFrom.length > 0 ? (
          <Fact term={m.national.mergedFrom}>
            {data.mergedFrom.map((c) => m.national.mergedFromItem(c)).join(', ')}
          </Fact>
        ) : null}
        {comune.ipaCode ? <Fact term={m.national.ipa}>{comune.ipaCode}</Fact> : null}
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
      <p className="small text-muted">{m.national.registrySource({ title: data.registrySource.title })}</p>
    </Page>
  );
}
