import type { AppMessage } from '@switchoff/domain';
import type { ReactNode } from 'react';
import { Icon } from '../components/icon';
import { useI18n } from '../i18n/i18n';

/** What every field takes: its id (also its name), label, refusals, hint and state. */
export type FieldBase = {
  id: string;
  label: string;
  /** Messages refusing the value, shown under the input and announced with it. */
  errors?: readonly AppMessage[] | undefined;
  hint?: ReactNode;
  required?: boolean;
  disabled?: boolean;
};

/** The ids the input points at with aria-describedby: its hint and its errors. */
export function describedBy(id: string, hint: unknown, errors: readonly AppMessage[] | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

/** Whether refusals make the value invalid. */
export function invalid(errors: readonly AppMessage[] | undefined): boolean {
  return (errors?.length ?? 0) > 0;
}

/** The attributes an input, a text area or a select of a field carries: its names and what screen readers announce. */
export function controlProps({ id, errors, hint, required, disabled }: FieldBase) {
  return {
    id,
    name: id,
    'aria-invalid': invalid(errors) || undefined,
    'aria-describedby': describedBy(id, hint, errors),
    'aria-required': required || undefined,
    disabled,
  };
}

/**
 * A field's refusal: icon and text, never colour alone. `errors` are the domain's or the API's
 * messages; `text` one the screen wrote in the chosen language (a file too big to send).
 */
export function FieldError({
  id,
  errors,
  text,
}: {
  id: string;
  errors?: readonly AppMessage[] | undefined;
  text?: string | undefined;
}) {
  const { msg } = useI18n();
  const said = [...(errors ?? []).map(msg), ...(text ? [text] : [])];
  if (said.length === 0) return null;
  return (
    <div id={`${id}-error`} className="field-error">
      <Icon name="it-error" size="xs" className="me-1" />
      {said.join(' ')}
    </div>
  );
}

function Hint({ id, hint }: { id: string; hint: ReactNode }) {
  return hint ? (
    <small id={`${id}-hint`} className="form-text d-block">
      {hint}
    </small>
  ) : null;
}

/** A field's hint and refusals, under its input, with the ids the input points at. */
export function FieldNotes({ id, hint, errors }: Pick<FieldBase, 'id' | 'hint' | 'errors'>) {
  return (
    <>
      <Hint id={id} hint={hint} />
      <FieldError id={id} errors={errors} />
    </>
  );
}

/** A label's text, with "required" after it where the field must be filled. */
export function LabelText({ label, required }: { label: string; required?: boolean | undefined }) {
  const { m } = useI18n();
  return (
    <>
      {label}
      {required ? <span className="field-required"> {m.forms.required}</span> : null}
    </>
  );
}

/** A group of radio buttons or checkboxes: a fieldset whose legend is the label, with hint and refusals under it. */
export function ChoiceFieldset({ field, children }: { field: FieldBase; children: ReactNode }) {
  const { id, label, errors, hint, required } = field;
  return (
    <fieldset
      id={id}
      className="so-field so-fieldset mb-4"
      aria-describedby={describedBy(id, hint, errors)}
      tabIndex={-1}
    >
      <legend className="so-legend">
        <LabelText label={label} required={required} />
      </legend>
      {children}
      <FieldNotes id={id} hint={hint} errors={errors} />
    </fieldset>
  );
}
