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

  it('runs again until the database lets it through', async () => {
    let attempts = 0;
    const outcome = await retryWhileBusy({
      db,
      budgetMs: 5_000,
      attempt: async () => {
        attempts += 1;
        return attempts < 3 ? busy : done;
      },
      isBusy,
    });
    expect(outcome).toBe(done);
    expect(attempts).toBe(3);
  });

  it('gives the busy outcome once the budget has passed', async () => {
    let attempts = 0;
    const outcome = await retryWhileBusy({
      db,
      budgetMs: 60,
      attempt: async () => {
        attempts += 1;
        return busy;
      },
      isBusy,
    });
    expect(outcome).toBe(busy);
    expect(attempts).toBeGreaterThan(1);
  });

  it('is not run twice once it has written something', async () => {
    let attempts = 0;
    const outcome = await retryWhileBusy({
      db,
      budgetMs: 5_000,
      attempt: async () => {
        attempts += 1;
        db.$client.prepare('INSERT INTO written VALUES (?)').run(attempts);
        return busy;
      },
      isBusy,
    });
    expect(outcome).toBe(busy);
    expect(attempts).toBe(1);
    expect(db.$client.prepare('SELECT count(*) FROM written').pluck().get()).toBe(1);
  });
});
