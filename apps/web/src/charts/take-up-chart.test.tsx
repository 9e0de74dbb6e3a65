import { screen, waitFor, within } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { I18nProvider } from '../i18n/i18n';
import { openChartTable, renderInApp } from '../test-utils';
import { TakeUpChart } from './take-up-chart';
import { missingRuns, type TakeUpPoint } from './take-up-points';

const data: TakeUpPoint[] = [
  { month: '2024-01', online: 1234, assisted: 100, paper: 200, takeUp: 0.8696 },
  { month: '2024-02', online: null, assisted: null, paper: null, takeUp: null },
  { month: '2024-03', online: 900, assisted: 24, paper: 100, takeUp: 0.824 },
];

/** Renders the chart: its drawing is there from the first render, as in the server's page. */
async function renderDrawn(subject: string) {
  renderInApp(<TakeUpChart data={data} target={0.8} subject={subject} />);
  await waitFor(() => expect(document.querySelector('.take-up-svg')).not.toBeNull());
}

describe('TakeUpChart', () => {
  it('summarises the figures in words', () => {
    renderInApp(<TakeUpChart data={data} target={0.8} subject="Mensa scolastica" />);
    expect(
      screen.getByText(
        'Da gen 2024 a mar 2024. Nell’ultimo mese con dati (mar 2024) l’adozione digitale è 82,4%; l’obiettivo è 80%. Mesi senza dati: 1.',
      ),
    ).toBeTruthy();
  });

  it('hides the table until asked, then shows it with caption and scoped headers', async () => {
    await renderDrawn('Mensa scolastica');
    expect(screen.queryByRole('table')).toBeNull();
    const table = openChartTable();
    expect(screen.getByRole('button', { name: 'Nascondi la tabella' }).getAttribute('aria-expanded')).toBe('true');
    expect(within(table).getByText('Pratiche mensili per canale e adozione digitale – Mensa scolastica').tagName).toBe(
      'CAPTION',
    );
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((th) => [th.textContent, th.getAttribute('scope')]);
    expect(headers).toEqual([
      ['Mese', 'col'],
      ['Online in autonomia', 'col'],
      ['Digitale assistito', 'col'],
      ['Cartaceo', 'col'],
      ['Adozione digitale', 'col'],
    ]);
  });

  it('writes Italian numbers, months and percentages', async () => {
    await renderDrawn('Mensa');
    const rows = within(openChartTable()).getAllByRole('row');
    expect(rows).toHaveLength(4);
    const first = rows[1];
    if (!first) throw new Error('missing row');
    expect(within(first).getByRole('rowheader').textContent).toBe('gennaio 2024');
    expect(
      within(first)
        .getAllByRole('cell')
        .map((td) => td.textContent),
    ).toEqual(['1.234', '100', '200', '87%']);
  });

  it('shows a missing month as a gap, never as zero', async () => {
    await renderDrawn('Mensa');
    const gapRow = within(openChartTable()).getAllByRole('row')[2];
    if (!gapRow) throw new Error('missing row');
    expect(gapRow.className).toContain('row-missing');
    expect(within(gapRow).getByRole('rowheader').textContent).toContain('febbraio 2024');
    const cells = within(gapRow).getAllByRole('cell');
    for (const cell of cells) {
      expect(cell.textContent).not.toContain('0');
      expect(cell.textContent).toContain('mese senza dati');
    }
  });

  it('is drawn by the server as by the browser, with its table for readers without JavaScript', () => {
    const html = renderToString(
      <I18nProvider initialLocale="it">
        <TakeUpChart data={data} target={0.8} subject="Mensa" />
      </I18nProvider>,
    );
    expect(html).toContain('class="take-up-svg"');
    expect(html).toMatch(/<noscript>.*<table/s);
    expect(html).toContain('x="3.3%"');
  });

  it('says so when there are no figures', () => {
    renderInApp(<TakeUpChart data={[]} target={0.8} subject="Mensa" />);
    expect(screen.getByText('Non ci sono ancora dati mensili.')).toBeTruthy();
  });

  it('names the target in the legend', () => {
    renderInApp(<TakeUpChart data={data} target={0.8} subject="Mensa" />);
    expect(screen.getAllByText('Obiettivo 80%').length).toBeGreaterThan(0);
  });
});

describe('missingRuns', () => {
  it('groups consecutive months without figures', () => {
    const gap = (month: string): TakeUpPoint => ({ month, online: null, assisted: null, paper: null, takeUp: null });
    const full = (month: string): TakeUpPoint => ({ month, online: 1, assisted: 0, paper: 0, takeUp: 1 });
    expect(missingRuns([gap('2024-01'), full('2024-02'), gap('2024-03'), gap('2024-04')])).toEqual([
      { from: '2024-01', to: '2024-01' },
      { from: '2024-03', to: '2024-04' },
    ]);
    expect(missingRuns([full('2024-01')])).toEqual([]);
  });
});
