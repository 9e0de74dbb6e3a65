import { describe, expect, it } from 'vitest';
import { publishDemo, workerCount } from './config';

describe('workerCount (SWITCHOFF_WORKERS)', () => {
  it('is one process per core unless set', () => {
    expect(workerCount({}, 2)).toBe(2);
    expect(workerCount({ SWITCHOFF_WORKERS: '' }, 8)).toBe(8);
    expect(workerCount({}, 0)).toBe(1);
  });

  it('takes a whole number from 1, and stops the server on anything else', () => {
    expect(workerCount({ SWITCHOFF_WORKERS: '1' }, 4)).toBe(1);
    expect(workerCount({ SWITCHOFF_WORKERS: ' 3 ' }, 4)).toBe(3);
    for (const wrong of ['0', '-1', '1.5', 'due'])
      expect(() => workerCount({ SWITCHOFF_WORKERS: wrong }, 4)).toThrow(/SWITCHOFF_WORKERS/);
  });
});

describe('publishDemo (SWITCHOFF_PUBLISH_DEMO)', () => {
  it('publishes the demo in the catalogue only when set to 1, and stops on anything else', () => {
    expect(publishDemo({})).toBe(false);
    expect(publishDemo({ SWITCHOFF_PUBLISH_DEMO: '0' })).toBe(false);
    expect(publishDemo({ SWITCHOFF_PUBLISH_DEMO: ' 1 ' })).toBe(true);
    expect(() => publishDemo({ SWITCHOFF_PUBLISH_DEMO: 'sì' })).toThrow('SWITCHOFF_PUBLISH_DEMO must be 1 or 0: "sì"');
  });
});
