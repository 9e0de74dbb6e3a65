import { enqueueDigests, enqueueLateAlerts } from '@switchoff/api/server';
import type { Db } from '@switchoff/db';
import { todayIso } from '@switchoff/domain';
import { type SenderOptions, sendDueEmails } from './sender';

/**
 * The periodic check: late milestones (alerts) and the month's digests, written into the
 * outbox. Both are keyed, so running it every hour, or twice, writes each message once.
 */
export function runPeriodicChecks(db: Db, today: string): { alerts: number; digests: number } {
  return { alerts: enqueueLateAlerts(db, { today }), digests: enqueueDigests(db, { today, scheduled: true }) };
}

export type MailLoopOptions = SenderOptions & {
  today?: () => string;
  /** How often due messages are looked for (retries wait their backoff on top). */
  sendEveryMs?: number;
  /** How often the periodic check runs. */
  checkEveryMs?: number;
  log?: (line: string) => void;
};

/**
 * Sends the outbox in the background: every `sendEveryMs` the due messages, every `checkEveryMs`
 * the periodic check first. One round at a time; an error is logged and the next round tries
 * again. The timer does not keep the process alive.
 */
export function startMailLoop(options: MailLoopOptions): { stop: () => Promise<void> } {
  const today = options.today ?? (() => todayIso());
  const log = options.log ?? ((line: string) => console.log(line));
  const checkEveryMs = options.checkEveryMs ?? 60 * 60_000;
  let lastCheck = Number.NEGATIVE_INFINITY;
  let running: Promise<void> | null = null;
  const round = async () => {
    if (Date.now() - lastCheck >= checkEveryMs) {
      lastCheck = Date.now();
      const written = runPeriodicChecks(options.db, today());
      if (written.alerts + written.digests > 0) {
        log(`Email: ${written.alerts} alerts and ${written.digests} digests written to the outbox`);
      }
    }
    const result = await sendDueEmails(options);
    if (result.sent + result.failed > 0) log(`Email: ${result.sent} sent, ${result.failed} to retry`);
  };
  const tick = () => {
    if (running !== null) return;
    running = round()
      .catch((error: unknown) => log(`Email: round failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        running = null;
      });
  };
  const timer = setInterval(tick, options.sendEveryMs ?? 30_000);
  timer.unref();
  tick();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
