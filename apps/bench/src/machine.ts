import { cpus, release, totalmem } from 'node:os';
import type { Client } from './sql/common';

export type Machine = { cpu: string; cores: number; memoryGiB: number; node: string; os: string; sqlite: string };

export function describeMachine(client: Client): Machine {
  const list = cpus();
  return {
    cpu: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGiB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    os: `${process.platform} ${release()}`,
    sqlite: String(client.prepare('SELECT sqlite_version()').pluck().get()),
  };
}
