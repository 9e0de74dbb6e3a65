import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useMe } from '../../auth/viewer';
import { DataTable } from '../../charts/data-table';
import { Icon } from '../../components/icon';
import { QueryState } from '../../components/query-state';
import { Section } from '../../components/section';
import { ToolPanel } from '../../editing/tool-panel';
import { useI18n } from '../../i18n/i18n';
import { useDocumentTitle } from '../../layout/document-title';
import { useTRPC } from '../../trpc';
import { AccountActions, type PasswordReset } from './users-actions';
import { type Created, CreateUserForm } from './users-create';
import { EditUserForm, type UserItem } from './users-edit';
import { OneTimePassword, type ShownPassword } from './users-password';

type RowHandlers = {
  onEdit: (user: UserItem) => void;
  onPassword: (reset: PasswordReset) => void;
  onStatus: (message: string) => void;
};

/** The consortium's accounts; the admin's own row has no actions (they cannot disable or demote themselves). */
export function UsersTable({
  users,
  selfEmail,
  handlers,
}: {
  users: readonly UserItem[];
  selfEmail: string | undefined;
  handlers: RowHandlers;
}) {
  const { m, f } = useI18n();
  if (users.length === 0) return <p>{m.users.empty}</p>;
  return (
    <DataTable
      caption={m.users.caption}
      rows={users}
      rowKey={(u) => String(u.id)}
      columns={[
        {
          key: 'name',
          header: m.users.name,
          rowHeader: true,
          cell: (u) => (
            <>
              {u.name} {u.email === selfEmail ? <span className="fw-normal">{m.users.you}</span> : null}
              <span className="d-block small fw-normal text-break">{u.email}</span>
            </>
          ),
        },
        { key: 'role', header: m.users.role, cell: (u) => m.roles[u.role] },
        {
          key: 'comuni',
          header: m.users.comuni,
          cell: (u) => (u.role === 'council' ? u.comuni.map((c) => c.name).join(', ') : m.users.allComuni),
        },
        {
          key: 'state',
          header: m.users.state,
          cell: (u) =>
            u.disabledAt ? (
              <span className="platform-state is-inactive">
                <Icon name="it-ban" size="xs" /> {m.users.disabledOn({ date: f.date(u.disabledAt) })}
              </span>
            ) : (
              <span className="platform-state is-active">
                <Icon name="it-check-circle" size="xs" /> {m.users.active}
              </span>
            ),
        },
        {
          key: 'actions',
          header: m.users.actions,
          cell: (u) => (u.email === selfEmail ? '–' : <AccountActions user={u} {...handlers} />),
        },
      ]}
    />
  );
}

/**
 * `/amministrazione/utenti`: the consortium's accounts. Create one (a generated password shown
 * once), change an account's role and comuni, reset its password (shown once), disable or
 * enable it.
 */
export default function UsersScreen() {
  const { m } = useI18n();
  useDocumentTitle(`${m.users.title} – ${m.admin.title}`);
  const trpc = useTRPC();
  const me = useMe();
  const users = useQuery(trpc.admin.users.list.queryOptions());
  const slug = me.data?.consortium.slug ?? '';
  const portfolio = useQuery({ ...trpc.consortia.portfolio.queryOptions({ slug }), enabled: slug !== '' });
  const comuni = portfolio.data?.comuni ?? [];
  const [shown, setShown] = useState<ShownPassword | null>(null);
  const [editing, setEditing] = useState<UserItem | null>(null);
  const [status, setStatus] = useState('');
  const created = (result: Created) => {
    if (!result.generatedPassword) return;
    const text = m.users.generatedText;
    setShown({ title: `${m.users.generatedTitle}: ${result.user.email}`, text, password: result.generatedPassword });
  };
  const handlers: RowHandlers = {
    onEdit: (user) => {
      setStatus('');
      setEditing(user);
    },
    onPassword: (reset) =>
      setShown({
        title: m.userEdit.temporaryTitle({ name: reset.user.name }),
        text: m.userEdit.temporaryText,
        password: reset.temporaryPassword,
      }),
    onStatus: setStatus,
  };
  // The form follows the list, so a change made meanwhile shows (and its version is the latest).
  const current = editing ? (users.data?.find((u) => u.id === editing.id) ?? editing) : null;
  return (
    <Section headingId="users-title" title={m.users.title}>
      {shown ? <OneTimePassword shown={shown} onDismiss={() => setShown(null)} /> : null}
      <div className="mb-3">
        <ToolPanel label={m.users.create} title={m.users.createTitle} icon="it-plus-circle">
          {(done) => <CreateUserForm comuni={comuni} onCreated={created} onDone={done} />}
        </ToolPanel>
      </div>
      {current ? (
        <EditUserForm
          key={current.id}
          user={current}
          comuni={comuni}
          onDone={(message) => {
            setEditing(null);
            setStatus(message ?? '');
          }}
        />
      ) : null}
      <p role="status" className="small tool-panel-status">
        {status}
      </p>
      <QueryState query={users}>
        {(list) => <UsersTable users={list} selfEmail={me.data?.email} handlers={handlers} />}
      </QueryState>
    </Section>
  );
}
