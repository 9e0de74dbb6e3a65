import { Link } from 'react-router';
import { LoginRequired } from '../../auth/access-pages';
import { useMe } from '../../auth/viewer';
import { Icon } from '../../components/icon';
import { Loading } from '../../components/query-state-parts';
import { useI18n } from '../../i18n/i18n';
import { Page } from '../../layout/page';

/**
 * `/i-miei-comuni`: where a council member with several comuni lands after logging in, to
 * choose one. Staff reach every comune of their consortium, so they are pointed to its portfolio.
 */
export default function MyComuniScreen() {
  const { m } = useI18n();
  const me = useMe();
  if (me.isPending) return <Loading />;
  const user = me.data;
  if (!user) return <LoginRequired />;
  const staff = user.role !== 'council';
  return (
    <Page
      title={m.landing.title}
      trail={[{ label: m.landing.title }]}
      lead={
        <p className="mb-0">{staff ? m.landing.staffLead({ consortium: user.consortium.name }) : m.landing.lead}</p>
      }
    >
      {staff ? (
        <Link to={`/consorzi/${user.consortium.slug}`} className="btn btn-primary">
          {m.landing.openPortfolio}
        </Link>
      ) : (
        <ul className="list-unstyled my-comuni" aria-label={m.landing.listLabel}>
          {user.comuni.map((comune) => (
            <li key={comune.istat}>
              <Link
                to={`/comuni/${comune.istat}`}
                className="my-comune-link"
                aria-label={m.landing.open({ name: comune.name })}
              >
                <Icon name="it-pa" className="me-2" />
                <span>
                  <span className="my-comune-name">{comune.name}</span>
                  <span className="d-block small">{m.landing.istat({ code: comune.istat })}</span>
                </span>
                <Icon name="it-arrow-right" className="ms-auto" />
              </Link>
            </li>
          ))}
        </ul>
      )}
    </Page>
  );
}
