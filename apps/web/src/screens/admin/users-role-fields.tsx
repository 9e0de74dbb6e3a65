import { USER_ROLES } from '@switchoff/domain/schemas';
import type { ComponentProps } from 'react';
import { CheckboxGroup, RadioGroup } from '../../forms/choice-fields';
import { useI18n } from '../../i18n/i18n';

/** A comune an account may belong to: the consortium's. */
export type ComuneChoice = { istat: string; name: string };

/**
 * An account's role, and a council member's comuni (staff reach every comune and list none):
 * the same fields when an account is created and when its role or comuni change.
 */
export function RoleAndComuniFields({
  role,
  comuniField,
  comuni,
}: {
  role: Omit<ComponentProps<typeof RadioGroup>, 'options'>;
  comuniField: Omit<ComponentProps<typeof CheckboxGroup>, 'options'>;
  comuni: readonly ComuneChoice[];
}) {
  const { m } = useI18n();
  return (
    <>
      <RadioGroup
        {...role}
        required
        options={USER_ROLES.map((value) => ({
          value,
          label: m.roles[value],
          description: m.users.roleHints[value],
        }))}
      />
      {role.value === 'council' ? (
        <CheckboxGroup
          {...comuniField}
          required
          hint={m.users.comuniHint}
          options={comuni.map((c) => ({ value: c.istat, label: `${c.name} (${c.istat})` }))}
        />
      ) : null}
    </>
  );
}
