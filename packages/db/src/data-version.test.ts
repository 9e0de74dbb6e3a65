import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDb } from './client';
import { readDataVersion } from './data-version';
import { consortia } from './schema';

describe('readDataVersion', () => {
  it('stays while nothing is written and moves with a write of this connection or another', () => {
    const dir = mkdtempSync(join(tmpdir(), 'switchoff-data-version-'));
    const path = join(dir, 'test.db');
    const db = createDb(path);
    const other = createDb(path);
    const first = readDataVersion(db);
    db.$client.prepare('SELECT count(*) FROM consortia').get();
    expect(readDataVersion(db)).toBe(first);
    db.insert(consortia).values({ slug: 'a', name: 'A', ipaCode: 'a', city: 'Crema' }).run();
    const afterOwn = readDataVersion(db);
    expect(afterOwn).not.toBe(first);
    other.insert(consortia).values({ slug: 'b', name: 'B', ipaCode: 'b', city: 'Lodi' }).run();
    expect(readDataVersion(db)).not.toBe(afterOwn);
    db.$client.close();
    other.$client.close();
    rmSync(dir, { recursive: true, force: true });
  });
});
