import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { createDb, type Db } from '@switchoff/db';
import { openJobStore } from '@switchoff/db/jobs';
import { runCluster } from './cluster';
import {
  databasePath,
  demoAccountsRequested,
  demoRequest,
  openDataLicence,
  operatorSlug,
  publicUrl,
  publishDemo,
  trustProxySetting,
  workerCount,
} from './config';
import { loopDelayRequested, reportLoopDelayOnSignal } from './loop-delay';
import { mailSettings } from './mail/mail-config';
import { startMailer } from './mail/start-mailer';
import { prepareStartMode, StartModeError } from './start-mode';
import { describeStartupError } from './startup-errors';

const port = Number(process.env.PORT ?? 3000);
const dbPath = databasePath();
// Settings first: a wrong licence, address or worker count stops the server before it opens anything.
const licence = openDataLicence();
const publicUrlSetting = publicUrl();
const publishDemoSetting = publishDemo();
const workers = workerCount();
const mail = mailSettings();
const demo = demoRequest(process.argv.slice(2));
const webDir =
  process.env.SWITCHOFF_WEB_DIR ??
  join(dirname(createRequire(import.meta.url).resolve('@switchoff/web/package.json')), 'dist');

/** The database the primary set up, served from directly when there is a single worker. */
let opened: Db | null = null;

// What each process loads is imported where it is needed: the primary never loads the web
// application, and the workers never load the demo seed (with its list of every comune).
await runCluster({
  workers,
  // Once, before any worker opens the file: migrations (createDb), the demo, demo accounts.
  setup: async () => {
    const db = createDb(dbPath);
    for (const line of await prepareStartMode(db, demo, dbPath)) console.log(line);
    // Every comune of Italy and its PNRR measures, from the data the project ships (first start).
    const { describeRegistryChanges, loadShippedNational } = await import('@switchoff/db/national');
    // A registry loaded before (an installation of last month) is brought up to the shipped one.
    const national = loadShippedNational(db);
    if (national.registry !== null) for (const line of describeRegistryChanges(national.registry)) console.log(line);
    console.log(
      `National data: ${national.comuni} comuni, ${national.applications} PNRR applications (PA digitale 2026, CC BY 4.0)`,
    );
    const { describeDemoAccounts, disableDemoAccounts, enableDemoAccounts } = await import(
      '@switchoff/api/demo-accounts'
    );
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
    startMailer(dbPath, mail);
    // The job store's file is made here, in WAL mode, before the workers open it: two workers
    // making it at once could not both switch it to WAL, and one failed to start (3 starts in 40).
    openJobStore(dbPath).close();
    if (workers > 1) db.$client.close();
    else opened = db;
  },
  serve: async () => {
    if (loopDelayRequested()) reportLoopDelayOnSignal();
    const { createApp } = await import('./app');
    const { jobWorkerFile, threadedJobRunner } = await import('./job-threads');
    const db = opened ?? createDb(dbPath);
    const server = createApp({
      db,
      webDir,
      trustProxy: trustProxySetting(process.env.TRUST_PROXY),
      licence,
      publicUrl: publicUrlSetting,
      operator: operatorSlug(),
      publishDemo: publishDemoSetting,
      // Imports run in worker threads, from job-worker.js beside this file (main.js when built).
      jobs: threadedJobRunner(db, jobWorkerFile(import.meta.url)),
    }).listen(port);
    return { server, close: () => db.$client.close() };
  },
  describeFailure: (error) =>
    error instanceof StartModeError ? error.message : describeStartupError(error, { dbPath, port }),
  onListening: (actual) => {
    const processes = workers > 1 ? `, ${workers} workers` : '';
    console.log(`Switch-off listening on http://localhost:${actual} (database ${dbPath}${processes})`);
  },
});
