import { describe, expect, it } from 'vitest';
import { parseQuoted, splitPlain } from './csv-read';

// Files without quotes are split by hand (fast); with quotes, csv-parse reads them. Both must
// give the same records and lines for any quote-free file.
describe('reading a CSV without quotes', () => {
  it('gives what csv-parse gives, line for line', () => {
    const separators = [';', ',', '\t'] as const;
    let seed = 7;
    const random = () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed / 0x7fffffff;
    };
    const pieces = ['a', 'mensa', '12', '1.234,5', ' ', '', '  x ', 'à', 'marzo 2024', '019081', "l'aquila", '€ 3'];
    for (let n = 0; n < 2000; n += 1) {
      const separator = separators[n % 3] ?? ';';
      const lines: string[] = [];
      const count = 1 + Math.floor(random() * 8);
      for (let l = 0; l < count; l += 1) {
        const kind = random();
        if (kind < 0.1) lines.push('');
        else if (kind < 0.15) lines.push('   ');
        else
          lines.push(
            Array.from(
              { length: 1 + Math.floor(random() * 5) },
              () => pieces[Math.floor(random() * pieces.length)],
            ).join(separator),
          );
      }
      const body = `${lines.join('\n')}${random() < 0.5 ? '\n' : ''}${random() < 0.2 ? '\n\n' : ''}`;
      expect(splitPlain(body, separator), JSON.stringify(body)).toEqual(parseQuoted(body, separator));
    }
  });
});
