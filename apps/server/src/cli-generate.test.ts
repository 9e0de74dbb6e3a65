import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createDb } from '@switchoff/db';
import { describe, expect, it } from 'vitest';
import { runCliOn } from './cli-data.testing';

/** The CLI in process in `cwd`, with no server database to open. */
const cli = (argv: string[], cwd: string) =>
  runCliOn(
    () => {
      throw new Error('generate must not open the server’s database');
    },
    argv,
    { now: () => new Date('2026-11-27T10:00:00Z'), databasePath: join(cwd, 'server.db'), cwd },
  );

describe('pnpm switchoff generate', () => {
  it('fills a new file with the first comuni, says how it goes, and leaves what the bench reads beside it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchoff-generate-'));
    const run = await cli(['generate', '--comuni', '5', '--months', '3', '--db', 'scala.db'], dir);
    expect(run.code).toBe(0);
    expect(run.out).toContain(`Generated ${join(dir, 'scala.db')}: figures 2026-08 … 2026-10, today 2026-11-27`);
    expect(run.out).toContain('comuni: 5');
    expect(run.err).toContain('done: 5/5 comuni');
    const meta = JSON.parse(readFileSync(join(dir, 'scala.db.json'), 'utf8')) as {
      comuni: number;
      months: number;
      summary: { rows: { services: number } };
    };
    expect(meta).toMatchObject({ comuni: 5, months: 3, summary: { rows: { services: 200 } } });
    const db = createDb(join(dir, 'scala.db'));
    expect(db.$client.prepare('SELECT count(*) FROM service_status').pluck().get()).toBe(200);
    db.$client.close();

    const again = await cli(['generate', '--comuni', '5', '--months', '3', '--db', 'scala.db'], dir);
    expect(again).toMatchObject({ code: 1 });
    expect(again.err).toContain('already exists');
    expect((await cli(['generate', '--comuni', '2', '--months', '1', '--db', 'scala.db', '--force'], dir)).code).toBe(
      0,
    );
  }, 60_000);

  it('refuses bad arguments before it writes anything', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchoff-generate-'));
    expect((await cli(['generate', '--comuni', '5'], dir)).err).toContain('Missing --db');
    expect((await cli(['generate', '--comuni', 'molti', '--db', 'x.db'], dir)).err).toContain('--comuni must be');
    expect((await cli(['generate', '--db', 'server.db'], dir)).err).toContain('server’s own');
    expect((await cli(['generate', '--db', 'y.db', '--months', '500'], dir)).err).toContain('figures can start');
    expect(existsSync(join(dir, 'x.db'))).toBe(false);
    expect(existsSync(join(dir, 'y.db'))).toBe(false);
  });
});
