import { appMessage } from '@switchoff/domain';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderInApp } from '../../test-utils';
import { ApiError } from '../../testing/mock-api';
import { base, clean } from './import-preview-fixture';
import { ImportWorkbench } from './import-workbench';

/** An import job as imports.commit and imports.job answer it. */
function jobOf(status: 'running' | 'done' | 'failed') {
  return {
    id: '4b0c8f0e-7d1a-4c55-9a7e-2f1f7c6d9e01',
    kind: 'import',
    status,
    phase: status === 'running' ? 'checking' : status,
    done: 0,
    total: 0,
    startedAt: '2024-07-15T09:30:00.000Z',
    finishedAt: status === 'running' ? null : '2024-07-15T09:30:05.000Z',
    result: null,
    error: null,
  };
}

/** Chooses a file, previews it and applies it; the failure's heading. */
async function applyAndFail() {
  chooseFile('servizio;mese;online;assistito;cartaceo\r\n');
  await screen.findByText(/File scelto/);
  fireEvent.click(screen.getByRole('button', { name: 'Mostra l’anteprima' }));
  fireEvent.click(await screen.findByRole('button', { name: 'Applica' }));
  return screen.findByRole('heading', { name: 'Importazione non riuscita' });
}

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

  it('previews the file as text, applies it with the fingerprint, shows the job’s progress, and says what changed', async () => {
    const csv = 'servizio;mese;online;assistito;cartaceo\r\nmensa-scolastica;2024-03;10;2;1\r\n';
    const result = {
      kind: 'figures',
      scope: base.scope,
      added: 1,
      changed: 1,
      unchanged: 1,
      comuni: [{ istat: '019081', name: 'Ripalta Cremasca', added: 1, changed: 1 }],
    };
    const running = { ...jobOf('running'), phase: 'writing', done: 1, total: 3 };
    const { calls } = renderInApp(<ImportWorkbench scope={{ istat: '019081' }} />, {
      api: {
        'imports.preview': () => clean,
        'imports.commit': () => ({ job: running }),
        'imports.job': () => ({ ...jobOf('done'), done: 3, total: 3, result }),
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
    // The job runs on the server: its phase and rows in words beside the bar.
    expect(await screen.findByText('Scrittura delle righe')).toBeTruthy();
    expect(screen.getByText('1 di 3 righe (33,3%)')).toBeTruthy();
    expect(
      screen.getByRole('progressbar', { name: 'Avanzamento dell’importazione' }).getAttribute('aria-valuenow'),
    ).toBe('1');
    expect(await screen.findByRole('heading', { name: 'Importazione completata' }, { timeout: 5000 })).toBeTruthy();
    expect(calls.find((c) => c.path === 'imports.commit')?.input).toEqual({
      scope: { istat: '019081' },
      kind: 'figures',
      csv,
      fingerprint: 'a'.repeat(64),
      fileName: 'dati.csv',
    });
    expect(calls.find((c) => c.path === 'imports.job')?.input).toEqual({ id: running.id });
    // Italian plurals: one row is "riga", never "1 righe aggiunte".
    expect(screen.getByText('1 riga aggiunta, 1 modificata, 1 invariata.')).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Ripalta Cremasca' }).getAttribute('href')).toBe('/comuni/019081');
    expect(screen.queryByRole('progressbar')).toBeNull();
  });

  it('says why a job failed, from its code: nothing was imported', async () => {
    renderInApp(<ImportWorkbench scope={{ istat: '019081' }} />, {
      api: {
        'imports.preview': () => clean,
        'imports.commit': () => ({
          job: {
            ...jobOf('failed'),
            error: { status: 'SERVICE_UNAVAILABLE', ...appMessage('server.databaseBusy') },
          },
        }),
      },
    });
    const failed = await applyAndFail();
    expect(
      within(failed.parentElement as HTMLElement).getByText(/Il database è occupato da un’altra scrittura/),
    ).toBeTruthy();
  });

  it('says which import is running when another one holds the database (409), without offering a new preview', async () => {
    renderInApp(<ImportWorkbench scope={{ istat: '019081' }} />, {
      api: {
        'imports.preview': () => clean,
        'imports.commit': () => {
          throw new ApiError(
            'CONFLICT',
            appMessage('job.running', {
              target: 'Consorzio.IT',
              who: 'Eva Editor',
              since: '2024-07-15T09:30:00.000Z',
            }),
          );
        },
      },
    });
    const failed = await applyAndFail();
    expect(
      within(failed.parentElement as HTMLElement).getByText(
        /È già in corso un’importazione \(Consorzio\.IT\), avviata da Eva Editor/,
      ),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Ripeti l’anteprima' })).toBeNull();
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
