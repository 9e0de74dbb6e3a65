import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { openDataFile } from '../opendata/files';
import { resolveLicence } from '../opendata/licences';
import { callerFor, createTestWorld, snapshotTables, TEST_TODAY } from '../testing';
import { commitImport } from './import.testing';

const ALFA = { istat: '019001' };
const TITLE = '=HYPERLINK("http://x","y")';
const DESCRIPTION = "+cmd|'/C calc'!A0";
const OWNER = '@SUM(1+1)';
const NOTE = '-2+3+cmd|x';
// What an editor imports: the cells a spreadsheet would run as formulas.
const MILESTONES = [
  'codice;titolo;tipo;servizio;descrizione;responsabile;data_base;data_prevista;data_effettiva;avanzamento;visibilita;nota_interna;dipende_da',
  `INJ-1;"=HYPERLINK(""http://x"",""y"")";switch-off;mensa;${DESCRIPTION};${OWNER};;30/09/2024;;10%;pubblica;${NOTE};`,
  'INJ-2;Già tra virgolette;switch-off;;Tab;Ufficio;;31/10/2024;;0;pubblica;;',
].join('\r\n');

async function importedWorld() {
  const w = createTestWorld({ withPeople: true });
  const editor = callerFor(w.db, 'editor1');
  const preview = await editor.imports.preview({ scope: ALFA, kind: 'milestones', csv: MILESTONES });
  expect(preview.errors).toEqual([]);
  await commitImport(editor, { scope: ALFA, kind: 'milestones', csv: MILESTONES, fingerprint: preview.fingerprint });
  // Typed in a form (an import takes the guard off): a title that already starts with the guard.
  w.db.$client.prepare("UPDATE milestones SET title = ? WHERE code = 'INJ-2'").run("'=già tra virgolette");
  return { ...w, editor };
}

const rowsOf = (csv: string, delimiter: string) =>
  parse(csv.replace(/^\uFEFF/, ''), { delimiter, columns: true, record_delimiter: '\r\n' }) as Record<string, string>[];

describe('CSV formula injection', () => {
  it('staff exports put a single quote before cells a spreadsheet would run; numbers stay numbers', async () => {
    const { db, editor } = await importedWorld();
    // A form keeps a leading tab (an import trims it, so it has no round trip to keep).
    db.$client.prepare("UPDATE milestones SET description = ? WHERE code = 'INJ-2'").run('\tTab');
    const file = await editor.exports.csv({ scope: ALFA, kind: 'milestones' });
    const row = rowsOf(file.csv, ';').find((r) => r.codice === 'INJ-1');
    expect(row).toMatchObject({
      titolo: `'${TITLE}`,
      descrizione: `'${DESCRIPTION}`,
      responsabile: `'${OWNER}`,
      nota_interna: `'${NOTE}`,
      avanzamento: '10',
    });
    const quoted = rowsOf(file.csv, ';').find((r) => r.codice === 'INJ-2');
    expect(quoted).toMatchObject({ titolo: "''=già tra virgolette", descrizione: "'\tTab" });
  });

  it('export then import gives back the very text, changing nothing', async () => {
    const { db, editor } = await importedWorld();
    const exported = await editor.exports.csv({ scope: ALFA, kind: 'milestones' });
    const before = snapshotTables(db);
    const preview = await editor.imports.preview({ scope: ALFA, kind: 'milestones', csv: exported.csv });
    expect(preview.errors).toEqual([]);
    expect(preview.totals).toMatchObject({ add: 0, change: 0, unchanged: exported.rows });
    await commitImport(editor, {
      scope: ALFA,
      kind: 'milestones',
      csv: exported.csv,
      fingerprint: preview.fingerprint,
    });
    expect(snapshotTables(db)).toBe(before);
    const titles = db.$client
      .prepare("SELECT title FROM milestones WHERE title LIKE '%=%' ORDER BY title")
      .pluck()
      .all();
    expect(titles).toEqual(["'=già tra virgolette", TITLE]);
  });

  it('open data files carry the guard too, documented at /opendata', async () => {
    const { db } = await importedWorld();
    const file = openDataFile(db, {
      target: ALFA,
      file: 'milestone.csv',
      today: TEST_TODAY,
      licence: resolveLicence(undefined),
    });
    const row = rowsOf(file.body, ',').find((r) => r.titolo === `'${TITLE}`);
    expect(row).toBeDefined();
    expect(Object.values(row ?? {}).filter((cell) => /^[=+@\t\r]/.test(cell))).toEqual([]);
    expect(row?.descrizione).toBe(`'${DESCRIPTION}`);
    const json = openDataFile(db, {
      target: ALFA,
      file: 'milestone.json',
      today: TEST_TODAY,
      licence: resolveLicence(undefined),
    });
    expect(json.body).toContain(JSON.stringify(TITLE));
  });
});
