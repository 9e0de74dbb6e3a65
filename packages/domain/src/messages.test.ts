import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { appMessage, italianText, MESSAGES, MESSAGES_IT, readToken, token } from './messages';

const here = fileURLToPath(new URL('.', import.meta.url));
const sources = readdirSync(here).filter(
  (f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && !f.startsWith('messages'),
);

/** Places where a message is written: a zod `error:`/`message:`, a check's text, a parse failure. */
const INLINE_MESSAGE = [
  /\berror:\s*['"`]/,
  /\bmessage:\s*['"`][A-Z"]/,
  /\.(min|max|int|regex|gt|positive|refine)\([^)]*,\s*['"`][A-Z"]/,
  /\.(int|positive|nonnegative)\(\s*['"`]/,
  /\?\s*['"`][A-Z"][^'"`]* [^'"`]*['"`]\s*:/,
  /\bfail\(\s*['"`]/,
  /requiredText\([^)]*,\s*['"`]/,
];

describe('domain messages', () => {
  it('are written once, in messages.ts: no schema or reader writes one inline', () => {
    const inline = sources.flatMap((file) =>
      readFileSync(`${here}${file}`, 'utf8')
        .split('\n')
        .map((line, index) => ({ where: `${file}:${index + 1}`, line: line.trim() }))
        .filter(({ line }) => !line.startsWith('//') && !line.startsWith('*'))
        .filter(({ line }) => INLINE_MESSAGE.some((pattern) => pattern.test(line))),
    );
    expect(inline, 'move these messages to a code in messages-fields.ts or messages-server.ts').toEqual([]);
  });

  it('are all different, so each Italian text names one code', () => {
    const values = Object.values(MESSAGES_IT).map((text) => (typeof text === 'string' ? text : text.toString()));
    expect(new Set(values).size).toBe(values.length);
  });

  it('travel as tokens that read back to the same code and parameters', () => {
    expect(readToken(MESSAGES.istatCode)).toEqual({ code: 'istatCode', params: {} });
    expect(readToken(token('tooLong', { max: 200 }))).toEqual(appMessage('tooLong', { max: 200 }));
    expect(readToken(token('service.notFound', { comune: 'Crema', service: 'a b "c"' }))).toEqual({
      code: 'service.notFound',
      params: { comune: 'Crema', service: 'a b "c"' },
    });
    // zod's own words (a schema that gave no message) are not shown as they are
    expect(readToken('Invalid input: expected string')).toEqual({ code: 'valueInvalid', params: {} });
    expect(readToken('tooLong {not json')).toEqual({ code: 'valueInvalid', params: {} });
    expect(italianText(token('catalogue.pageNotFound', { page: Number.NaN, last: 1 }))).toBe(
      'Pagina NaN inesistente: il catalogo ha le pagine da 1 a 1',
    );
  });

  it('say their Italian text with the parameters interpolated', () => {
    expect(italianText(token('tooLong', { max: 200 }))).toBe('Testo troppo lungo (massimo 200 caratteri)');
    expect(italianText(appMessage('import.hasErrors', { count: 1 }))).toBe(
      'Il file ha 1 errore: correggi e ripeti l’anteprima. Nulla è stato importato',
    );
    expect(italianText(appMessage('csv.tooManyRows', { rows: 123456, max: 100000 }))).toBe(
      'Troppe righe: 123.456 (al più 100.000); dividi il file',
    );
    expect(italianText(appMessage('version.stale', { actor: '', at: '' }))).toBe(
      'Modificato da un altro utente — ricarica la pagina',
    );
  });
});
