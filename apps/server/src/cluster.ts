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
  /** How long workers may take to finish their requests on shutdown before they are killed. */
  graceMs?: number;
};

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
 * dies is replaced; SIGINT/SIGTERM stops the workers, then the primary.
 */
export async function runCluster(options: ClusterOptions): Promise<void> {
  if (cluster.isWorker) {
    const serving = await options.serve();
    closeOnSignals(() => stopServing(serving));
    return;
  }
  await options.setup();
  if (options.workers <= 1) {
    const serving = await options.serve();
    serving.server.once('listening', () => options.onListening((serving.server.address() as AddressInfo).port));
    closeOnSignals(() => stopServing(serving));
    return;
  }

  cluster.setupPrimary({ execArgv: workerExecArgv() });
  let stopping = false;
  const listening = new Set<number>();
  let announced = false;
  cluster.on('listening', (worker, address) => {
    listening.add(worker.id);
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
    console.error(`Worker ${worker.process.pid} stopped (${signal ?? code}): starting another`);
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
