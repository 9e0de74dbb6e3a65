import { createDb, holdsDemo, installationMode, isDatabaseEmpty, schema } from '@switchoff/db';
import { describe, expect, it } from 'vitest';
import { demoRequest } from './config';
import { prepareStartMode } from './start-mode';

describe('the two ways to start', () => {
  it('reads --no-demo and SWITCHOFF_DEMO', () => {
    expect(demoRequest([], {})).toBe('default');
    expect(demoRequest(['--no-demo'], {})).toBe('off');
    expect(demoRequest([], { SWITCHOFF_DEMO: '0' })).toBe('off');
    expect(demoRequest([], { SWITCHOFF_DEMO: '1' })).toBe('on');
    expect(() => demoRequest([], { SWITCHOFF_DEMO: 'maybe' })).toThrow('SWITCHOFF_DEMO must be 1 or 0');
  });

  it('a new database gets the demo, marked as such, unless asked for a real installation', async () => {
    const demo = createDb(':memory:');
    const lines = await prepareStartMode(demo, 'default', 'demo.db');
    expect(lines[0]).toContain('Demo data loaded into demo.db');
    expect(installationMode(demo)).toBe('demo');
    expect(
      demo
        .select()
        .from(schema.consortia)
        .all()
        .map((c) => c.demo),
    ).toEqual([true]);
    // Started again, nothing is added; a real installation is refused on it.
    expect(await prepareStartMode(demo, 'default', 'demo.db')).toEqual([]);
    await expect(prepareStartMode(demo, 'off', 'demo.db')).rejects.toThrow('demo.db holds the demo');
  });

  it('a real installation starts empty and never receives the demo', async () => {
    const db = createDb(':memory:');
    expect((await prepareStartMode(db, 'off', 'real.db'))[0]).toContain('pnpm switchoff init');
    expect(installationMode(db)).toBe('real');
    // Started later without --no-demo: still real and empty.
    await prepareStartMode(db, 'default', 'real.db');
    expect(isDatabaseEmpty(db)).toBe(true);
    await expect(prepareStartMode(db, 'on', 'real.db')).rejects.toThrow(
      'The demo was not loaded into real.db: this is a real installation',
    );
    // A database holding a real consortium refuses the demo whatever its recorded mode.
    const other = createDb(':memory:');
    other.insert(schema.consortia).values({ slug: 'vero', name: 'Vero', ipaCode: 'vero', city: 'Lodi' }).run();
    await expect(prepareStartMode(other, 'on', 'other.db')).rejects.toThrow('the demo is never added to it');
    expect(holdsDemo(other)).toBe(false);
  });
});
