import { schema } from '@switchoff/db';
import { appMessage } from '@switchoff/domain';
import { ITALIAN_NUMBER_CASES, NOT_WHOLE_NUMBER } from '@switchoff/domain/formats';
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { callerFor, createTestWorld } from '../testing';
import { commitImport } from './import.testing';

const ALFA = { istat: '019001' };

/** One month of 2022 per case, so that each row of the file is new. */
const monthOf = (index: number) => `2022-${String(index + 1).padStart(2, '0')}`;

describe('numbers in an imported file read as in the grid and the forms (one parser, one table of cases)', () => {
  it('stores each case’s count and cost as the domain reads them', async () => {
    const world = createTestWorld({ withPeople: true });
    const editor = callerFor(world.db, 'editor1');
    const whole = (value: number, text: string) => (Number.isInteger(value) ? text : '1');
    const lines = ITALIAN_NUMBER_CASES.map(
      ([text, value], index) => `mensa;${monthOf(index)};${whole(value, text)};0;0;${text}`,
    );
    const csv = ['servizio;mese;online;assistito;cartaceo;costo_euro', ...lines].join('\n');
    const preview = await editor.imports.preview({ scope: ALFA, kind: 'figures', csv });
    expect(preview.errors).toEqual([]);
    await commitImport(editor, { scope: ALFA, kind: 'figures', csv, fingerprint: preview.fingerprint });
    ITALIAN_NUMBER_CASES.forEach(([, value], index) => {
      const { monthlyFigures } = schema;
      const stored = world.db
        .select({ online: monthlyFigures.online, costCents: monthlyFigures.costCents })
        .from(monthlyFigures)
        .where(and(eq(monthlyFigures.serviceId, world.ids.mensaAlfa), eq(monthlyFigures.month, monthOf(index))))
        .get();
      expect(stored).toEqual({ online: Number.isInteger(value) ? value : 1, costCents: Math.round(value * 100) });
    });
  });

  it('refuses a fraction in a count as “not a whole number”, as the grid does', async () => {
    const world = createTestWorld({ withPeople: true });
    const editor = callerFor(world.db, 'editor1');
    const csv = `servizio;mese;online;assistito;cartaceo\nmensa;2022-01;${NOT_WHOLE_NUMBER};0;0\n`;
    const preview = await editor.imports.preview({ scope: ALFA, kind: 'figures', csv });
    expect(preview.errors).toEqual([
      {
        line: 2,
        column: 'online',
        value: NOT_WHOLE_NUMBER,
        message: appMessage('notWholeNumber', { text: NOT_WHOLE_NUMBER }),
      },
    ]);
  });
});
