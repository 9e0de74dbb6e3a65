import type { RouterOutputs } from '@switchoff/api';
import { updateUserInput } from '@switchoff/domain/schemas';
import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { useInvalidate } from '../../editing/invalidate';
import { EditForm } from '../../forms/edit-form';
import { validateWith } from '../../forms/form-errors';
import { useForm } from '../../forms/use-form';
import { useI18n } from '../../i18n/i18n';
import { useTRPC } from '../../trpc';
import { type ComuneChoice, RoleAndComuniFields } from './users-role-fields';

export type UserItem = RouterOutputs['admin']['users']['list'][number];
type Values = { role: string; comuni: string[] };

/**
 * An account's role and comuni, in a panel above the list of accounts; its heading takes the
 * focus when it opens. The account's current comuni stay offered even if no longer listed.
 */
export function EditUserForm({
  user,
  comuni,
  onDone,
}: {
  user: UserItem;
  comuni: readonly ComuneChoice[];
  onDone: (message?: string) => void;
}) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const invalidate = useInvalidate();
  const update = useMutation(trpc.admin.users.update.mutationOptions());
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const choices = [...comuni, ...user.comuni.filter((own) => !comuni.some((c) => c.istat === own.istat))];
  const toInput = (values: Values) => ({
    id: user.id,
    version: user.version,
    role: values.role,
    comuni: values.role === 'council' ? values.comuni : [],
  });
  const form = useForm<Values, UserItem>({
    labels: { role: m.users.role, comuni: m.users.comuni },
    initial: { role: user.role, comuni: user.comuni.map((c) => c.istat) },
    sourceKey: user.version,
    validate: (values) => validateWith(updateUserInput, toInput(values)),
    submit: (values) => update.mutateAsync(updateUserInput.parse(toInput(values))),
    onSuccess: (saved) => {
      void invalidate.users();
      onDone(m.userEdit.saved({ name: saved.name }));
    },
  });
  const title = m.userEdit.editTitle({ name: user.name });
  return (
    <section className="tool-panel-body user-edit mb-4" aria-labelledby={`user-edit-${user.id}`}>
      <h3 id={`user-edit-${user.id}`} ref={headingRef} tabIndex={-1} className="h5">
        {title}
      </h3>
      <p className="small mb-2 text-break">{user.email}</p>
      <EditForm form={form} label={title} submitLabel={m.userEdit.submit} onCancel={() => onDone()}>
        <RoleAndComuniFields role={form.field('role')} comuniField={form.choices('comuni')} comuni={choices} />
      </EditForm>
    </section>
  );
}
