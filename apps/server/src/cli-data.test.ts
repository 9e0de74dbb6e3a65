import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestWorld } from '@switchoff/api/testing';
import { describe, expect, it } from 'vitest';
import { auditOf, cli, dump, fixture, folder } from './cli-data.testing';

describe('pnpm switchoff import', () => {
  const excel = [
    'import',
    '--kind',
    'figures',
    '--file',
    fixture('dati-mensili-excel.csv'),
    '--actor-email',
    'Editor1@test.it',
    '--comune',
    '019001',
  ];

  it('shows a dry run and writes nothing', async () => {
    const { db } = createTestWorld({ withPeople: true });
    const before = dump(db);
    const run = await cli(db, [...excel, '--dry-run']);
    expect(run.code).toBe(0);
    expect(run.out).toContain('Alfa: 24 rows read (separator ";")');
    expect(run.out).toContain('to add: 19, to change: 3, unchanged: 2, errors: 0');
    expect(run.out).toContain('~ line 9 019001 mensa, 2024-02: online=80 assistito=10');
    expect(run.out).toContain('Dry run: nothing was written.');
    expect(dump(db)).toBe(before);
  });

  it('imports as the named account, and a second time changes nothing', async () => {
    const { db } = createTestWorld({ withPeople: true });
    const first = await cli(db, excel);
    expect(first).toMatchObject({ code: 0, err: '' });
    expect(first.out).toContain('Imported: 19 added, 3 changed, 2 unchanged');
    // Its progress as it goes: each phase, with the rows it covers.
    expect(first.out).toContain('Checking the rows against the data (24 rows)…');
    expect(first.out).toContain('Writing (22 rows)…');
    expect(first.out).toContain('Bringing the totals up to date (22 rows)…');
    expect(auditOf(db, 'imports')).toEqual([
      expect.objectContaining({ actor: 'Editor del Consorzio Test <editor1@test.it>', action: 'import' }),
    ]);
    const before = dump(db);
    const second = await cli(db, excel);
    expect(second.out).toContain('Imported: 0 added, 0 changed, 24 unchanged (nothing to write)');
    expect(dump(db)).toBe(before);
  });

  it('reads a file Excel saved as "CSV" (Windows-1252), says so, and keeps accents and €', async () => {
    const { db } = createTestWorld({ withPeople: true });
    const run = await cli(db, [
      'import',
      '--kind',
      'milestones',
      '--file',
      fixture('traguardi-excel-1252.csv'),
      '--actor-email',
      'editor1@test.it',
      '--comune',
      '019001',
    ]);
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(run.out).toContain('File read as Windows-1252 (Excel "CSV"): not valid UTF-8');
    expect(run.out).toContain('Imported: 2 added');
    expect(db.$client.prepare("SELECT title, description FROM milestones WHERE code = 'MENSA-APP'").get()).toEqual({
      title: 'Iscrizione alla mensa più facile',
      description: 'Attività dell’ufficio “Servizi scolastici”: costo previsto 1.200 €',
    });
  });

  it('refuses a file that is no text, such as a spreadsheet saved as .xlsx', async () => {
    const { db } = createTestWorld({ withPeople: true });
    const file = join(folder(), 'dati.xlsx');
    writeFileSync(file, Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00));
    const run = await cli(db, [...excel.slice(0, 4), file, ...excel.slice(5)]);
    expect(run.code).toBe(1);
    expect(run.err).toContain('not a text CSV file (a spreadsheet such as .xlsx?): save it as CSV');
  });

  it('lists every bad row and imports nothing, with exit code 1', async () => {
    const { db } = createTestWorld({ withPeople: true });
    const before = dump(db);
    const run = await cli(db, [
      'import',
      '--kind',
      'figures',
      '--file',
      fixture('righe-errate.csv'),
      '--actor-email',
      'editor1@test.it',
    ]);
    expect(run.code).toBe(1);
    expect(run.err).toContain('7 errors:');
    expect(run.err).toContain('  line 3, column online: Non può essere negativo ("-3")');
    expect(run.err).toContain('  line 7: La riga ha 5 colonne invece di 6');
    expect(run.err).toContain('Nothing was imported');
    expect(dump(db)).toBe(before);
  });

  it('refuses bad arguments and accounts without access', async () => {
    const { db } = createTestWorld({ withPeople: true });
    const file = fixture('dati-mensili-excel.csv');
    const cases: [string[], RegExp][] = [
      [['import', '--kind', 'figures', '--file', file], /Missing --actor-email/],
      [['import', '--kind', 'numeri', '--file', file, '--actor-email', 'editor1@test.it'], /Unknown --kind "numeri"/],
      [['import', '--kind', 'figures', '--file', '/nessuno.csv', '--actor-email', 'editor1@test.it'], /file not found/],
      [
        ['import', '--kind', 'figures', '--file', file, '--actor-email', 'nessuno@test.it'],
        /No active account nessuno@test.it/,
      ],
      [
        ['import', '--kind', 'figures', '--file', file, '--actor-email', 'editor2@test.it', '--comune', '019001'],
        /Non hai accesso al comune di Alfa/,
      ],
      [
        ['import', '--kind', 'figures', '--file', file, '--actor-email', 'councila@test.it', '--comune', '019001'],
        /Non hai accesso al comune di Alfa/,
      ],
      [
        [
          'import',
          '--kind',
          'figures',
          '--file',
          file,
          '--actor-email',
          'editor1@test.it',
          '--comune',
          '019001',
          '--consortium',
          'consorzio-test',
        ],
        /not both/,
      ],
    ];
    for (const [argv, message] of cases) {
      const run = await cli(db, argv);
      expect(run.code, argv.join(' ')).toBe(1);
      expect(run.err, argv.join(' ')).toMatch(message);
    }
  });
});

describe('pnpm switchoff export', () => {
  it('writes the CSV import reads back with no change, to a file or to stdout', async () => {
    const { db } = createTestWorld({ withPeople: true });
    await cli(db, [
      'import',
      '--kind',
      'milestones',
      '--file',
      fixture('traguardi.csv'),
      '--actor-email',
      'editor1@test.it',
      '--comune',
      '019001',
    ]);
    const target = join(folder(), 'traguardi.csv');
    const written = await cli(db, [
      'export',
      '--kind',
      'milestones',
      '--consortium',
      'consorzio-test',
      '--file',
      target,
    ]);
    expect(written.out).toBe(`Wrote 8 rows to ${target}`);
    const stdout = await cli(db, ['export', '--kind', 'milestones', '--consortium', 'consorzio-test']);
    expect(stdout.raw).toBe(readFileSync(target, 'utf8'));
    const again = await cli(db, [
      'import',
      '--kind',
      'milestones',
      '--file',
      target,
      '--actor-email',
      'editor1@test.it',
      '--dry-run',
    ]);
    expect(again.out).toContain('to add: 0, to change: 0, unchanged: 8, errors: 0');
    expect((await cli(db, ['export', '--kind', 'figures', '--comune', '019001', '--from', '2024-5'])).err).toContain(
      '--from must be a month as YYYY-MM',
    );
  });
});
