import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { type Licence, resolveLicence } from '@switchoff/api/server';

type Env = Record<string, string | undefined>;

/**
 * The SQLite file: SWITCHOFF_DB, or data/switchoff.db under the working directory. The server
 * and the CLI both resolve it here, so `pnpm start` and `pnpm switchoff` (both run by pnpm
 * in apps/server) open the same file.
 */
export function databasePath(env: Env = process.env, cwd: string = process.cwd()): string {
  return resolve(cwd, env.SWITCHOFF_DB ?? 'data/switchoff.db');
}

/**
 * Express's "trust proxy" from TRUST_PROXY: unset or "false" trusts nobody (X-Forwarded-* are
 * ignored); a number is how many proxies stand in front; "true" trusts any; anything else is
 * a list of addresses or subnets ("loopback", "10.0.0.0/8").
 */
export function trustProxySetting(value: string | undefined): boolean | number | string {
  const v = (value ?? '').trim();
  if (v === '' || v === 'false' || v === '0') return false;
  if (v === 'true') return true;
  if (/^\d+$/.test(v)) return Number(v);
  return v;
}

/** Demo accounts are created only when asked: `--demo` or SWITCHOFF_DEMO_ACCOUNTS=1. */
export function demoAccountsRequested(argv: readonly string[], env: Env = process.env): boolean {
  const flag = (env.SWITCHOFF_DEMO_ACCOUNTS ?? '').trim().toLowerCase();
  return argv.includes('--demo') || flag === '1' || flag === 'true' || flag === 'yes';
}

/**
 * Whether to fill a new database with the demo: `off` with `--no-demo` or SWITCHOFF_DEMO=0,
 * `on` with SWITCHOFF_DEMO=1 (refused on a real installation), `default` otherwise (the demo on
 * a database never started, nothing on one already decided).
 */
export function demoRequest(argv: readonly string[], env: Env = process.env): 'on' | 'off' | 'default' {
  const flag = (env.SWITCHOFF_DEMO ?? '').trim().toLowerCase();
  if (argv.includes('--no-demo') || ['0', 'false', 'no'].includes(flag)) return 'off';
  if (['1', 'true', 'yes'].includes(flag)) return 'on';
  if (flag !== '') throw new Error(`SWITCHOFF_DEMO must be 1 or 0, not "${env.SWITCHOFF_DEMO}"`);
  return 'default';
}

/** The licence of open data: SWITCHOFF_LICENSE (CC-BY-4.0 unless said); an unknown one stops the server. */
export function openDataLicence(env: Env = process.env): Licence {
  return resolveLicence(env.SWITCHOFF_LICENSE);
}

/**
 * The public address of the installation (SWITCHOFF_PUBLIC_URL, e.g. https://switchoff.consorzioit.net),
 * for the DCAT-AP_IT catalogue's links; null: each request's own address.
 */
export function publicUrl(env: Env = process.env): string | null {
  const value = (env.SWITCHOFF_PUBLIC_URL ?? '').trim().replace(/\/+$/, '');
  if (value === '') return null;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`SWITCHOFF_PUBLIC_URL is not an address: "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:')
    throw new Error(`SWITCHOFF_PUBLIC_URL must be http(s): "${value}"`);
  return value;
}

/**
 * The consortium that runs the installation (SWITCHOFF_OPERATOR, its slug): it publishes the
 * catalogue, and only its admins download backups. Unset: the first consortium created.
 */
export function operatorSlug(env: Env = process.env): string | null {
  const value = (env.SWITCHOFF_OPERATOR ?? '').trim();
  return value === '' ? null : value;
}

/**
 * Whether the DCAT-AP_IT catalogue lists the demo's illustrative data (SWITCHOFF_PUBLISH_DEMO=1),
 * every such dataset then saying "dati illustrativi"; otherwise demo data are never in it.
 */
export function publishDemo(env: Env = process.env): boolean {
  const value = (env.SWITCHOFF_PUBLISH_DEMO ?? '').trim();
  if (value === '' || value === '0') return false;
  if (value === '1') return true;
  throw new Error(`SWITCHOFF_PUBLISH_DEMO must be 1 or 0: "${value}"`);
}

/**
 * How many processes answer requests (SWITCHOFF_WORKERS): by default one per core, because one
 * Node process uses one core; 1 serves from a single process, without node:cluster.
 */
export function workerCount(env: Env = process.env, cores: number = availableParallelism()): number {
  const value = (env.SWITCHOFF_WORKERS ?? '').trim();
  if (value === '') return Math.max(1, cores);
  if (!/^\d+$/.test(value) || Number(value) < 1)
    throw new Error(`SWITCHOFF_WORKERS must be a whole number from 1, not "${value}"`);
  return Number(value);
}
