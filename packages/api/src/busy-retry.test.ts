import { createDb } from '@switchoff/db';
import { describe, expect, it } from 'vitest';
import { retryWhileBusy } from './busy-retry';

type Outcome = { ok: boolean };
const busy: Outcome = { ok: false };
const done: Outcome = { ok: true };

describe('a call the database refused as busy', () => {
  const db = createDb(':memory:');
  db.$client.exec('CREATE TABLE written (n INTEGER)');
  const isBusy = (outcome: Outcome) => !outcome.ok;

  /** retryWhileBusy with an attempt that answers `answer(n)` on its n-th run: the outcome and how many runs. */
  async function retried(budgetMs: number, answer: (attempt: number) => Outcome, readOnly = false) {
    let attempts = 0;
    const outcome = await retryWhileBusy({
      db,
      budgetMs,
      attempt: async () => {
        attempts += 1;
        return answer(attempts);
      },
      isBusy,
      readOnly,
    });
    return { outcome, attempts };
  }

  it('runs again until the database lets it through', async () => {
    const { outcome, attempts } = await retried(5_000, (n) => (n < 3 ? busy : done));
    expect(outcome).toBe(done);
    expect(attempts).toBe(3);
  });

  it('gives the busy outcome once the budget has passed', async () => {
    const { outcome, attempts } = await retried(60, () => busy);
    expect(outcome).toBe(busy);
    expect(attempts).toBeGreaterThan(1);
  });

  it('is not run twice once it has written something', async () => {
    const { outcome, attempts } = await retried(5_000, (n) => {
      db.$client.prepare('INSERT INTO written VALUES (?)').run(n);
      return busy;
    });
    expect(outcome).toBe(busy);
    expect(attempts).toBe(1);
    expect(db.$client.prepare('SELECT count(*) FROM written').pluck().get()).toBe(1);
  });

  it('runs a read again without counting changed rows, until the database lets it through', async () => {
    const { outcome, attempts } = await retried(5_000, (n) => (n < 3 ? busy : done), true);
    expect(outcome).toBe(done);
    expect(attempts).toBe(3);
  });
});
