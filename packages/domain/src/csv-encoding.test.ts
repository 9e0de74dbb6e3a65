import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from './csv-encoding';

/** Windows-1252 bytes as Excel writes them: Latin-1 letters as themselves, € and typographic quotes in 0x80–0x9F. */
const cp1252 = (text: string) =>
  Uint8Array.from([...text], (c) => {
    const special: Record<string, number> = {
      '€': 0x80,
      '‚': 0x82,
      '’': 0x92,
      '“': 0x93,
      '”': 0x94,
      '–': 0x96,
      Š: 0x8a,
      Ÿ: 0x9f,
    };
    const code = special[c] ?? c.charCodeAt(0);
    if (code > 0xff) throw new Error(`${c} is not in Windows-1252`);
    return code;
  });

describe('decodeCsvBytes', () => {
  it('reads UTF-8, with its BOM kept for the reader', () => {
    const bytes = new TextEncoder().encode('\uFEFFservizio;costo\r\nmensa;1.234,50 €\r\n');
    expect(decodeCsvBytes(bytes)).toEqual({
      ok: true,
      encoding: 'utf-8',
      text: '\uFEFFservizio;costo\r\nmensa;1.234,50 €\r\n',
    });
  });

  it('reads what Italian Excel saves as "CSV": Windows-1252, accents and € intact', () => {
    const text =
      'comune;titolo;descrizione\r\nSant’Angelo Lodigiano;Attività “più” facile – città;Costo 5.000 € Š Ÿ ‚\r\n';
    expect(decodeCsvBytes(cp1252(text))).toEqual({ ok: true, encoding: 'windows-1252', text });
  });

  it('maps every byte of 0x80–0x9F as the WHATWG Windows-1252 index does', () => {
    const decoded = decodeCsvBytes(Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i));
    expect(decoded.ok && [...decoded.text].map((c) => c.codePointAt(0))).toEqual([
      0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d,
      0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d,
      0x17e, 0x178,
    ]);
  });

  it('refuses bytes that are no text file (an .xlsx is a zip)', () => {
    expect(decodeCsvBytes(Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00))).toEqual({
      ok: false,
      reason: 'binary',
    });
  });
});
