import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDb, type Db } from '@switchoff/db';
import { describe, expect, it } from 'vitest';
import { folder, runCliOn } from './cli-data.testing';

const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../packages/db/src/national/fixtures/${name}`, import.meta.url));

const cli = (db: Db, argv: string[]) => runCliOn(() => db, argv, { databasePath: join(folder(), 'unused.db') });

const applications = (db: Db) => db.$client.prepare('SELECT count(*) FROM pnrr_applications').pluck().get();

describe('pnpm switchoff import padigitale2026', () => {
  const files = ['--file', fixture('candidature-145.csv'), '--file', fixture('candidature-131-asl.csv')];

  it('previews with --dry-run, then imports, prints counts and how a row without a code was filed; again changes nothing', async () => {
    const db = createDb(':memory:');
    const dry = await cli(db, ['import', 'padigitale2026', ...files, '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.out).toContain('Applications: 3 new, 0 changed (0 state changes), 0 unchanged');
    expect(dry.out).toContain('unmatched: 0;');
    expect(dry.out).toContain(
      'no cod_comune candidature-145.csv line 4 (Albaredo Arnaboldi): filed under 018026, by its name in the province',
    );
    expect(dry.out).toContain('rows of other bodies left out: 1');
    expect(dry.out).toContain('Dry run: nothing was written.');
    expect(applications(db)).toBe(0);

    const done = await cli(db, ['import', 'padigitale2026', ...files]);
    expect(done.out).toContain('Imported.');
    expect(applications(db)).toBe(3);

    const again = await cli(db, ['import', 'padigitale2026', ...files]);
    expect(again.out).toContain('0 new, 0 changed (0 state changes), 3 unchanged');
    expect(again.out).toContain('Nothing to write.');
  });

  it('refuses a missing file, a bad snapshot date and no --file, writing nothing', async () => {
    const db = createDb(':memory:');
    expect((await cli(db, ['import', 'padigitale2026'])).err).toContain('Missing --file');
    expect((await cli(db, ['import', 'padigitale2026', ...files, '--snapshot', '22/08/2026'])).err).toContain(
      '--snapshot must be a date',
    );
    const missing = await cli(db, ['import', 'padigitale2026', '--file', 'nope.csv']);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('nope.csv: file not found');
  });
});
