import { appMessage, MESSAGES_IT, type MessageCode, token } from '@switchoff/domain';
import { describe, expect, it } from 'vitest';
import { MESSAGE_CATALOGUES, MESSAGES_EN, sayMessage } from './app-messages';

const NUMBER_KEYS = new Set([
  'count',
  'expected',
  'found',
  'id',
  'last',
  'length',
  'line',
  'max',
  'mb',
  'min',
  'minutes',
  'page',
  'rows',
]);
const DATE_KEYS = new Set(['at', 'retryAt']);

/** Parameters that remember which keys a text read, each with a value easy to find in the text. */
function sampleParams() {
  const read = new Set<string>();
  const params = new Proxy({} as Record<string, string | number>, {
    get: (_target, key) => {
      if (typeof key !== 'string') return undefined;
      read.add(key);
      if (DATE_KEYS.has(key)) return '2024-07-15T08:12:00Z';
      if (key === 'month') return '2024-05';
      return NUMBER_KEYS.has(key) ? 7 : `«${key}»`;
    },
  });
  return { params, read };
}

function say(text: unknown, params: Record<string, string | number>): string {
  return typeof text === 'function' ? (text as (p: typeof params) => string)(params) : String(text);
}

const codes = Object.keys(MESSAGES_IT) as MessageCode[];

describe('the codes of the API and the domain in both languages', () => {
  it('has an Italian and an English text for every code, and no English text for a code that is gone', () => {
    expect(Object.keys(MESSAGES_EN).sort()).toEqual([...codes].sort());
    expect(codes.length).toBeGreaterThan(100);
  });

  it.each(codes)('%s: says it in each language with its parameters interpolated', (code) => {
    const italian = sampleParams();
    const english = sampleParams();
    const it = say(MESSAGES_IT[code], italian.params);
    const en = say(MESSAGES_EN[code], english.params);
    expect(it.trim()).not.toBe('');
    expect(en.trim()).not.toBe('');
    expect(en, 'the English text is not the Italian one').not.toBe(it);
    // Both languages name the same values, and each value shows in the text.
    expect([...english.read].sort()).toEqual([...italian.read].sort());
    for (const key of italian.read) {
      if (DATE_KEYS.has(key)) continue;
      // A month may be written out ("maggio 2024", "May 2024"): its year shows.
      const value = NUMBER_KEYS.has(key) ? '7' : key === 'month' ? '2024' : `«${key}»`;
      expect(it, key).toContain(value);
      expect(en, key).toContain(value);
    }
  });

  it('translates by code whether the message came as an object or as a token', () => {
    const message = appMessage('service.notFound', { comune: 'Crema', service: 'piscina' });
    expect(sayMessage(message, 'it')).toBe('Il comune di Crema non ha un servizio "piscina"');
    expect(sayMessage(message, 'en')).toBe('The comune of Crema has no service "piscina"');
    expect(sayMessage(token('tooLong', { max: 200 }), 'en')).toBe('Text too long (at most 200 characters)');
    expect(sayMessage(appMessage('version.stale', { actor: '', at: '2024-07-15T08:12:00Z' }), 'en')).toBe(
      'Changed by another user on 15 July 2024 at 10:12 — reload the page',
    );
    expect(Object.keys(MESSAGE_CATALOGUES)).toEqual(['it', 'en']);
  });
});
