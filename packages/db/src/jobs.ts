import Database from 'better-sqlite3';

/**
 * Long writes (CSV imports, restores) as jobs, in a small SQLite file of their own beside the
 * database (`<database>.jobs`). Not in the database itself: a job's progress must be readable by
 * every server process while the job's own transaction holds the database's write lock (a
 * reader sees the last commit, never the rows of a transaction still open), and one job at a
 * time must be decided across processes (the server's workers, the CLI) before that lock is taken.
 */
export type JobStore = Database.Database;

export type JobStatus = 'running' | 'done' | 'failed';

/** A job as stored; `result` and `error` are JSON. */
export type JobRow = {
  id: string;
  kind: string;
  label: string;
  ownerId: number | null;
  ownerName: string;
  status: JobStatus;
  phase: string;
  done: number;
  total: number;
  result: string | null;
  error: string | null;
  pid: number;
  startedAt: string;
  updatedAt: string;
  finishedAt: string | null;
};

const COLUMNS = `id, kind, label, owner_id AS ownerId, owner_name AS ownerName, status, phase, done, total,
  result, error, pid, started_at AS startedAt, updated_at AS updatedAt, finished_at AS finishedAt`;

/** Finished jobs are kept this long (their outcome read by the screen or the CLI that started them). */
const KEEP_FINISHED_MS = 7 * 24 * 3600 * 1000;

/** Where the jobs of the database at `path` are kept; in memory for an in-memory database. */
export function jobStorePath(path: string): string {
  return path === ':memory:' || path === '' ? ':memory:' : `${path}.jobs`;
}

/** Opens (or creates) the job store of the database at `path`. */
export function openJobStore(path: string): JobStore {
  const store = new Database(jobStorePath(path));
  store.pragma('journal_mode = WAL');
  store.pragma('busy_timeout = 5000');
  store.exec(`CREATE TABLE IF NOT EXISTS jobs (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    label TEXT NOT NULL,
    owner_id INTEGER,
    owner_name TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('running', 'done', 'failed')),
    phase TEXT NOT NULL,
    done INTEGER NOT NULL DEFAULT 0,
    total INTEGER NOT NULL DEFAULT 0,
    result TEXT,
    error TEXT,
    pid INTEGER NOT NULL,
    started_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    finished_at TEXT
  ) STRICT`);
  store.exec(`CREATE TABLE IF NOT EXISTS plans (
    key TEXT PRIMARY KEY,
    body TEXT NOT NULL,
    kept_at TEXT NOT NULL
  ) STRICT`);
  return store;
}

/** How long a previewed import's plan waits for its commit (a person reads the preview, then applies). */
const KEEP_PLAN_MS = 30 * 60 * 1000;

/**
 * Keeps what a preview worked out (`body`, the API's JSON) under `key` for the commit that
 * follows, in whichever process or thread that runs; plans older than KEEP_PLAN_MS go.
 */
export function keepPlan(store: JobStore, key: string, body: string, now: Date): void {
  store.transaction(() => {
    store.prepare('DELETE FROM plans WHERE kept_at < ?').run(new Date(now.getTime() - KEEP_PLAN_MS).toISOString());
    store
      .prepare('INSERT OR REPLACE INTO plans (key, body, kept_at) VALUES (?, ?, ?)')
      .run(key, body, now.toISOString());
  })();
}

/** The plan kept under `key`, removed from the store (a plan serves one commit), or undefined. */
export function takePlan(store: JobStore, key: string): string | undefined {
  return store.transaction(() => {
    const body = store.prepare('SELECT body FROM plans WHERE key = ?').pluck().get(key) as string | undefined;
    if (body !== undefined) store.prepare('DELETE FROM plans WHERE key = ?').run(key);
    return body;
  })();
}

/** Whether the process `pid` still runs on this machine (the database file is local to it). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
}

export type NewJob = { id: string; kind: string; label: string; ownerId: number | null; ownerName: string };

/**
 * Records `job` as running unless another is: one long write at a time per database. A running
 * job whose process is gone (killed mid-import: SQLite rolled its transaction back) is marked
 * failed with `interrupted` first. Returns the running job that stood in the way, or null.
 */
export function claimJob(store: JobStore, job: NewJob, now: Date): JobRow | null {
  const at = now.toISOString();
  return store
    .transaction(() => {
      for (const row of store.prepare(`SELECT ${COLUMNS} FROM jobs WHERE status = 'running'`).all() as JobRow[]) {
        if (isAlive(row.pid)) return row;
        // Said as the API says a job's failure: the HTTP status its call would have had, a message code.
        const error = { status: 'INTERNAL_SERVER_ERROR', code: 'job.interrupted', params: {} };
        finishJob(store, row.id, { status: 'failed', error: JSON.stringify(error) }, now);
      }
      store
        .prepare('DELETE FROM jobs WHERE finished_at < ?')
        .run(new Date(now.getTime() - KEEP_FINISHED_MS).toISOString());
      store
        .prepare(`INSERT INTO jobs (id, kind, label, owner_id, owner_name, status, phase, pid, started_at, updated_at)
        VALUES (?, ?, ?, ?, ?, 'running', 'queued', ?, ?, ?)`)
        .run(job.id, job.kind, job.label, job.ownerId, job.ownerName, process.pid, at, at);
      return null;
    })
    .immediate();
}

/** A running job's phase and rows done out of its total. */
export function reportJobProgress(
  store: JobStore,
  id: string,
  progress: { phase: string; done: number; total: number },
  now: Date,
): void {
  store
    .prepare(`UPDATE jobs SET phase = ?, done = ?, total = ?, updated_at = ? WHERE id = ? AND status = 'running'`)
    .run(progress.phase, progress.done, progress.total, now.toISOString(), id);
}

/** Ends a running job, done with its result or failed with its error (both JSON). */
export function finishJob(
  store: JobStore,
  id: string,
  outcome: { status: 'done'; result: string } | { status: 'failed'; error: string },
  now: Date,
): void {
  const at = now.toISOString();
  store
    .prepare(`UPDATE jobs SET status = ?, phase = ?, result = ?, error = ?, updated_at = ?, finished_at = ?
      WHERE id = ? AND status = 'running'`)
    .run(
      outcome.status,
      outcome.status,
      outcome.status === 'done' ? outcome.result : null,
      outcome.status === 'failed' ? outcome.error : null,
      at,
      at,
      id,
    );
}

/**
 * The job running now on this database, if any (its process alive): while it runs it holds, or is
 * about to take, the database's write lock (an import's commit is one transaction from its first
 * check to its last roll-up).
 */
export function readRunningJob(store: JobStore): JobRow | undefined {
  const rows = store.prepare(`SELECT ${COLUMNS} FROM jobs WHERE status = 'running'`).all() as JobRow[];
  return rows.find((row) => isAlive(row.pid));
}

/** One job, or undefined. */
export function readJob(store: JobStore, id: string): JobRow | undefined {
  return store.prepare(`SELECT ${COLUMNS} FROM jobs WHERE id = ?`).get(id) as JobRow | undefined;
}
