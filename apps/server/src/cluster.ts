import cluster, { type Worker } from 'node:cluster';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Serving = { server: Server; close: () => void };

export type ClusterOptions = {
  /** Processes that answer requests; 1 serves in this process, without a cluster. */
  workers: number;
  /** Runs once, in the primary, before any worker starts: migrations, the demo seed, accounts. */
  setup: () => Promise<void> | void;
  /** Opens the database and starts listening, in each worker (or here, with one worker). */
  serve: () => Promise<Serving>;
  /** Once every worker listens, with the port they share. */
  onListening: (port: number) => void;
  /** Why starting failed, as the one line printed before exiting with 1 (startup-errors.ts). */
  describeFailure: (error: unknown) => string;
  /** How long workers may take to finish their requests on shutdown before they are killed. */
  graceMs?: number;
};

/** A worker that dies this many times within RESTART_WINDOW_MS stops the server: no restart loop. */
const MAX_RESTARTS = 5;
const RESTART_WINDOW_MS = 60_000;

/** The message a worker sends the primary when it cannot start serving. */
type StartupFailure = { startupFailure: string };

const isStartupFailure = (message: unknown): message is StartupFailure =>
  typeof (message as StartupFailure | null)?.startupFailure === 'string';

/** One clear line on stderr, exit code 1. */
function exitWith(line: string): never {
  console.error(line);
  process.exit(1);
}

/**
 * Serves (in a worker or the only process); a failure before listening — the port taken, the
 * database unreadable — is reported instead of thrown: a worker tells the primary, which stops.
 */
async function serveOrReport(options: ClusterOptions): Promise<Serving> {
  const report = (error: unknown): void => {
    const line = options.describeFailure(error);
    if (cluster.isWorker && process.send)
      process.send({ startupFailure: line } satisfies StartupFailure, () => process.exit(1));
    else exitWith(line);
  };
  try {
    const serving = await options.serve();
    serving.server.once('error', report);
    serving.server.once('listening', () => serving.server.off('error', report));
    return serving;
  } catch (error) {
    report(error);
    // Waiting for the primary to stop this worker: it never serves.
    return new Promise<Serving>(() => {});
  }
}

/**
 * V8's young generation for a worker: a request's garbage is a few hundred kilobytes, and 8 MB
 * semi-spaces (instead of up to 16 MB) keep each worker about 20 MB smaller under load for about
 * 1% fewer reads per second (measured with the bench's load test). A flag given by the operator
 * (NODE_OPTIONS or the command line) wins.
 */
const WORKER_V8_FLAGS = ['--max-semi-space-size=8'];

function workerExecArgv(): string[] {
  const given = `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`;
  return [...process.execArgv, ...WORKER_V8_FLAGS.filter((flag) => !given.includes(flag.split('=')[0] ?? flag))];
}

/** Stops serving on SIGINT/SIGTERM, or when the primary goes away: open requests finish first. */
function closeOnSignals(close: () => void): void {
  let closing = false;
  const stop = () => {
    if (closing) return;
    closing = true;
    close();
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  if (cluster.isWorker) process.on('disconnect', stop);
}

function stopServing({ server, close }: Serving): void {
  server.close(() => {
    close();
    process.exit(0);
  });
  // Keep-alive connections would hold close() open: end the idle ones now.
  server.closeIdleConnections();
}

/**
 * Starts the server: the primary runs `setup` once, then forks `workers` processes that each
 * open the database and listen on the same port (node:cluster hands them connections in turn).
 * SQLite in WAL mode lets them all read at once; writes take turns (busy_timeout). A worker that
 * dies is replaced, but one that cannot start, or deaths in a row, stop the server with one line
 * and exit code 1 (never a restart loop); SIGINT/SIGTERM stops the workers, then the primary.
 */
export async function runCluster(options: ClusterOptions): Promise<void> {
  if (cluster.isWorker) {
    const serving = await serveOrReport(options);
    closeOnSignals(() => stopServing(serving));
    return;
  }
  try {
    await options.setup();
  } catch (error) {
    exitWith(options.describeFailure(error));
  }
  if (options.workers <= 1) {
    const serving = await serveOrReport(options);
    serving.server.once('listening', () => options.onListening((serving.server.address() as AddressInfo).port));
    closeOnSignals(() => stopServing(serving));
    return;
  }

  cluster.setupPrimary({ execArgv: workerExecArgv() });
  let stopping = false;
  const listening = new Set<number>();
  const everListened = new Set<number>();
  const restarts: number[] = [];
  let announced = false;
  const stopAll = (line: string) => {
    if (stopping) return;
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGKILL');
    exitWith(line);
  };
  cluster.on('message', (_worker, message) => {
    if (isStartupFailure(message)) stopAll(message.startupFailure);
  });
  cluster.on('listening', (worker, address) => {
    listening.add(worker.id);
    everListened.add(worker.id);
    if (!announced && listening.size >= options.workers) {
      announced = true;
      options.onListening(address.port);
    }
  });
  cluster.on('exit', (worker, code, signal) => {
    listening.delete(worker.id);
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit(0);
      return;
    }
    const how = signal ?? code;
    if (!everListened.has(worker.id)) stopAll(`A worker stopped (${how}) before it could serve: see the lines above`);
    const now = Date.now();
    restarts.push(now);
    while ((restarts[0] ?? now) < now - RESTART_WINDOW_MS) restarts.shift();
    if (restarts.length > MAX_RESTARTS) {
      stopAll(`Workers stopped ${restarts.length} times within a minute (the last: ${how}): stopping, not restarting`);
    }
    console.error(`Worker ${worker.process.pid} stopped (${how}): starting another`);
    cluster.fork();
  });
  for (let i = 0; i < options.workers; i += 1) cluster.fork();
  closeOnSignals(() => {
    stopping = true;
    const workers = Object.values(cluster.workers ?? {}).filter((w): w is Worker => w !== undefined);
    if (workers.length === 0) process.exit(0);
    for (const worker of workers) worker.process.kill('SIGTERM');
    setTimeout(() => {
      for (const worker of workers) worker.process.kill('SIGKILL');
      process.exit(0);
    }, options.graceMs ?? 5_000).unref();
  });
}
