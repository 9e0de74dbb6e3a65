import { resolve } from 'node:path';

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
