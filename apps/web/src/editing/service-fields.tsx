import { CATEGORY_CODES } from '@switchoff/domain';
import { CheckboxField, RadioGroup, SelectField, TextArea, TextField } from '../forms/fields';
import type { FormErrors } from '../forms/form-errors';
import { useI18n } from '../i18n/i18n';

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

export const SERVICE_FIELD_KEYS = [
  'name',
  'category',
  'description',
  'office',
  'interactivityLevel',
  'takesPayment',
  'needsIdentity',
  'hasAssistedDesk',
  'visibility',
  'internalNote',
] as const;

/** What the API receives for those fields. */
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
  };
}

export function serviceFieldIds(id: string, m: ReturnType<typeof useI18n>['m']) {
  return {
    name: { id: `${id}-name`, label: m.serviceForm.name },
    category: { id: `${id}-category`, label: m.serviceForm.category },
    description: { id: `${id}-description`, label: m.serviceForm.description },
    office: { id: `${id}-office`, label: m.serviceForm.office },
    interactivityLevel: { id: `${id}-level`, label: m.serviceForm.interactivity },
    takesPayment: { id: `${id}-payment`, label: m.serviceForm.takesPayment },
    needsIdentity: { id: `${id}-identity`, label: m.serviceForm.needsIdentity },
    hasAssistedDesk: { id: `${id}-desk`, label: m.serviceForm.hasAssistedDesk },
    visibility: { id: `${id}-visibility`, label: m.internal.visibility },
    internalNote: { id: `${id}-note`, label: m.internal.note },
  };
}

type Props = {
  id: string;
  values: ServiceFieldValues;
  set: <K extends keyof ServiceFieldValues>(key: K, value: ServiceFieldValues[K]) => void;
  errors: FormErrors;
  /** Name and category may be left to the catalogue entry when adding from it. */
  nameRequired?: boolean;
  /** Visibility and internal note too (a form may place them itself). */
  withVisibility?: boolean;
};

/** Name, subject, description, office, AgID level, flags, visibility and internal note. */
export function ServiceFields({ id, values, set, errors, nameRequired = true, withVisibility = true }: Props) {
  const { m } = useI18n();
  const ids = serviceFieldIds(id, m);
  const e = errors.fields;
  return (
    <>
      <TextField
        id={ids.name.id}
        label={ids.name.label}
        required={nameRequired}
        value={values.name}
        onChange={(v) => set('name', v)}
        errors={e.name}
        maxLength={200}
      />
      <SelectField
        id={ids.category.id}
        label={ids.category.label}
        required={nameRequired}
        value={values.category}
        onChange={(v) => set('category', v)}
        options={CATEGORY_CODES.map((code) => ({ value: code, label: m.categories[code] }))}
        placeholder={m.forms.choose}
        errors={e.category}
      />
      <TextArea
        id={ids.description.id}
        label={ids.description.label}
        value={values.description}
        onChange={(v) => set('description', v)}
        errors={e.description}
        maxLength={2000}
      />
      <TextField
        id={ids.office.id}
        label={ids.office.label}
        value={values.office}
        onChange={(v) => set('office', v)}
        errors={e.office}
        maxLength={200}
      />
      <SelectField
        id={ids.interactivityLevel.id}
        label={ids.interactivityLevel.label}
        value={values.interactivityLevel}
        onChange={(v) => set('interactivityLevel', v)}
        options={m.interactivity.levels.map((label, level) => ({ value: String(level), label }))}
        errors={e.interactivityLevel}
      />
      <div className="mb-4">
        <CheckboxField
          id={ids.takesPayment.id}
          label={ids.takesPayment.label}
          checked={values.takesPayment}
          onChange={(v) => set('takesPayment', v)}
          errors={e.takesPayment}
        />
        <CheckboxField
          id={ids.needsIdentity.id}
          label={ids.needsIdentity.label}
          checked={values.needsIdentity}
          onChange={(v) => set('needsIdentity', v)}
          errors={e.needsIdentity}
        />
        <CheckboxField
          id={ids.hasAssistedDesk.id}
          label={ids.hasAssistedDesk.label}
          checked={values.hasAssistedDesk}
          onChange={(v) => set('hasAssistedDesk', v)}
          errors={e.hasAssistedDesk}
        />
      </div>
      {withVisibility ? <VisibilityAndNote id={id} values={values} set={set} errors={errors} /> : null}
    </>
  );
}

/** Visibility (public or internal) and the internal note, shared by services and milestones. */
export function VisibilityAndNote({
  id,
  values,
  set,
  errors,
}: {
  id: string;
  values: { visibility: string; internalNote: string };
  set: (key: 'visibility' | 'internalNote', value: string) => void;
  errors: FormErrors;
}) {
  const { m } = useI18n();
  return (
    <>
      <RadioGroup
        id={`${id}-visibility`}
        label={m.internal.visibility}
        value={values.visibility}
        onChange={(v) => set('visibility', v)}
        options={[
          { value: 'public', label: m.internal.public },
          { value: 'internal', label: m.internal.internal },
        ]}
        errors={errors.fields.visibility}
      />
      <TextArea
        id={`${id}-note`}
        label={m.internal.note}
        hint={m.internal.noteHint}
        value={values.internalNote}
        onChange={(v) => set('internalNote', v)}
        errors={errors.fields.internalNote}
        maxLength={2000}
      />
    </>
  );
}
