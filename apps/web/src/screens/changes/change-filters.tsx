import { addMonths, type ChangeKind, isYearMonth, monthOf, splitActor, todayIso } from '@switchoff/domain';
import { type FormEvent, useId, useState } from 'react';
import { Link } from 'react-router';
import { Icon } from '../../components/icon';
import { useI18n } from '../../i18n/i18n';

/** What the change history shows: a month, and optionally one kind of change and one person. */
export type ChangeFilter = { month: string; kind: ChangeKind | ''; person: string };

/** The screen's address for a filter (`?mese=2026-12&tipo=milestones&persona=…`), empty filters left out. */
export function filterSearch(filter: ChangeFilter): string {
  const params = new URLSearchParams({ mese: filter.month });
  if (filter.kind) params.set('tipo', filter.kind);
  if (filter.person) params.set('persona', filter.person);
  return `?${params.toString()}`;
}

/** A person as the filter lists them: the name, and the email in brackets. */
function personLabel(person: string): string {
  const actor = splitActor(person);
  return actor.email ? `${actor.name} (${actor.email})` : actor.name;
}

/** One filter: a labelled select whose first choice is "all". */
function FilterSelect(props: {
  id: string;
  label: string;
  all: string;
  value: string;
  options: readonly { value: string; label: string }[];
  onChange: (value: string) => void;
}) {
  return (
    <div className="select-wrapper so-field mb-0 change-filter">
      <label htmlFor={props.id}>{props.label}</label>
      <select id={props.id} value={props.value} onChange={(event) => props.onChange(event.target.value)}>
        <option value="">{props.all}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

type ChangeFiltersProps = {
  filter: ChangeFilter;
  /** The kinds of change and the people of the month, to choose from. */
  kinds: readonly ChangeKind[];
  people: readonly string[];
  onPick: (filter: ChangeFilter) => void;
};

/** The month, kind and person pickers, a button to show them, and the months before and after. */
export function ChangeFilters({ filter, kinds, people, onPick }: ChangeFiltersProps) {
  const { m, f } = useI18n();
  const id = useId();
  const [value, setValue] = useState(filter);
  const [seen, setSeen] = useState(filter);
  if (JSON.stringify(filter) !== JSON.stringify(seen)) {
    setSeen(filter);
    setValue(filter);
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (isYearMonth(value.month)) onPick(value);
  };
  const { month } = filter;
  const previous = isYearMonth(month) ? addMonths(month, -1) : null;
  // No month after the current one: nothing can have changed yet.
  const next = isYearMonth(month) && month < monthOf(todayIso()) ? addMonths(month, 1) : null;
  // A filter chosen before stays offered even when the month has no such change.
  const kindOptions = value.kind && !kinds.includes(value.kind) ? [...kinds, value.kind] : kinds;
  const peopleOptions = value.person && !people.includes(value.person) ? [...people, value.person] : people;
  return (
    <form
      className="change-filters d-flex flex-wrap align-items-end gap-3 mb-4"
      onSubmit={submit}
      aria-label={m.changes.filters}
    >
      <div className="form-group mb-0 so-field">
        <label htmlFor={`${id}-month`} className="active">
          {m.changes.month}
        </label>
        <input
          id={`${id}-month`}
          type="month"
          className="form-control"
          value={value.month}
          onChange={(event) => setValue({ ...value, month: event.target.value })}
        />
      </div>
      <FilterSelect
        id={`${id}-kind`}
        label={m.changes.kind}
        all={m.changes.allKinds}
        value={value.kind}
        options={kindOptions.map((kind) => ({ value: kind, label: m.history.entities[kind] ?? kind }))}
        onChange={(kind) => setValue({ ...value, kind: kind as ChangeKind | '' })}
      />
      <FilterSelect
        id={`${id}-person`}
        label={m.changes.person}
        all={m.changes.allPeople}
        value={value.person}
        options={peopleOptions.map((person) => ({ value: person, label: personLabel(person) }))}
        onChange={(person) => setValue({ ...value, person })}
      />
      <button type="submit" className="btn btn-primary btn-sm">
        {m.changes.show}
      </button>
      <div className="d-flex flex-wrap gap-3">
        {previous ? (
          <Link to={filterSearch({ ...filter, month: previous })}>
            <Icon name="it-arrow-left" size="xs" className="icon-primary me-1" />
            {m.changes.previous} ({f.monthLong(previous)})
          </Link>
        ) : null}
        {next ? (
          <Link to={filterSearch({ ...filter, month: next })}>
            {m.changes.next} ({f.monthLong(next)})
            <Icon name="it-arrow-right" size="xs" className="icon-primary ms-1" />
          </Link>
        ) : null}
      </div>
    </form>
  );
}
