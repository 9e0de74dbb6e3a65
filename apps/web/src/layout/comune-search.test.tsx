import { fireEvent, screen, waitFor } from '@testing-library/react';
import { useLocation } from 'react-router';
import { describe, expect, it } from 'vitest';
import type { SearchAnswer } from '../api-types';
import { renderInApp } from '../test-utils';
import { ComuneSearch } from './comune-search';

type Hit = SearchAnswer['hits'][number];

/** A hit as the API answers it; a merged or former name where the search matched one. */
const hit = (
  istat: string,
  name: string,
  province: [code: string, region: string],
  matched: Partial<Pick<Hit, 'mergedName' | 'formerName'>> = {},
): Hit => ({
  istat,
  name,
  provinceCode: province[0],
  regionName: province[1],
  mergedName: null,
  formerName: null,
  ...matched,
});

const RIPALTA = [
  hit('019081', 'Ripalta Cremasca', ['CR', 'Lombardia']),
  hit('019080', 'Ripalta Arpina', ['CR', 'Lombardia']),
  hit('019082', 'Ripalta Guerina', ['CR', 'Lombardia']),
  // Found by the name of a comune merged into it.
  hit('012144', 'Bardello con Malgesso e Bregano', ['VA', 'Lombardia'], { mergedName: 'Bregano' }),
  // Found by the name it had before a rename.
  hit('068033', 'Popoli Terme', ['PE', 'Abruzzo'], { formerName: 'Popoli' }),
];

function Where() {
  return <p data-testid="where">{useLocation().pathname}</p>;
}

function renderSearch() {
  const asked: unknown[] = [];
  const result = renderInApp(
    <>
      <ComuneSearch />
      <Where />
    </>,
    {
      api: {
        'italy.search': (input) => {
          asked.push(input);
          return { hits: RIPALTA, total: 5 };
        },
      },
    },
  );
  return { ...result, asked };
}

describe('the comune search in the header (ARIA combobox)', () => {
  it('lists the matches as options, moves with the arrows and opens the chosen comune with Enter', async () => {
    const { asked } = renderSearch();
    const box = screen.getByRole('combobox', { name: 'Cerca un comune' });
    expect(box.getAttribute('aria-expanded')).toBe('false');
    fireEvent.change(box, { target: { value: 'ripalta' } });
    await waitFor(() => expect(screen.getAllByRole('option')).toHaveLength(5));
    expect(asked).toEqual([{ q: 'ripalta' }]);
    expect(box.getAttribute('aria-expanded')).toBe('true');
    expect(screen.getByRole('status').textContent).toBe('5 comuni trovati');
    expect(screen.getByRole('option', { name: 'Popoli Terme (PE), già Popoli · 068033' })).toBeTruthy();
    expect(
      screen.getByRole('option', { name: 'Bregano, confluito in Bardello con Malgesso e Bregano (VA) · 012144' }),
    ).toBeTruthy();
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    fireEvent.keyDown(box, { key: 'ArrowDown' });
    const second = screen.getByRole('option', { name: 'Ripalta Arpina (CR) · 019080' });
    expect(box.getAttribute('aria-activedescendant')).toBe(second.id);
    expect(second.getAttribute('aria-selected')).toBe('true');
    fireEvent.keyDown(box, { key: 'Enter' });
    expect(screen.getByTestId('where').textContent).toBe('/comuni/019080');
    expect((box as HTMLInputElement).value).toBe('');
  });

  it('closes with Escape, and asks nothing for a single character', async () => {
    const { asked } = renderSearch();
    const box = screen.getByRole('combobox');
    fireEvent.change(box, { target: { value: 'r' } });
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(asked).toEqual([]);
    fireEvent.change(box, { target: { value: '019081' } });
    await waitFor(() => expect(box.getAttribute('aria-expanded')).toBe('true'));
    fireEvent.keyDown(box, { key: 'Escape' });
    expect(box.getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryAllByRole('option')).toHaveLength(0);
  });
});
