import { Link } from 'react-router';
import type { ComuneNational } from '../../api-types';
import { useI18n } from '../../i18n/i18n';
import { Page } from '../../layout/page';
import { nationalTrail } from './national-trail';

/**
 * The page at the code of a comune merged since 2020 (cessati.csv): it says which comune it
 * became part of and leads there, instead of the page of a comune that no longer exists.
 */
export function CeasedComuneView({ data, ceased }: { data: ComuneNational; ceased: { istat: string; name: string } }) {
  const { m } = useI18n();
  const successor = data.comune;
  return (
    <Page
      title={ceased.name}
      documentTitle={m.national.ceasedTitle({ name: ceased.name })}
      trail={[...nationalTrail(successor, m.national.italy), { label: ceased.name }]}
    >
      <div className="callout note mb-4">
        <p className="mb-2">
          {m.national.ceased({ name: ceased.name, istat: ceased.istat, successor: successor.name })}
        </p>
        <p className="mb-0">
          <Link to={`/comuni/${successor.istatCode}`}>{m.national.ceasedLink({ successor: successor.name })}</Link>
        </p>
      </div>
      <p className="small text-muted">{m.national.registrySource({ title: data.registrySource.title })}</p>
    </Page>
  );
}
