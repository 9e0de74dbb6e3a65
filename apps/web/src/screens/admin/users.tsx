import type { RouterOutputs } from '@switchoff/api';
import type { AppMessage } from '@switchoff/domain';
import { createUserInput, TEXT_LIMITS, USER_ROLES } from '@switchoff/domain/schemas';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useMe } from '../../auth/viewer';
import { DataTable } from '../../charts/data-table';
import { Icon } from '../../components/icon';
import { QueryState } from '../../components/query-state';
import { useInvalidate } from '../../editing/invalidate';
import { ToolPanel } from '../../editing/tool-panel';
import { CheckboxGroup, RadioGroup } from '../../forms/choice-fields';
import { ErrorSummary, FormActions } from '../../forms/error-summary';
import { TextField } from '../../forms/fields';
import { errorsFromServer, validateWith } from '../../forms/form-errors';
import { useForm } from '../../forms/use-form';
import { useI18n } from '../../i18n/i18n';
import { useDocumentTitle } from '../../layout/document-title';
import { useTRPC } from '../../trpc';

type UserItem = RouterOutputs['admin']['users']['list'][number];
type Created = RouterOutputs['admin']['users']['create'];
type Values = { email: string; name: string; role: string; comuni: string[]; password: string };

/** Creates an account; a generated password is handed back to show once. */
export function CreateUserForm({
  comuni,
  onCreated,
  onDone,
}: {
  comuni: readonly { istat: string; name: string }[];
  onCreated: (created: Created) => void;
  onDone: (message?: string) => void;
}) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const invalidate = useInvalidate();
  const create = useMutation(trpc.admin.users.create.mutationOptions());
  const toInput = (values: Values) => ({
    email: values.email,
    name: values.name,
    role: values.role,
    comuni: values.role === 'council' ? values.comuni : [],
    ...(values.password ? { password: values.password } : {}),
  });
  const form = useForm<Values, Created>({
    labels: {
      email: m.users.email,
      name: m.users.name,
      role: m.users.role,
      comuni: m.users.comuni,
      password: m.users.password,
    },
    initial: { email: '', name: '', role: 'editor', comuni: [], password: '' },
    validate: (values) => validateWith(createUserInput, toInput(values)),
    submit: (values) => create.mutateAsync(createUserInput.parse(toInput(values))),
    onSuccess: (created) => {
      void invalidate.users();
      onCreated(created);
      onDone(m.users.created(created.user.email));
    },
  });
  return (
    <form noValidate onSubmit={form.onSubmit} className="so-form" aria-label={m.users.createTitle}>
      <ErrorSummary {...form.summary} />
      <TextField {...form.field('email')} type="email" required autoComplete="off" />
      <TextField {...form.field('name')} required maxLength={TEXT_LIMITS.name} />
      <RadioGroup
        {...form.field('role')}
        required
        options={USER_ROLES.map((role) => ({
          value: role,
          label: m.roles[role],
          description: m.users.roleHints[role],
        }))}
      />
      {form.values.role === 'council' ? (
        <CheckboxGroup
          {...form.choices('comuni')}
          required
          hint={m.users.comuniHint}
          options={comuni.map((c) => ({ value: c.istat, label: `${c.name} (${c.istat})` }))}
        />
      ) : null}
      <TextField {...form.field('password')} type="password" autoComplete="new-password" hint={m.users.passwordHint} />
      <FormActions submitting={form.submitting} submitLabel={m.users.submit} onCancel={() => onDone()} />
    </form>
  );
}

/** The generated password, shown once with a copy button, until the admin dismisses it. */
function GeneratedPassword({ created, onDismiss }: { created: Created; onDismiss: () => void }) {
  const { m } = useI18n();
  const [copied, setCopied] = useState(false);
  if (!created.generatedPassword) return null;
  const password = created.generatedPassword;
  return (
    <div className="alert alert-success generated-password" role="alert">
      <h3 className="h5 alert-heading">
        {m.users.generatedTitle}: {created.user.email}
      </h3>
      <p className="mb-2">{m.users.generatedText}</p>
      <p className="mb-2">
        <code className="generated-password-value">{password}</code>
      </p>
      <div className="d-flex flex-wrap gap-2 align-items-center">
        <button
          type="button"
          className="btn btn-outline-primary btn-sm"
          onClick={() => {
            void navigator.clipboard?.writeText(password).then(() => setCopied(true));
          }}
        >
          <Icon name="it-copy" size="xs" className="me-1" />
          {m.users.copy}
        </button>
        <button type="button" className="btn btn-primary btn-sm" onClick={onDismiss}>
          {m.users.dismiss}
        </button>
        <span role="status" className="small">
          {copied ? m.users.copied : ''}
        </span>
      </div>
    </div>
  );
}

function DisableButton({ user }: { user: UserItem }) {
  const { m, msg } = useI18n();
  const trpc = useTRPC();
  const invalidate = useInvalidate();
  const disable = useMutation(trpc.admin.users.disable.mutationOptions());
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<readonly AppMessage[] | null>(null);
  if (!confirming) {
    return (
      <>
        <button
          type="button"
          className="btn btn-outline-danger btn-xs"
          aria-label={m.users.disableLabel(user.name)}
          onClick={() => setConfirming(true)}
        >
          {m.users.disable}
        </button>
        {error ? (
          <p className="field-error" role="alert">
            {error.map(msg).join(' ')}
          </p>
        ) : null}
      </>
    );
  }
  return (
    <div role="alertdialog" aria-label={m.users.disableLabel(user.name)} className="disable-confirm">
      <p className="small mb-1">{m.users.confirmDisable(user.name)}</p>
      <div className="d-flex flex-wrap gap-1">
        <button
          type="button"
          className="btn btn-danger btn-xs"
          disabled={disable.isPending}
          onClick={() => {
            disable.mutate(
              { id: user.id, version: user.version },
              {
                onSuccess: () => {
                  setConfirming(false);
                  setError(null);
                  void invalidate.users();
                },
                onError: (err) => {
                  setConfirming(false);
                  const found = errorsFromServer(err);
                  setError(
                    found.conflict
                      ? [found.conflict]
                      : found.form.length
                        ? found.form
                        : Object.values(found.fields).flat(),
                  );
                },
              },
            );
          }}
        >
          {m.users.confirm}
        </button>
        <button type="button" className="btn btn-outline-primary btn-xs" onClick={() => setConfirming(false)}>
          {m.users.keep}
        </button>
      </div>
    </div>
  );
}

export function UsersTable({ users, selfEmail }: { users: readonly UserItem[]; selfEmail: string | undefined }) {
  const { m, f } = useI18n();
  if (users.length === 0) return <p>{m.users.empty}</p>;
  return (
    <DataTable
      stack
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
                <Icon name="it-ban" size="xs" /> {m.users.disabledOn(f.date(u.disabledAt))}
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
          cell: (u) => (u.disabledAt || u.email === selfEmail ? '–' : <DisableButton user={u} />),
        },
      ]}
    />
  );
}

/** `/amministrazione/utenti`: the consortium's accounts; create (password shown once) and disable. */
export default function UsersScreen() {
  const { m } = useI18n();
  useDocumentTitle(`${m.users.title} – ${m.admin.title}`);
  const trpc = useTRPC();
  const me = useMe();
  const users = useQuery(trpc.admin.users.list.queryOptions());
  const slug = me.data?.consortium.slug ?? '';
  const portfolio = useQuery({ ...trpc.consortia.portfolio.queryOptions({ slug }), enabled: slug !== '' });
  const [created, setCreated] = useState<Created | null>(null);
  return (
    <section aria-labelledby="users-title">
      <h2 id="users-title" className="h3">
        {m.users.title}
      </h2>
      {created ? <GeneratedPassword created={created} onDismiss={() => setCreated(null)} /> : null}
      <div className="mb-3">
        <ToolPanel label={m.users.create} title={m.users.createTitle} icon="it-plus-circle">
          {(done) => <CreateUserForm comuni={portfolio.data?.comuni ?? []} onCreated={setCreated} onDone={done} />}
        </ToolPanel>
      </div>
      <QueryState query={users}>{(list) => <UsersTable users={list} selfEmail={me.data?.email} />}</QueryState>
    </section>
  );
}
