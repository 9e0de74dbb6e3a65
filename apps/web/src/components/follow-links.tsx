import { useI18n } from '../i18n/i18n';
import { Icon } from './icon';

/**
 * Subscribe to a comune without opening the dashboard: its public milestones as a calendar
 * (iCalendar, for any calendar app) and its public changes as a news feed (Atom).
 */
export function FollowLinks({ istat, name }: { istat: string; name: string }) {
  const { m } = useI18n();
  return (
    <div className="data-links mt-3" role="group" aria-label={m.follow.label({ name })}>
      <a href={`/comuni/${istat}/roadmap.ics`} className="btn btn-outline-primary btn-sm" type="text/calendar">
        <Icon name="it-calendar" size="xs" className="me-1" />
        {m.follow.calendar}
      </a>
      <a href={`/comuni/${istat}/feed.atom`} className="btn btn-outline-primary btn-sm" type="application/atom+xml">
        <Icon name="it-rss" size="xs" className="me-1" />
        {m.follow.feed}
      </a>
    </div>
  );
}
