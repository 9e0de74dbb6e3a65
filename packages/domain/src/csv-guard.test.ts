import { describe, expect, it } from 'vitest';
import { guardCsvCell, unguardCsvCell } from './csv-guard';

describe('the CSV formula guard', () => {
  it('puts a single quote before a text that a spreadsheet would run', () => {
    const formulas = [
      '=HYPERLINK("http://x","y")',
      "+cmd|'/C calc'!A0",
      '@SUM(1+1)',
      '-2+3+cmd|x',
      '\t=1+1',
      '\r=1+1',
      '-',
    ];
    for (const text of formulas) expect(guardCsvCell(text)).toBe(`'${text}`);
  });

  it('leaves plain text, empty cells and numbers written as text alone', () => {
    for (const text of ['', 'Ufficio tributi', 'a=b', '2024-05', '1234,50', '-12', '+3', '-1.5', "l'anagrafe"]) {
      expect(guardCsvCell(text)).toBe(text);
    }
  });

  it('guards a text that already starts with a quote before a formula, so the quote survives the round trip', () => {
    expect(guardCsvCell("'=1+1")).toBe("''=1+1");
    expect(unguardCsvCell("''=1+1")).toBe("'=1+1");
  });

  it('gives back every text it guarded, and leaves cells it would not have written alone', () => {
    const texts = ['=1', "'=1", "''=1", "'", "''", "'abc", 'abc', '-5', "'-5", '@', "'@x", '\t', "'\t", "'+39 0373"];
    for (const text of texts) expect(unguardCsvCell(guardCsvCell(text))).toBe(text);
    // A cell typed by hand with a quote before plain text keeps it: the export never writes that.
    expect(unguardCsvCell("'abc")).toBe("'abc");
    expect(unguardCsvCell("'-5")).toBe("'-5");
  });
});
