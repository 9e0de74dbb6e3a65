import { STAGES } from '@switchoff/domain';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import type { ConsortiumSummary } from '../../api-types';
import { Icon } from '../../components/icon';
import { QueryState } from '../../components/query-state';
import { StageBadge } from '../../components/stage-badge';
import { ViewerBox } from '../../components/viewer-box';
import { useI18n } from '../../i18n/i18n';
import { Page } from '../../layout/page';
import { useTRPC } from '../../trpc';

/**
 * The first comuni of a consortium as links, so a citizen reaches their comune in one click; the
 * portfolio (and the search in the header) has the rest.
 */
function ConsortiumComuni({ consortium }: { consortium: ConsortiumSummary }) {
  const { m } = useI18n();
  const more = consortium.comuni - consortium.firstComuni.length;
  if (consortium.firstComuni.length === 0) return null;
  return (
    <>
      <h4 className="h6 mt-3 mb-1">{m.home.comuniOf}</h4>
      <ul className="comuni-links list-unstyled mb-0">
        {consortium.firstComuni.map((comune) => (
          <li key={comune.istat}>
            <Link to={`/comuni/${comune.istat}`}>{comune.name}</Link>
          </li>
        ))}
      </ul>
      {more > 0 && (
        <p className="small mt-1 mb-0">
          <Link to={`/consorzi/${consortium.slug}`}>{m.home.moreComuni({ count: more })}</Link>
        </p>
      )}
    </>
  );
}

function ConsortiumCard({ consortium }: { consortium: ConsortiumSummary }) {
  const { m, f } = useI18n();
  return (
    <div className="card card-bg no-after h-100">
      <div className="card-body">
        <h3 className="card-title h4">
          <Link to={`/consorzi/${consortium.slug}`}>{consortium.name}</Link>
        </h3>
        <p className="mb-2">
          <Icon name="it-map-marker" className="me-1" />
          {consortium.city} ·{' '}
          {consortium.comuni === 1 ? m.common.oneComune : m.common.comuniCount({ n: f.number(consortium.comuni) })}
        </p>
        <Link to={`/consorzi/${consortium.slug}`} className="btn btn-primary btn-sm">
          {m.home.openPortfolio({ name: consortium.name })}
          <Icon name="it-arrow-right" className="icon-white ms-1" />
        </Link>
        <ConsortiumComuni consortium={consortium} />
      </div>
    </div>
  );
}

/** Home: what the product is, the stages, and the consortia leading to their comuni. */
export default function HomeScreen() {
  const { m } = useI18n();
  const trpc = useTRPC();
  const query = useQuery(trpc.consortia.list.queryOptions());
  return (
    <Page title={m.home.title} documentTitle={m.home.title} trail={[]} lead={m.home.lead}>
      <ViewerBox />
      <p className="mb-4">
        <Link to="/italia" className="btn btn-primary btn-sm">
          <Icon name="it-map-marker" size="xs" className="icon-white me-1" />
          {m.maps.openMap}
        </Link>{' '}
        <span className="small">{m.maps.openMapHint}</span>
      </p>
      <section className="mb-5" aria-labelledby="consortia-title">
        <h2 id="consortia-title" className="h3">
          {m.home.consortiaTitle}
        </h2>
        <p>{m.home.consortiaLead}</p>
        <QueryState query={query}>
          {(consortia) =>
            consortia.length === 0 ? (
              <p>{m.home.empty}</p>
            ) : (
              <div className="row">
                {consortia.map((consortium) => (
                  <div key={consortium.slug} className="col-12 col-lg-8 mb-3">
                    <ConsortiumCard consortium={consortium} />
                  </div>
                ))}
              </div>
            )
          }
        </QueryState>
      </section>
      <section className="mb-4" aria-labelledby="stages-title">
        <h2 id="stages-title" className="h3">
          {m.home.stagesTitle}
        </h2>
        <ol className="stage-steps list-unstyled row">
          {STAGES.map((stage) => (
            <li key={stage} className="col-12 col-md-6 col-lg-3 mb-3">
              <div className="stage-step h-100">
                <StageBadge stage={stage} />
                <p className="mb-0 mt-2">{m.stages[stage].hint}</p>
              </div>
            </li>
          ))}
        </ol>
      </section>
    </Page>
  );
}
