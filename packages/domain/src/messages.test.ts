import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MESSAGE_TEMPLATES, MESSAGES } from './messages';

const here = fileURLToPath(new URL('.', import.meta.url));
const sources = readdirSync(here).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts') && f !== 'messages.ts');

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
    expect(inline, 'move these messages to MESSAGES or MESSAGE_TEMPLATES in messages.ts').toEqual([]);
  });

  it('are all different, so each Italian text names one message', () => {
    const values = Object.values(MESSAGES);
    expect(new Set(values).size).toBe(values.length);
  });

  it('templates only interpolate their values', () => {
    for (const [key, template] of Object.entries(MESSAGE_TEMPLATES)) {
      const text = (template as (...values: string[]) => string)('«A»', '«B»');
      expect(text, key).toContain('«A»');
    }
  });
});
