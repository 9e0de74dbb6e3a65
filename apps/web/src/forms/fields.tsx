import type { ReactNode } from 'react';
import { controlProps, type FieldBase, FieldNotes, invalid, LabelText } from './field-parts';

type TextProps = FieldBase & { value: string; onChange: (value: string) => void; maxLength?: number };

type TextFieldProps = TextProps & {
  type?: 'text' | 'email' | 'password' | 'date' | 'month' | 'url';
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'decimal' | 'email' | 'tel' | 'url';
  className?: string;
};

/**
 * A text control in its group: the label above (Bootstrap Italia's "active" label of a filled
 * input), the hint and refusals below; `control` is given the attributes every text control
 * carries (names, what screen readers announce, validity, value).
 */
function TextGroup({
  props,
  className = '',
  control,
}: {
  props: TextProps;
  className?: string;
  control: (attributes: ReturnType<typeof textControlProps>) => ReactNode;
}) {
  const { id, label, errors, hint, required } = props;
  return (
    <div className={`form-group so-field ${className}`.trim()}>
      <label htmlFor={id} className="active">
        <LabelText label={label} required={required} />
      </label>
      {control(textControlProps(props))}
      <FieldNotes id={id} hint={hint} errors={errors} />
    </div>
  );
}

function textControlProps(props: TextProps) {
  const { errors, value, onChange, maxLength } = props;
  return {
    ...controlProps(props),
    className: `form-control${invalid(errors) ? ' is-invalid' : ''}`,
    value,
    onChange: (event: { target: { value: string } }) => onChange(event.target.value),
    maxLength,
  };
}

/** A one-line input with its label, hint and refusals. */
export function TextField(props: TextFieldProps) {
  const { type = 'text', className } = props;
  return (
    <TextGroup
      props={props}
      className={className}
      control={(attributes) => (
        <input {...attributes} type={type} autoComplete={props.autoComplete} inputMode={props.inputMode} />
      )}
    />
  );
}

/** A text of several lines with its label, hint and refusals. */
export function TextArea(props: TextProps & { rows?: number }) {
  const { rows = 3 } = props;
  return <TextGroup props={props} control={(attributes) => <textarea {...attributes} rows={rows} />} />;
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

/** A choice from a list (options of the same group under it), with its label, hint and refusals. */
export function SelectField(
  props: FieldBase & {
    value: string;
    onChange: (value: string) => void;
    options: readonly Option[];
    placeholder?: string;
  },
) {
  const { id, label, errors, hint, required, value, onChange, options, placeholder } = props;
  return (
    <div className="select-wrapper so-field mb-4">
      <label htmlFor={id}>
        <LabelText label={label} required={required} />
      </label>
      <select
        {...controlProps(props)}
        className={invalid(errors) ? 'is-invalid' : undefined}
        value={value}
        onChange={(event) => onChange(event.target.value)}
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
      <FieldNotes id={id} hint={hint} errors={errors} />
    </div>
  );
}

/** One yes-or-no box with its label, hint and refusals. */
export function CheckboxField(
  props: Omit<FieldBase, 'required'> & { checked: boolean; onChange: (checked: boolean) => void },
) {
  const { id, label, errors, hint, checked, onChange } = props;
  return (
    <div className="form-check so-field">
      <input
        {...controlProps(props)}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
      <FieldNotes id={id} hint={hint} errors={errors} />
    </div>
  );
}
