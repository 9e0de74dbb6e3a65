// The server under load, in its own process so its memory is its own: createApp on the bench
// database, on a free loopback port. Tells the parent its port, then its RSS every 100 ms.
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { createDb } from '@switchoff/db';
import { createApp } from '@switchoff/server/src/app';

const [dbPath, today] = process.argv.slice(2);
if (dbPath === undefined || today === undefined || process.send === undefined) {
  throw new Error('server-child: run by the bench with <db> <today> and an IPC channel');
}
const send = (message: object) => process.send?.(message);

/**
 * The peak RSS of this process since it started: Linux's VmHWM. Not getrusage's maxRSS, which
 * on Linux keeps the RSS of the forking parent across exec (gigabytes after a generation).
 * Null elsewhere: the parent then relies on its samples.
 */
function highWaterRss(): number | null {
  try {
    const kib = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync('/proc/self/status', 'utf8'))?.[1];
    return kib === undefined ? null : Number(kib) * 1024;
  } catch {
    return null;
  }
}
const db = createDb(dbPath);
const server = createApp({ db, today: () => today }).listen(0, '127.0.0.1', () => {
  send({ type: 'ready', port: (server.address() as AddressInfo).port });
});
const sampler = setInterval(() => send({ type: 'rss', rss: process.memoryUsage().rss }), 100);
process.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(sampler);
  send({ type: 'peak', maxRss: highWaterRss() });
  server.close(() => {
    db.$client.close();
    process.disconnect();
  });
});
