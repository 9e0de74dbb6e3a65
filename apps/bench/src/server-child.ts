// The server under load, in its own process so its memory is its own: createApp on the bench
// database, on a free loopback port. Tells the parent its port, then its RSS every 100 ms.
import type { AddressInfo } from 'node:net';
import { createDb } from '@switchoff/db';
import { createApp } from '@switchoff/server/src/app';

const [dbPath, today] = process.argv.slice(2);
if (dbPath === undefined || today === undefined || process.send === undefined) {
  throw new Error('server-child: run by the bench with <db> <today> and an IPC channel');
}
const send = (message: object) => process.send?.(message);
const db = createDb(dbPath);
const server = createApp({ db, today: () => today }).listen(0, '127.0.0.1', () => {
  send({ type: 'ready', port: (server.address() as AddressInfo).port });
});
const sampler = setInterval(() => send({ type: 'rss', rss: process.memoryUsage().rss }), 100);
process.on('message', (message) => {
  if (message !== 'stop') return;
  clearInterval(sampler);
  // maxRSS is in kibibytes: the peak of the whole life of the process.
  send({ type: 'peak', maxRss: process.resourceUsage().maxRSS * 1024 });
  server.close(() => {
    db.$client.close();
    process.disconnect();
  });
});
