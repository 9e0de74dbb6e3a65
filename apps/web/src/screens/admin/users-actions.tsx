import type { RouterOutputs } from '@switchoff/api';
import type { AppMessage } from '@switchoff/domain';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useInvalidate } from '../../editing/invalidate';
import { refusalMessages } from '../../forms/form-errors';
import { InlineRefusal } from '../../forms/inline-refusal';
import { useI18n } from '../../i18n/i18n';
import { useTRPC } from '../../trpc';
import type { UserItem } from './users-edit';

export type PasswordReset = RouterOutputs['admin']['users']['resetPassword'];

type ActionProps = {
  label: string;
  /** The button's accessible name, which says whose account. */
  name: string;
  /** Asked before acting, with a yes and a no; without it the button acts at once. */
  confirm?: { question: string; yes: string; no: string } | undefined;
  danger?: boolean;
  run: () => Promise<unknown>;
};

/** A button acting on one account, asking first when the action cannot be taken back. */
function AccountAction({ label, name, confirm, danger = false, run }: ActionProps) {
  const [confirming, setConfirming] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<readonly AppMessage[] | null>(null);
  const act = () => {
    setPending(true);
    run()
      .then(() => setError(null))
      .catch((err: unknown) => setError(refusalMessages(err)))
      .finally(() => {
        setPending(false);
        setConfirming(false);
      });
  };
  const tone = danger ? 'danger' : 'primary';
  if (confirming && confirm) {
    return (
      <div role="alertdialog" aria-label={name} className="disable-confirm">
        <p className="small mb-1">{confirm.question}</p>
        <div className="d-flex flex-wrap gap-1">
          <button type="button" className={`btn btn-${tone} btn-xs`} disabled={pending} onClick={act}>
            {confirm.yes}
          </button>
          <button type="button" className="btn btn-outline-primary btn-xs" onClick={() => setConfirming(false)}>
            {confirm.no}
          </button>
        </div>
      </div>
    );
  }
  return (
    <div>
      <button
        type="button"
        className={`btn btn-outline-${tone} btn-xs`}
        aria-label={name}
        disabled={pending}
        onClick={() => (confirm ? setConfirming(true) : act())}
      >
        {label}
      </button>
      <InlineRefusal messages={error} />
    </div>
  );
}

/**
 * What an admin does to another account of the consortium: change its role and comuni, reset
 * its password (the new one is handed to `onPassword` to show once), disable or enable it.
 */
export function AccountActions({
  user,
  onEdit,
  onPassword,
  onStatus,
}: {
  user: UserItem;
  onEdit: (user: UserItem) => void;
  onPassword: (reset: PasswordReset) => void;
  /** Says what was done, in the screen's status line. */
  onStatus: (message: string) => void;
}) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const invalidate = useInvalidate();
  const disable = useMutation(trpc.admin.users.disable.mutationOptions());
  const enable = useMutation(trpc.admin.users.enable.mutationOptions());
  const reset = useMutation(trpc.admin.users.resetPassword.mutationOptions());
  const row = { id: user.id, version: user.version };
  const refresh = (message?: string) => {
    if (message) onStatus(message);
    return invalidate.users();
  };
  return (
    <div role="group" aria-label={m.userEdit.actionsLabel({ name: user.name })} className="account-actions">
      {user.disabledAt ? null : (
        <div>
          <button
            type="button"
            className="btn btn-outline-primary btn-xs"
            aria-label={m.userEdit.editLabel({ name: user.name })}
            onClick={() => onEdit(user)}
          >
            {m.forms.edit}
          </button>
        </div>
      )}
      <AccountAction
        label={m.userEdit.reset}
        name={m.userEdit.resetLabel({ name: user.name })}
        confirm={{
          question: m.userEdit.confirmReset({ name: user.name }),
          yes: m.userEdit.confirmResetYes,
          no: m.userEdit.keepPassword,
        }}
        run={() =>
          reset.mutateAsync(row).then((result) => {
            onPassword(result);
            return refresh();
          })
        }
      />
      {user.disabledAt ? (
        <AccountAction
          label={m.userEdit.enable}
          name={m.userEdit.enableLabel({ name: user.name })}
          run={() => enable.mutateAsync(row).then(() => refresh(m.userEdit.enabled({ name: user.name })))}
        />
      ) : (
        <AccountAction
          label={m.users.disable}
          name={m.users.disableLabel({ name: user.name })}
          danger
          confirm={{ question: m.users.confirmDisable({ name: user.name }), yes: m.users.confirm, no: m.users.keep }}
          run={() => disable.mutateAsync(row).then(() => refresh(m.users.disabled({ name: user.name })))}
        />
      )}
    </div>
  );
}
