import { readFileSync } from 'node:fs';
import { schema } from '@switchoff/db';
import { decodeCsvBytes } from '@switchoff/domain/formats';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { commitImport, editorWorld } from './import.testing';

/** A fixture's bytes read as the import screen and the CLI read an upload (decodeCsvBytes). */
function decodedFixture(name: string) {
  const decoded = decodeCsvBytes(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
  if (!decoded.ok) throw new Error(`${name} is not text`);
  return decoded;
}

describe('a file Italian Excel saved as "CSV" (Windows-1252)', () => {
  it('imports the milestones template saved again by Excel, accents, quotes and € intact', async () => {
    const { db, editor } = editorWorld();
    const file = decodedFixture('traguardi-excel-1252.csv');
    expect(file.encoding).toBe('windows-1252');
    const input = { scope: { istat: '019001' }, kind: 'milestones' as const, csv: file.text };
    const preview = await editor.imports.preview(input);
    expect(preview).toMatchObject({ separator: ';', totals: { rows: 2, add: 2, errors: 0 }, canApply: true });
    await commitImport(editor, { ...input, fingerprint: preview.fingerprint });
    const rows = db
      .select({
        code: schema.milestones.code,
        title: schema.milestones.title,
        description: schema.milestones.description,
        owner: schema.milestones.owner,
      })
      .from(schema.milestones)
      .where(eq(schema.milestones.comuneId, 1))
      .all()
      .filter((m) => m.code === 'MENSA-APP' || m.code === 'FORM-EQUIPE')
      .sort((a, b) => String(a.code).localeCompare(String(b.code)));
    expect(rows).toEqual([
      {
        code: 'FORM-EQUIPE',
        title: 'Formazione dell’équipe',
        description: 'Corso per gli operatori di Sant’Angelo',
        owner: 'Consorzio.IT',
      },
      {
        code: 'MENSA-APP',
        title: 'Iscrizione alla mensa più facile',
        description: 'Attività dell’ufficio “Servizi scolastici”: costo previsto 1.200 €',
        owner: 'Ufficio Pubblica Istruzione',
      },
    ]);
  });

  it('reads a figures file whose header says "Costo (€)" in Windows-1252', async () => {
    const { editor } = editorWorld();
    const file = decodedFixture('dati-mensili-ansi.csv');
    expect(file.encoding).toBe('windows-1252');
    const preview = await editor.imports.preview({ scope: { istat: '019001' }, kind: 'figures', csv: file.text });
    expect(preview).toMatchObject({ ignoredColumns: [], totals: { rows: 1, errors: 0 } });
    expect([...preview.add, ...preview.change][0]?.after).toMatchObject({ costo_euro: 12.5 });
  });
});
