import { CATEGORY_CODES } from '@switchoff/domain';
import { type ServiceFieldKey, TEXT_LIMITS } from '@switchoff/domain/schemas';
import { RadioGroup } from '../forms/choice-fields';
import { CheckboxField, SelectField, TextArea, TextField } from '../forms/fields';
import type { FieldBinders } from '../forms/use-form';
import { useI18n } from '../i18n/i18n';
import type { Messages } from '../i18n/it';

/** The fields of a comune's service as a form holds them (text as typed). */
export type ServiceFieldValues = {
  name: string;
  category: string;
  description: string;
  office: string;
  interactivityLevel: string;
  takesPayment: boolean;
  needsIdentity: boolean;
  hasAssistedDesk: boolean;
  visibility: string;
  internalNote: string;
};

/** A new service's values: a plain text on paper, public. */
export const SERVICE_FIELD_DEFAULTS: ServiceFieldValues = {
  name: '',
  category: '',
  description: '',
  office: '',
  interactivityLevel: '0',
  takesPayment: false,
  needsIdentity: false,
  hasAssistedDesk: false,
  visibility: 'public',
  internalNote: '',
};

/** What the API receives for those fields: every editable field of the domain (serviceFields), and only those. */
export function serviceFieldsInput(values: ServiceFieldValues) {
  return {
    name: values.name,
    category: values.category,
    description: values.description,
    office: values.office,
    interactivityLevel: values.interactivityLevel === '' ? Number.NaN : Number(values.interactivityLevel),
    takesPayment: values.takesPayment,
    needsIdentity: values.needsIdentity,
    hasAssistedDesk: values.hasAssistedDesk,
    visibility: values.visibility,
    internalNote: values.internalNote,
  } satisfies Record<ServiceFieldKey, unknown>;
}

/** The labels of those fields, for the form's `labels`. */
export function serviceFieldLabels(m: Messages): Record<keyof ServiceFieldValues, string> {
  return {
    name: m.serviceForm.name,
    category: m.serviceForm.category,
    description: m.serviceForm.description,
    office: m.serviceForm.office,
    interactivityLevel: m.serviceForm.interactivity,
    takesPayment: m.serviceForm.takesPayment,
    needsIdentity: m.serviceForm.needsIdentity,
    hasAssistedDesk: m.serviceForm.hasAssistedDesk,
    visibility: m.internal.visibility,
    internalNote: m.internal.note,
  };
}

type ServiceTextKey =
  | 'name'
  | 'category'
  | 'description'
  | 'office'
  | 'interactivityLevel'
  | 'visibility'
  | 'internalNote';

type Props = {
  form: FieldBinders<ServiceTextKey, 'takesPayment' | 'needsIdentity' | 'hasAssistedDesk'>;
  /** Name and category may be left to the catalogue entry when adding from it. */
  nameRequired?: boolean;
  /** Visibility and internal note too (a form may place them itself). */
  withVisibility?: boolean;
};

/** Name, subject, description, office, AgID level, flags, visibility and internal note. */
export function ServiceFields({ form, nameRequired = true, withVisibility = true }: Props) {
  const { m } = useI18n();
  return (
    <>
      <TextField {...form.field('name')} required={nameRequired} maxLength={TEXT_LIMITS.name} />
      <SelectField
        {...form.field('category')}
        required={nameRequired}
        options={CATEGORY_CODES.map((code) => ({ value: code, label: m.categories[code] }))}
        placeholder={m.forms.choose}
      />
      <TextArea {...form.field('description')} maxLength={TEXT_LIMITS.description} />
      <TextField {...form.field('office')} maxLength={TEXT_LIMITS.office} />
      <SelectField
        {...form.field('interactivityLevel')}
        options={m.interactivity.levels.map((label, level) => ({ value: String(level), label }))}
      />
      <div className="mb-4">
        <CheckboxField {...form.checkbox('takesPayment')} />
        <CheckboxField {...form.checkbox('needsIdentity')} />
        <CheckboxField {...form.checkbox('hasAssistedDesk')} />
      </div>
      {withVisibility ? <VisibilityAndNote form={form} /> : null}
    </>
  );
}

/** Visibility (public or internal) and the internal note, shared by services and milestones. */
export function VisibilityAndNote({ form }: { form: FieldBinders<'visibility' | 'internalNote'> }) {
  const { m } = useI18n();
  return (
    <>
      <RadioGroup
        {...form.field('visibility')}
        options={[
          { value: 'public', label: m.internal.public },
          { value: 'internal', label: m.internal.internal },
        ]}
      />
      <TextArea {...form.field('internalNote')} hint={m.internal.noteHint} maxLength={TEXT_LIMITS.note} />
    </>
  );
}
