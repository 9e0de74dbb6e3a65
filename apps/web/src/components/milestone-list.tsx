import type { MilestoneStatus } from '@switchoff/domain';
import { Link } from 'react-router';
import { useI18n } from '../i18n/i18n';
import { VisibilityMark } from './internal';
import { useSlippageText } from './slippage';
import { StatusBadge } from './status-badge';

/** The fields a compact milestone line needs. */
export type MilestoneLine = {
  id: number;
  title: string;
  status: MilestoneStatus;
  plannedDate: string;
  actualDate: string | null;
  slippageDays: number;
  service: { slug: string; name: string } | null;
  /** Present for readers of internal data. */
  visibility?: 'public' | 'internal' | undefined;
};

type MilestoneListProps = {
  items: readonly MilestoneLine[];
  /** ISTAT code, to link a milestone's service. */
  istat: string;
  empty: string;
  /** Link each milestone's service (off on the service's own page). */
  showService?: boolean;
};

/** Milestones as a short list: status, title, date (actual when done), slippage. */
export function MilestoneList({ items, istat, empty, showService = true }: MilestoneListProps) {
  const { m, f } = useI18n();
  const slippage = useSlippageText();
  if (items.length === 0) return <p className="text-muted">{empty}</p>;
  return (
    <ul className="milestone-list list-unstyled">
      {items.map((item) => (
        <li key={item.id} className="milestone-line">
          <StatusBadge status={item.status} />
          <div>
            <span className="fw-semibold">{item.title}</span> <VisibilityMark visibility={item.visibility} />
            {item.service && showService ? (
              <>
                {' – '}
                <Link to={`/comuni/${istat}/servizi/${item.service.slug}`}>{item.service.name}</Link>
              </>
            ) : null}
            <div className="small text-muted">
              {item.actualDate
                ? `${m.charts.actual}: ${f.date(item.actualDate)}`
                : `${m.charts.planned}: ${f.date(item.plannedDate)}`}
              {' · '}
              {slippage(item.slippageDays)}
            </div>
          </div>
        </li>
      ))}
    </ul>
  );
}
