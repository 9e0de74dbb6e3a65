import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderInApp } from '../../test-utils';
import { type ImportPreview, ImportPreviewView } from './import-preview';
import { clean, withErrors } from './import-preview-fixture';

describe('import preview', () => {
  it('shows the totals', () => {
    renderInApp(<ImportPreviewView preview={clean} fileName="dati.csv" onApply={() => undefined} applying={false} />);
    const totals: [string, string][] = [
      ['Da aggiungere', '1'],
      ['Da modificare', '1'],
      ['Invariate', '1'],
      ['Errori', '0'],
    ];
    for (const [label, value] of totals) {
      const card = screen.getByText(label).closest('.key-figure');
      expect(card?.textContent).toContain(value);
    }
    expect(screen.getByText(/Righe lette: 3\. Separatore: punto e virgola/)).toBeTruthy();
  });

  it('lists every error with line, column, value and reason, and does not let it apply', () => {
    const onApply = vi.fn();
    renderInApp(<ImportPreviewView preview={withErrors} fileName="dati.csv" onApply={onApply} applying={false} />);
    const table = screen.getByRole('table', { name: 'Errori del file: riga, colonna, valore e motivo' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Riga', 'Colonna', 'Valore', 'Motivo']);
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['tutto il file', '—', '', 'Il file è vuoto'],
      ['3', 'online', '-5', 'Non può essere negativo'],
      ['4', 'mese', '2099-01', 'Il mese 2099-01 non è ancora concluso (ultimo mese possibile: 2024-06)'],
    ]);
    const apply = screen.getByRole('button', { name: 'Applica' });
    expect(apply.hasAttribute('disabled')).toBe(true);
    expect(screen.getByText('Non si può applicare: il file ha errori.')).toBeTruthy();
    fireEvent.click(apply);
    expect(onApply).not.toHaveBeenCalled();
  });

  it('says the reasons in English when English is chosen', () => {
    renderInApp(
      <ImportPreviewView preview={withErrors} fileName="dati.csv" onApply={() => undefined} applying={false} />,
      { locale: 'en' },
    );
    expect(screen.getByText('Cannot be negative')).toBeTruthy();
    expect(screen.getByText('Month 2099-01 is not over yet (latest possible month: 2024-06)')).toBeTruthy();
    expect(screen.getByText('The file is empty')).toBeTruthy();
  });

  it('shows each change before → after, and lets a clean file apply', () => {
    const onApply = vi.fn();
    renderInApp(<ImportPreviewView preview={clean} fileName="dati.csv" onApply={onApply} applying={false} />);
    const changes = screen.getByRole('table', { name: 'Righe che cambiano dati esistenti: prima e dopo' });
    const items = within(changes)
      .getAllByRole('listitem')
      .map((li) => li.textContent?.replace(/\s+/g, ' '));
    expect(items).toEqual(['online: 80 → diventa 85', 'costo_euro: vuoto → diventa 1.234,50 €']);
    const apply = screen.getByRole('button', { name: 'Applica' });
    expect(apply.hasAttribute('disabled')).toBe(false);
    fireEvent.click(apply);
    expect(onApply).toHaveBeenCalledOnce();
  });

  it('does not let a file that changes nothing apply, and says why', () => {
    const nothing = {
      ...clean,
      totals: { rows: 1, add: 0, change: 0, unchanged: 1, errors: 0 },
      add: [],
      change: [],
      canApply: false,
    } as unknown as ImportPreview;
    renderInApp(<ImportPreviewView preview={nothing} fileName="dati.csv" onApply={() => undefined} applying={false} />);
    expect(screen.getByRole('button', { name: 'Applica' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByText('Non c’è niente da applicare: il file non cambia nessun dato.')).toBeTruthy();
  });
});
