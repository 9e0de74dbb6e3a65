import { type Db, decideInstallation, demoRefusal, holdsDemo, installationMode, isDatabaseEmpty } from '@switchoff/db';
import { lastCompleteMonth, todayIso } from '@switchoff/domain';

/** Why the server refuses to start in the mode asked (the demo on real data, and the reverse). */
export class StartModeError extends Error {
  override name = 'StartModeError';
}

export const INIT_HINT =
  'pnpm switchoff init --consortium <slug> --name "<name>" --ipa <IPA code> --city <city> --email <contact> --admin-email <email>';

/**
 * Decides, before any worker starts, what a start does with the database: a new one gets the
 * demo unless `--no-demo` (SWITCHOFF_DEMO=0) asked for a real installation, which starts empty
 * and stays real on every later start. Returns the lines to print; throws StartModeError when
 * the demo is asked for on real data, or a real installation on the demo's database.
 */
export async function prepareStartMode(db: Db, request: 'on' | 'off' | 'default', dbPath: string): Promise<string[]> {
  const mode = installationMode(db);
  if (request === 'off') {
    if (holdsDemo(db))
      throw new StartModeError(
        `${dbPath} holds the demo: a real installation starts on a new database (set SWITCHOFF_DB to a new file)`,
      );
    if (mode === null) decideInstallation(db, 'real');
    return isDatabaseEmpty(db) ? [`Real installation, no demo: set it up with ${INIT_HINT}`] : [];
  }
  const refusal = demoRefusal(db);
  if (request === 'on' && refusal !== null)
    throw new StartModeError(`The demo was not loaded into ${dbPath}: ${refusal}`);
  if (mode !== null || !isDatabaseEmpty(db)) {
    if (mode === 'real' && isDatabaseEmpty(db)) return [`Real installation, still empty: set it up with ${INIT_HINT}`];
    return [];
  }
  const { seedDemo } = await import('@switchoff/db/seed');
  const today = todayIso();
  const summary = seedDemo(db, { until: lastCompleteMonth(today), today });
  return [
    `Demo data loaded into ${dbPath} (illustrative figures): ${JSON.stringify(summary)}`,
    'For a real installation start on a new database with: pnpm start --no-demo',
  ];
}
