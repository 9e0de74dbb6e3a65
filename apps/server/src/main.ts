import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createDb } from '@switchoff/db';
import { isDatabaseEmpty, seedDemo } from '@switchoff/db/seed';
import { lastCompleteMonth, todayIso } from '@switchoff/domain/months';
import { createApp } from './app';
import { databasePath, demoAccountsRequested, openDataLicence, operatorSlug, publicUrl, trustProxySetting } from './config';
import { describeDemoAccounts, disableDemoAccounts, enableDemoAccounts } from '@switchoff/api/auth/demo-accounts';

const port = Number(process.env.PORT ?? 3000);
const dbPath = databasePath();
// Settings first: a wrong licence or address stops the server before it opens anything.
const licence = openDataLicence();
const publicUrlSetting = publicUrl();
const webDir =
  process.env.SWITCHOFF_WEB_DIR ??
  join(dirname(createRequire(import.meta.url).resolve('@switchoff/web/package.json')), 'dist');

const db = createDb(dbPath);
if (isDatabaseEmpty(db)) {
  const today = todayIso();
  const summary = seedDemo(db, { until: lastCompleteMonth(today), today });
  console.log(`Demo data loaded into ${dbPath} (illustrative figures):`, summary);
}

if (demoAccountsRequested(process.argv.slice(2))) {
  if (await enableDemoAccounts(db)) {
    for (const line of describeDemoAccounts()) console.log(line);
  } else {
    console.warn('Demo accounts not created: the database does not hold the demo consortium.');
  }
} else {
  const disabled = disableDemoAccounts(db, new Date());
  if (disabled.length) console.log(`Demo accounts disabled outside demo mode: ${disabled.join(', ')}`);
}

const server = createApp({
  db,
  webDir,
  trustProxy: trustProxySetting(process.env.TRUST_PROXY),
  licence,
  publicUrl: publicUrlSetting,
  operator: operatorSlug(),
}).listen(port, () => {
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
