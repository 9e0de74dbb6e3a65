import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router';
import { useMe } from '../auth/viewer';
import { useI18n } from '../i18n/i18n';
import { useTRPC } from '../trpc';
import { Section } from './section';

/** The screen that does each item of a new comune's checklist. */
const LINKS = {
  services: (istat: string) => `/comuni/${istat}/servizi-iniziali`,
  figures: (istat: string) => `/comuni/${istat}/importa`,
  milestones: (istat: string) => `/comuni/${istat}/roadmap`,
  council: () => '/amministrazione/utenti',
} as const;

/**
 * What a comune still lacks to be followed (services, a first month of figures, milestones, a
 * council account), for its staff: each item a link to the screen that does it; gone when done.
 * Accounts are an admin's screen: an editor is told who creates the council's, not sent to a refusal.
 */
export function SetupChecklist({ istat }: { istat: string }) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const checklist = useQuery(trpc.comuni.setupChecklist.queryOptions({ istat }));
  const me = useMe();
  if (!checklist.data || checklist.data.complete) return null;
  const reaches = (key: keyof typeof LINKS) => key !== 'council' || me.data?.role === 'admin';
  return (
    <Section
      headingId="setup-checklist-title"
      title={m.checklist.title}
      headingClassName="h5"
      className="callout callout-highlight mb-4 p-3 border rounded"
    >
      <ul className="mb-0">
        {checklist.data.items.map((item) => (
          <li key={item.key}>
            {item.done ? (
              <>
                <s>{m.checklist[item.key]}</s> ({m.checklist.done})
              </>
            ) : reaches(item.key) ? (
              <>
                <Link to={LINKS[item.key](istat)}>{m.checklist[item.key]}</Link> ({m.checklist.todo})
              </>
            ) : (
              <>
                {m.checklist[item.key]} ({m.checklist.todo}: {m.checklist.adminDoes})
              </>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}
