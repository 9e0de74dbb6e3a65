import { ChoiceFieldset, type FieldBase, invalid } from './field-parts';
import type { Option } from './fields';

/** One choice among a few, as radio buttons in a fieldset (visibility, role …). */
export function RadioGroup(
  props: FieldBase & { value: string; onChange: (value: string) => void; options: readonly Option[]; inline?: boolean },
) {
  const { id, errors, value, onChange, options, inline = false } = props;
  return (
    <ChoiceFieldset field={props}>
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
    </ChoiceFieldset>
  );
}

/** Several choices (dependencies, a councillor's comuni) as checkboxes in a fieldset. */
export function CheckboxGroup(
  props: FieldBase & {
    values: readonly string[];
    onChange: (values: string[]) => void;
    options: readonly Option[];
    empty?: string;
  },
) {
  const { id, errors, values, onChange, options, empty } = props;
  const toggle = (value: string, on: boolean) => onChange(on ? [...values, value] : values.filter((v) => v !== value));
  return (
    <ChoiceFieldset field={props}>
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
    </ChoiceFieldset>
  );
}
