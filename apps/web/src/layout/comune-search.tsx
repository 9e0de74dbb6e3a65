import { useQuery } from '@tanstack/react-query';
import { type KeyboardEvent, useEffect, useId, useState } from 'react';
import { useNavigate } from 'react-router';
import type { SearchAnswer } from '../api-types';
import { useI18n } from '../i18n/i18n';
import type { Messages } from '../i18n/it';
import { useTRPC } from '../trpc';

/** A hit as the list reads it: a ceased comune's name or a former name says where it leads. */
function optionText(messages: Messages['search'], hit: SearchAnswer['hits'][number]): string {
  const place = { name: hit.name, province: hit.provinceCode, istat: hit.istat };
  if (hit.mergedName !== null) return messages.mergedOption({ ...place, merged: hit.mergedName });
  if (hit.formerName !== null) return messages.renamedOption({ ...place, former: hit.formerName });
  return messages.option(place);
}

/** Waits until typing pauses, so a query goes out per word, not per key. */
/** How many comuni the search found, and how many of them the list shows. */
function resultsText(messages: Messages['search'], shown: number, total: number): string {
  if (total === 0) return messages.resultsNone;
  if (shown < total) return messages.resultsSome({ shown: String(shown), total: String(total) });
  return messages.resultsAll({ total });
}

function useSettled(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

/**
 * Find any comune of Italy by name or ISTAT code, from every page: the WAI-ARIA combobox
 * pattern (a text box with a list box of suggestions, arrows to move, Enter to open, Escape to
 * close), the number of results said to screen readers.
 */
export function ComuneSearch({
  label,
  onChoose,
}: {
  /** A visible label (the header's search has a hidden one). */
  label?: string;
  /** What choosing a comune does; by default its page opens. */
  onChoose?: (hit: { istat: string; name: string; provinceCode: string }) => void;
} = {}) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const navigate = useNavigate();
  const id = useId();
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const q = useSettled(text.trim(), 150);
  const enabled = q.length >= 2;
  const query = useQuery({ ...trpc.italy.search.queryOptions({ q }), enabled, staleTime: 60_000 });
  const hits = enabled && query.data ? query.data.hits : [];
  const answered = open && enabled && query.data !== undefined;
  const expanded = answered && hits.length > 0;
  const listId = `${id}-list`;
  const optionId = (index: number) => `${id}-option-${index}`;

  const choose = (istat: string) => {
    setOpen(false);
    setText('');
    setActive(-1);
    const hit = hits.find((h) => h.istat === istat);
    if (onChoose && hit) onChoose(hit);
    else navigate(`/comuni/${istat}`);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setOpen(true);
      if (hits.length === 0) return;
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((current) => (current + step + hits.length) % hits.length);
    } else if (event.key === 'Enter') {
      const hit = hits[active >= 0 ? active : 0];
      if (expanded && hit) {
        event.preventDefault();
        choose(hit.istat);
      }
    } else if (event.key === 'Escape') {
      if (expanded) setOpen(false);
      else setText('');
      setActive(-1);
    }
  };

  return (
    <div role="search" className="comune-search">
      <label htmlFor={`${id}-input`} className={label ? 'form-label' : 'visually-hidden'}>
        {label ?? m.search.label}
      </label>
      <input
        id={`${id}-input`}
        type="text"
        className="form-control"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={listId}
        aria-activedescendant={expanded && active >= 0 ? optionId(active) : undefined}
        aria-describedby={`${id}-hint`}
        placeholder={m.search.placeholder}
        autoComplete="off"
        spellCheck={false}
        value={text}
        onChange={(event) => {
          setText(event.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setOpen(false)}
      />
      <span id={`${id}-hint`} className="visually-hidden">
        {m.search.hint}
      </span>
      <div
        id={listId}
        role="listbox"
        aria-label={label ?? m.search.label}
        className="comune-search-list"
        hidden={!expanded}
      >
        {hits.map((hit, index) => (
          // Options take no Tab stop: the text box keeps the focus and names the active one
          // (aria-activedescendant), as the combobox pattern says.
          <div
            key={hit.istat}
            id={optionId(index)}
            role="option"
            tabIndex={-1}
            aria-selected={index === active}
            className={index === active ? 'is-active' : undefined}
            // Before the input's blur closes the list.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(hit.istat)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') choose(hit.istat);
            }}
          >
            {optionText(m.search, hit)}
          </div>
        ))}
      </div>
      <span role="status" className="visually-hidden">
        {answered && query.data ? resultsText(m.search, hits.length, query.data.total) : ''}
      </span>
    </div>
  );
}
