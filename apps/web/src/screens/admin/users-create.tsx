import type { RouterOutputs } from '@switchoff/api';
import { createUserInput, TEXT_LIMITS } from '@switchoff/domain/schemas';
import { useMutation } from '@tanstack/react-query';
import { useInvalidate } from '../../editing/invalidate';
import { EditForm } from '../../forms/edit-form';
import { TextField } from '../../forms/fields';
import { validateWith } from '../../forms/form-errors';
import { useForm } from '../../forms/use-form';
import { useI18n } from '../../i18n/i18n';
import { useTRPC } from '../../trpc';
import { type ComuneChoice, RoleAndComuniFields } from './users-role-fields';

export type Created = RouterOutputs['admin']['users']['create'];
type Values = { email: string; name: string; role: string; comuni: string[]; password: string };

/** Creates an account; a generated password is handed back to show once. */
export function CreateUserForm({
  comuni,
  onCreated,
  onDone,
}: {
  comuni: readonly ComuneChoice[];
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
      onDone(m.users.created({ email: created.user.email }));
    },
  });
  return (
    <EditForm form={form} label={m.users.createTitle} submitLabel={m.users.submit} onCancel={() => onDone()}>
      <TextField {...form.field('email')} type="email" required autoComplete="off" />
      <TextField {...form.field('name')} required maxLength={TEXT_LIMITS.name} />
      <RoleAndComuniFields role={form.field('role')} comuniField={form.choices('comuni')} comuni={comuni} />
      <TextField {...form.field('password')} type="password" autoComplete="new-password" hint={m.users.passwordHint} />
    </EditForm>
  );
}
