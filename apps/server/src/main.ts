import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { createDb } from '@switchoff/db';
import { isDatabaseEmpty, seedDemo } from '@switchoff/db/seed';
import { lastCompleteMonth, todayIso } from '@switchoff/domain/months';
import { createApp } from './app';

const port = Number(process.env.PORT ?? 3000);
const dbPath = resolve(process.env.SWITCHOFF_DB ?? 'data/switchoff.db');
const webDir =
  process.env.SWITCHOFF_WEB_DIR ??
  join(dirname(createRequire(import.meta.url).resolve('@switchoff/web/package.json')), 'dist');

const db = createDb(dbPath);
if (isDatabaseEmpty(db)) {
  const today = todayIso();
  const summary = seedDemo(db, { until: lastCompleteMonth(today), today });
  console.log(`Demo data loaded into ${dbPath} (illustrative figures):`, summary);
}

const server = createApp({ db, webDir }).listen(port, () => {
  const address = server.address();
  const actual = typeof address === 'object' && address ? address.port : port;
  console.log(`Switch-off listening on http://localhost:${actual} (database ${dbPath})`);
});

function shutdown() {
  server.close(() => {
    db.$client.close();
    process.exit(0);
  });
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
