import { appMessage } from '@switchoff/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderInApp } from '../../test-utils';
import { ApiError } from '../../testing/mock-api';
import { type ImportPreview, ImportPreviewView } from './import-preview';
import { ImportWorkbench } from './import-workbench';

const base = {
  kind: 'figures',
  scope: { kind: 'comune', istat: '019081', name: 'Ripalta Cremasca' },
  fingerprint: 'a'.repeat(64),
  separator: ';',
  ignoredColumns: [],
  truncated: false,
  unchanged: [],
} as const;

const withErrors = {
  ...base,
  totals: { rows: 4, add: 1, change: 0, unchanged: 0, errors: 3 },
  add: [
    {
      line: 2,
      istat: '019081',
      comune: 'Ripalta Cremasca',
      service: 'mensa-scolastica',
      month: '2024-03',
      code: null,
      label: 'Mensa scolastica, 2024-03',
      before: null,
      after: { online: 1234, assistito: 5 },
    },
  ],
  change: [],
  errors: [
    { line: null, column: null, value: null, message: appMessage('csv.empty') },
    { line: 3, column: 'online', value: '-5', message: appMessage('notNegative') },
    {
      line: 4,
      column: 'mese',
      value: '2099-01',
      message: appMessage('monthNotClosed', { month: '2099-01', last: '2024-06' }),
    },
  ],
  canApply: false,
} as unknown as ImportPreview;

const clean = {
  ...base,
  totals: { rows: 3, add: 1, change: 1, unchanged: 1, errors: 0 },
  add: [
    {
      line: 2,
      istat: '019081',
      comune: 'Ripalta Cremasca',
      service: 'mensa-scolastica',
      month: '2024-03',
      code: null,
      label: 'Mensa scolastica, 2024-03',
      before: null,
      after: { online: 10, assistito: 2, cartaceo: 1 },
    },
  ],
  change: [
    {
      line: 3,
      istat: '019081',
      comune: 'Ripalta Cremasca',
      service: 'mensa-scolastica',
      month: '2024-04',
      code: null,
      label: 'Mensa scolastica, 2024-04',
      before: { online: 80, costo_euro: null },
      after: { online: 85, costo_euro: 1234.5 },
    },
  ],
  unchanged: [
    {
      line: 4,
      istat: '019081',
      comune: 'Ripalta Cremasca',
      service: 'mensa-scolastica',
      month: '2024-05',
      code: null,
      label: 'Mensa scolastica, 2024-05',
    },
  ],
  errors: [],
  canApply: true,
} as unknown as ImportPreview;

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

function chooseFile(content: string | Uint8Array<ArrayBuffer>, name = 'dati.csv', size?: number) {
  const file = new File([content], name, { type: 'text/csv' });
  if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
  fireEvent.change(screen.getByLabelText('File CSV'), { target: { files: [file] } });
}

describe('import workbench', () => {
  it('refuses a file over 10 MB before sending it', async () => {
    const { calls } = renderInApp(<ImportWorkbench scope={{ istat: '019081' }} />);
    chooseFile('x', 'enorme.csv', 12 * 1024 * 1024);
    expect(await screen.findByText('Il file pesa 12 MB: al più 10 MB. Dividilo in più file.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Mostra l’anteprima' }));
    expect(calls.some((c) => c.path === 'imports.preview')).toBe(false);
  });

  it('asks for a file before the preview', async () => {
    renderInApp(<ImportWorkbench scope={{ istat: '019081' }} />);
    fireEvent.click(screen.getByRole('button', { name: 'Mostra l’anteprima' }));
    expect(await screen.findByText('Scegli il file CSV da importare')).toBeTruthy();
  });

  it('previews the file as text, applies it with the fingerprint, and says what changed', async () => {
    const csv = 'servizio;mese;online;assistito;cartaceo\r\nmensa-scolastica;2024-03;10;2;1\r\n';
    const { calls } = renderInApp(<ImportWorkbench scope={{ istat: '019081' }} />, {
      api: {
        'imports.preview': () => clean,
        'imports.commit': () => ({
          kind: 'figures',
          scope: base.scope,
          added: 1,
          changed: 1,
          unchanged: 1,
          comuni: [{ istat: '019081', name: 'Ripalta Cremasca', added: 1, changed: 1 }],
        }),
      },
    });
    chooseFile(csv);
    expect(await screen.findByText(/File scelto: dati\.csv/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Mostra l’anteprima' }));
    expect(await screen.findByRole('heading', { name: 'Anteprima' })).toBeTruthy();
    expect(calls.find((c) => c.path === 'imports.preview')?.input).toEqual({
      scope: { istat: '019081' },
      kind: 'figures',
      csv,
    });
    expect(screen.getByRole('status').textContent).toContain(
      'Anteprima pronta: 1 da aggiungere, 1 da modificare, 1 invariata, 0 errori.',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Applica' }));
    expect(await screen.findByRole('heading', { name: 'Importazione completata' })).toBeTruthy();
    expect(calls.find((c) => c.path === 'imports.commit')?.input).toEqual({
      scope: { istat: '019081' },
      kind: 'figures',
      csv,
      fingerprint: 'a'.repeat(64),
      fileName: 'dati.csv',
    });
    // Italian plurals: one row is "riga", never "1 righe aggiunte".
    expect(screen.getByText('1 riga aggiunta, 1 modificata, 1 invariata.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ripalta Cremasca' }).getAttribute('href')).toBe('/comuni/019081');
  });

  it('reads a file Excel saved as "CSV" (Windows-1252), says so, and sends accents and € intact', async () => {
    // The comune's template, saved again by Italian Excel: ";" and CRLF, no BOM, Windows-1252 bytes
    // (à = 0xE0, ’ = 0x92, € = 0x80).
    const text =
      'codice;titolo;tipo;data_prevista;descrizione\r\nMENSA;Attività dell’ufficio;altro;30/09/2024;Costo 1.200 €\r\n';
    const special: Record<string, number> = { '’': 0x92, '€': 0x80 };
    const bytes = Uint8Array.from([...text], (c) => special[c] ?? c.charCodeAt(0));
    expect(bytes.includes(0x80) && bytes.includes(0xe0)).toBe(true);
    const { calls } = renderInApp(<ImportWorkbench scope={{ istat: '019081' }} />, {
      api: { 'imports.preview': () => clean },
    });
    chooseFile(bytes, 'traguardi.csv');
    await screen.findByText(/File scelto: traguardi\.csv/);
    fireEvent.click(screen.getByRole('button', { name: 'Mostra l’anteprima' }));
    expect(await screen.findByRole('heading', { name: 'Anteprima' })).toBeTruthy();
    expect(calls.find((c) => c.path === 'imports.preview')?.input).toMatchObject({ csv: text });
    expect(screen.getByText(/File letto come Windows-1252 \(Excel\)/)).toBeTruthy();
  });

  it('says nothing of the encoding for UTF-8, and refuses a file that is no text', async () => {
    const { calls } = renderInApp(<ImportWorkbench scope={{ istat: '019081' }} />, {
      api: { 'imports.preview': () => clean },
    });
    chooseFile('\uFEFFservizio;mese;online;assistito;cartaceo\r\nmensa;2024-03;1;2;3 €\r\n');
    await screen.findByText(/File scelto/);
    fireEvent.click(screen.getByRole('button', { name: 'Mostra l’anteprima' }));
    expect(await screen.findByRole('heading', { name: 'Anteprima' })).toBeTruthy();
    expect(screen.queryByText(/Windows-1252/)).toBeNull();
    chooseFile(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00), 'dati.xlsx');
    expect(await screen.findByText(/Il file non è un CSV di testo \(forse un foglio \.xlsx\)/)).toBeTruthy();
    expect(calls.filter((c) => c.path === 'imports.preview')).toHaveLength(1);
  });

  it('offers to preview again when the data changed after the preview', async () => {
    let previews = 0;
    renderInApp(<ImportWorkbench scope={{ consortium: 'consorzio-it' }} />, {
      api: {
        'imports.preview': () => {
          previews += 1;
          return clean;
        },
        'imports.commit': () => {
          throw new ApiError('CONFLICT', appMessage('import.changedSincePreview'));
        },
      },
    });
    chooseFile('istat;servizio;mese;online;assistito;cartaceo\r\n');
    await screen.findByText(/File scelto/);
    fireEvent.click(screen.getByRole('button', { name: 'Mostra l’anteprima' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Applica' }));
    expect(await screen.findByRole('heading', { name: 'I dati sono cambiati dopo l’anteprima' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Ripeti l’anteprima' }));
    await waitFor(() => expect(previews).toBe(2));
  });

  it('documents the columns of the chosen kind with a template to download', () => {
    renderInApp(<ImportWorkbench scope={{ istat: '019081' }} />);
    const table = screen.getByRole('table', { name: 'Colonne del file: dati mensili' });
    expect(within(table).queryByText('istat')).toBeNull();
    expect(within(table).getByText('servizio')).toBeTruthy();
    const template = screen.getByRole('link', { name: 'Scarica il modello vuoto: dati mensili (CSV)' });
    expect(template.getAttribute('download')).toBe('modello-dati-mensili.csv');
    expect(decodeURIComponent(template.getAttribute('href') ?? '')).toContain(
      'servizio;mese;online;assistito;cartaceo;pagamenti_totali',
    );
    fireEvent.click(screen.getByLabelText('Traguardi (tappe della roadmap)'));
    expect(screen.getByRole('table', { name: 'Colonne del file: traguardi' })).toBeTruthy();
  });
});
