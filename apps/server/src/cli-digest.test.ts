import { createTestWorld } from '@switchoff/api/testing';
import { describe, expect, it } from 'vitest';
import type { DataCliContext } from './cli-data';
import { runDigest } from './cli-digest';
import { startTestSmtp } from './mail/smtp-testing';

function context(db: ReturnType<typeof createTestWorld>['db']) {
  const out: string[] = [];
  const ctx: DataCliContext = {
    out: (line) => out.push(line),
    err: (line) => out.push(line),
    openDb: () => db,
    databasePath: ':memory:',
    now: () => new Date('2024-07-15T08:00:00Z'),
    cwd: process.cwd(),
  };
  return { ctx, out };
}

const ENV = { SWITCHOFF_PUBLIC_URL: 'https://switchoff.example.it' };

describe('pnpm switchoff digest', () => {
  it('--dry-run prints what each account following the comune would receive, and writes nothing', async () => {
    const { db } = createTestWorld({ withPeople: true });
    const { ctx, out } = context(db);
    expect(await runDigest(['--dry-run', '--comune', '019002'], ctx, ENV)).toBe(0);
    const text = out.join('\n');
    expect(text).toContain(
      '=== To: Consigliere di Beta <councilb@test.it> (it)\nSubject: Riepilogo di giugno 2024: Beta',
    );
    expect(text).toContain('=== To: Editor del Consorzio Test <editor1@test.it> (it)');
    expect(text).not.toContain('councila@test.it');
    expect(text).toContain('Traguardi in ritardo\n- Beta in ritardo: prevista il 1 febbraio 2024');
    expect(text).toContain('2 digests would be sent (nothing written).');
    expect(db.$client.prepare('SELECT count(*) AS n FROM outbox').get()).toEqual({ n: 0 });
  });

  it('--send sends them now through SMTP_URL, once a day', async () => {
    const { db } = createTestWorld({ withPeople: true });
    const smtp = await startTestSmtp();
    try {
      const env = { ...ENV, SMTP_URL: smtp.url };
      const { ctx, out } = context(db);
      expect(await runDigest(['--send'], ctx, env)).toBe(0);
      expect(out).toEqual(['4 digests written to the outbox; 4 sent, 0 to retry.']);
      expect(smtp.inbox.flatMap((m) => m.to).sort()).toEqual([
        'councila@test.it',
        'councilb@test.it',
        'editor1@test.it',
        'editor2@test.it',
      ]);
      expect(await runDigest(['--send'], ctx, env)).toBe(0);
      expect(smtp.inbox).toHaveLength(4);
    } finally {
      await smtp.close();
    }
  });

  it('refuses --send without SMTP_URL, and bad arguments, writing nothing', async () => {
    const { db } = createTestWorld({ withPeople: true });
    const { ctx } = context(db);
    await expect(runDigest(['--send'], ctx, ENV)).rejects.toThrow('SMTP_URL is not set');
    await expect(runDigest([], ctx, ENV)).rejects.toThrow('Give either --dry-run or --send');
    await expect(runDigest(['--dry-run', '--comune', '19'], ctx, ENV)).rejects.toThrow('ISTAT code of 6 digits');
    await expect(runDigest(['--dry-run', '--comune', '999999'], ctx, ENV)).rejects.toThrow('999999');
    expect(db.$client.prepare('SELECT count(*) AS n FROM outbox').get()).toEqual({ n: 0 });
  });
});
