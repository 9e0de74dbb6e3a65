import { useQuery } from '@tanstack/react-query';
import { LoginRequired } from '../../auth/access-pages';
import { useMe } from '../../auth/viewer';
import { QueryState } from '../../components/query-state';
import { Loading } from '../../components/query-state-parts';
import { useI18n } from '../../i18n/i18n';
import { Page } from '../../layout/page';
import { useTRPC } from '../../trpc';
import { CalendarAddresses } from './calendar-addresses';
import { EmailPreferencesForm } from './email-preferences';

function ProfileSections() {
  const trpc = useTRPC();
  const preferences = useQuery(trpc.account.preferences.queryOptions());
  const calendars = useQuery(trpc.account.calendars.queryOptions());
  return (
    <>
      <QueryState query={preferences}>{(p) => <EmailPreferencesForm preferences={p} />}</QueryState>
      <QueryState query={calendars}>{(list) => <CalendarAddresses addresses={list} />}</QueryState>
    </>
  );
}

/** `/profilo`: every logged-in person's own emails and private calendar. */
export default function ProfileScreen() {
  const { m } = useI18n();
  const me = useMe();
  if (me.isPending) return <Loading />;
  if (!me.data) return <LoginRequired />;
  return (
    <Page
      title={m.profile.title}
      trail={[{ label: m.profile.title }]}
      lead={<p className="mb-0">{m.profile.lead({ email: me.data.email })}</p>}
    >
      <ProfileSections />
    </Page>
  );
}
