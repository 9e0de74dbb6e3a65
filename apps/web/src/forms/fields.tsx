import type { AppMessage } from '@switchoff/domain';
import type { ReactNode } from 'react';
import { Icon } from '../components/icon';
import { useI18n } from '../i18n/i18n';

type FieldBase = {
  id: string;
  label: string;
  /** Messages refusing the value, shown under the input and announced with it. */
  errors?: readonly AppMessage[] | undefined;
  hint?: ReactNode;
  required?: boolean;
  disabled?: boolean;
};

/** The ids the input points at with aria-describedby: its hint and its errors. */
function describedBy(id: string, hint: unknown, errors: readonly AppMessage[] | undefined): string | undefined {
  const ids = [hint ? `${id}-hint` : null, errors?.length ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(' ') : undefined;
}

function invalid(errors: readonly AppMessage[] | undefined): boolean {
  return (errors?.length ?? 0) > 0;
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

function LabelText({ label, required }: { label: string; required?: boolean | undefined }) {
  const { m } = useI18n();
  return (
    <>
      {label}
      {required ? <span className="field-required"> {m.forms.required}</span> : null}
    </>
  );
}

type TextFieldProps = FieldBase & {
  value: string;
  onChange: (value: string) => void;
  type?: 'text' | 'email' | 'password' | 'date' | 'month' | 'url';
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'decimal' | 'email';
  maxLength?: number;
  className?: string;
};

export function TextField({
  id,
  label,
  errors,
  hint,
  required,
  disabled,
  value,
  onChange,
  type = 'text',
  autoComplete,
  inputMode,
  maxLength,
  className = '',
}: TextFieldProps) {
  return (
    <div className={`form-group so-field ${className}`.trim()}>
      <label htmlFor={id} className="active">
        <LabelText label={label} required={required} />
      </label>
      <input
        id={id}
        name={id}
        type={type}
        className={`form-control${invalid(errors) ? ' is-invalid' : ''}`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={invalid(errors) || undefined}
        aria-describedby={describedBy(id, hint, errors)}
        aria-required={required || undefined}
        autoComplete={autoComplete}
        inputMode={inputMode}
        maxLength={maxLength}
        disabled={disabled}
      />
      <Hint id={id} hint={hint} />
      <FieldError id={id} errors={errors} />
    </div>
  );
}

export function TextArea({
  id,
  label,
  errors,
  hint,
  required,
  disabled,
  value,
  onChange,
  rows = 3,
  maxLength,
}: FieldBase & { value: string; onChange: (value: string) => void; rows?: number; maxLength?: number }) {
  return (
    <div className="form-group so-field">
      <label htmlFor={id} className="active">
        <LabelText label={label} required={required} />
      </label>
      <textarea
        id={id}
        name={id}
        rows={rows}
        className={`form-control${invalid(errors) ? ' is-invalid' : ''}`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={invalid(errors) || undefined}
        aria-describedby={describedBy(id, hint, errors)}
        aria-required={required || undefined}
        maxLength={maxLength}
        disabled={disabled}
      />
      <Hint id={id} hint={hint} />
      <FieldError id={id} errors={errors} />
    </div>
  );
}

export type Option = {
  value: string;
  label: string;
  /** Options with the same group are shown together under it. */
  group?: string;
  /** A line under a radio or checkbox label saying what the choice means. */
  description?: string;
};

function groupOptions(options: readonly Option[]): { group: string | undefined; options: Option[] }[] {
  const groups: { group: string | undefined; options: Option[] }[] = [];
  for (const option of options) {
    const last = groups[groups.length - 1];
    if (last && last.group === option.group) last.options.push(option);
    else groups.push({ group: option.group, options: [option] });
  }
  return groups;
}

export function SelectField({
  id,
  label,
  errors,
  hint,
  required,
  disabled,
  value,
  onChange,
  options,
  placeholder,
}: FieldBase & { value: string; onChange: (value: string) => void; options: readonly Option[]; placeholder?: string }) {
  return (
    <div className="select-wrapper so-field mb-4">
      <label htmlFor={id}>
        <LabelText label={label} required={required} />
      </label>
      <select
        id={id}
        name={id}
        className={invalid(errors) ? 'is-invalid' : undefined}
        value={value}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={invalid(errors) || undefined}
        aria-describedby={describedBy(id, hint, errors)}
        aria-required={required || undefined}
        disabled={disabled}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {groupOptions(options).map(({ group, options: inGroup }) => {
          const list = inGroup.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ));
          return group === undefined ? (
            list
          ) : (
            <optgroup key={group} label={group}>
              {list}
            </optgroup>
          );
        })}
      </select>
      <Hint id={id} hint={hint} />
      <FieldError id={id} errors={errors} />
    </div>
  );
}

export function CheckboxField({
  id,
  label,
  errors,
  hint,
  disabled,
  checked,
  onChange,
}: Omit<FieldBase, 'required'> & { checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <div className="form-check so-field">
      <input
        id={id}
        name={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-invalid={invalid(errors) || undefined}
        aria-describedby={describedBy(id, hint, errors)}
        disabled={disabled}
      />
      <label htmlFor={id}>{label}</label>
      <Hint id={id} hint={hint} />
      <FieldError id={id} errors={errors} />
    </div>
  );
}

/** One choice among a few, as radio buttons in a fieldset (visibility, role …). */
export function RadioGroup({
  id,
  label,
  errors,
  hint,
  required,
  value,
  onChange,
  options,
  inline = false,
}: FieldBase & { value: string; onChange: (value: string) => void; options: readonly Option[]; inline?: boolean }) {
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
      {options.map((option) => (
        <div key={option.value} className={`form-check${inline ? ' form-check-inline' : ''}`}>
          <input
            id={`${id}-${option.value}`}
            name={id}
            type="radio"
            value={option.value}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
            aria-invalid={invalid(errors) || undefined}
          />
          <label htmlFor={`${id}-${option.value}`}>
            {option.label}
            {option.description ? <span className="option-description">{option.description}</span> : null}
          </label>
        </div>
      ))}
      <Hint id={id} hint={hint} />
      <FieldError id={id} errors={errors} />
    </fieldset>
  );
}

/** Several choices (dependencies, a councillor's comuni) as checkboxes in a fieldset. */
export function CheckboxGroup({
  id,
  label,
  errors,
  hint,
  required,
  values,
  onChange,
  options,
  empty,
}: FieldBase & {
  values: readonly string[];
  onChange: (values: string[]) => void;
  options: readonly Option[];
  empty?: string;
}) {
  const toggle = (value: string, on: boolean) => onChange(on ? [...values, value] : values.filter((v) => v !== value));
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
      {options.length === 0 && empty ? <p className="small text-muted mb-1">{empty}</p> : null}
      <div className="so-checkbox-list">
        {options.map((option) => (
          <div key={option.value} className="form-check">
            <input
              id={`${id}-${option.value}`}
              type="checkbox"
              checked={values.includes(option.value)}
              onChange={(event) => toggle(option.value, event.target.checked)}
              aria-invalid={invalid(errors) || undefined}
            />
            <label htmlFor={`${id}-${option.value}`}>{option.label}</label>
          </div>
        ))}
      </div>
      <Hint id={id} hint={hint} />
      <FieldError id={id} errors={errors} />
    </fieldset>
  );
}
