import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { Locale } from '../../format';
import { renderInApp } from '../../test-utils';
import { MilestoneForm } from './milestone-form';

function renderForm(locale: Locale) {
  return renderInApp(<MilestoneForm istat="019081" milestone={null} all={[]} onDone={() => {}} />, {
    api: { 'comuni.overview': () => ({ services: [] }) },
    locale,
  });
}

/** What the form says beside a field (the error its `aria-describedby` points at); every message joined. */
function fieldMessage(label: RegExp): string {
  const input = screen.getByLabelText(label);
  const ids = (input.getAttribute('aria-describedby') ?? '').split(' ').filter((id) => id.endsWith('-error'));
  return ids.map((id) => document.getElementById(id)?.textContent ?? '').join(' ');
}

const CASES = [
  {
    locale: 'it',
    title: /^Titolo/,
    progress: /^Avanzamento/,
    planned: /^Data prevista/,
    submit: 'Crea la tappa',
    progressMessage:
      '"85,5" non è un numero intero: qui va un numero senza decimali (in "85,5" la virgola separa i decimali)',
    dateMessage: 'Indica la data (es. 15/03/2024)',
    kind: /^Tipo di tappa/,
    kindMessage: 'Scegli il tipo di tappa',
  },
  {
    locale: 'en',
    title: /^Title/,
    progress: /^Progress/,
    planned: /^Planned date/,
    submit: 'Create the milestone',
    progressMessage:
      '"85,5" is not a whole number: a number without decimals is wanted here (in "85,5" the comma separates the decimals)',
    dateMessage: 'Enter the date (e.g. 15/03/2024)',
    kind: /^Kind of milestone/,
    kindMessage: 'Choose the kind of milestone',
  },
] as const;

describe('milestone form: one message per problem, naming the expected form', () => {
  it.each(CASES)('says of 85,5 and of an empty date what is wanted ($locale)', async (c) => {
    const { calls } = renderForm(c.locale);
    fireEvent.change(screen.getByLabelText(c.title), { target: { value: 'Subentro in ANPR' } });
    fireEvent.change(screen.getByLabelText(c.progress), { target: { value: '85,5' } });
    fireEvent.click(screen.getByRole('button', { name: c.submit }));
    const summary = await screen.findByRole('alert');
    // The summary names the field, then says what it wants: a whole number, the decimal comma explained.
    const progressLink = within(summary).getByRole('link', { name: /"85,5"/ });
    expect(progressLink.textContent).toContain(c.progressMessage);
    expect(progressLink.textContent).not.toMatch(/0 a 100|0 to 100/);
    expect(fieldMessage(c.progress)).toBe(c.progressMessage);
    // An empty date is missing, and that is all it says (not also "not a real date", "out of range").
    expect(fieldMessage(c.planned)).toBe(c.dateMessage);
    // A kind not chosen yet is to be chosen, not "invalid".
    expect(fieldMessage(c.kind)).toBe(c.kindMessage);
    expect(calls.some((call) => call.path === 'milestones.create')).toBe(false);
  });
});
