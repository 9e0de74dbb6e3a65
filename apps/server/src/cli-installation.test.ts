import { createDb, type Db, installationMode, schema } from '@switchoff/db';
import { ensureRegistry } from '@switchoff/db/national';
import { describe, expect, it } from 'vitest';
import { type CliIo, runCli } from './cli';
import { initBassa, runCliOn } from './cli-data.testing';

/** Runs the CLI in process on `db`; no terminal, so passwords are generated. */
const cli = (db: Db, argv: string[]) => runCliOn(() => db, argv);

const INIT = initBassa({ ipa: 'C_BASSA', email: 'info@cbassa.it', adminEmail: 'Admin@CBassa.it' });

/** Every row the installation commands write, to show a refusal changed nothing. */
const rows = (db: Db) => ({
  consortia: db.select().from(schema.consortia).all(),
  comuni: db.select().from(schema.comuni).all(),
  users: db.select().from(schema.users).all(),
  installation: db.select().from(schema.installation).all(),
  audit: db.select().from(schema.auditLog).all().length,
});

/** A new database with the ISTAT registry loaded once for the whole file (it takes a while). */
const template = createDb(':memory:');
ensureRegistry(template);
function emptyDb(): Db {
  const db = createDb(':memory:');
  const registry = template.select().from(schema.registryComuni).all();
  for (let i = 0; i < registry.length; i += 500)
    db.insert(schema.registryComuni)
      .values(registry.slice(i, i + 500))
      .run();
  return db;
}

describe('pnpm switchoff init, consortium and comune', () => {
  it('sets up a real installation: the consortium, its first admin, the mode, nothing else', async () => {
    const db = emptyDb();
    const { code, out } = await cli(db, INIT);
    expect(code).toBe(0);
    expect(out).toContain('Real installation set up: Consorzio della Bassa (consorzio-bassa, IPA c_bassa, Lodi)');
    expect(out).toMatch(/shown only this once[^:]*: \S{20,}/);
    const after = rows(db);
    expect(after.consortia).toMatchObject([{ slug: 'consorzio-bassa', contactEmail: 'info@cbassa.it', demo: false }]);
    expect(after.users).toMatchObject([{ email: 'admin@cbassa.it', role: 'admin' }]);
    expect(after.comuni).toEqual([]);
    expect(installationMode(db)).toBe('real');
    // Once only: more consortia come with `consortium add`.
    const again = await cli(db, INIT);
    expect(again.code).toBe(1);
    expect(again.err).toContain('L’installazione è già avviata (consorzio Consorzio della Bassa)');
    expect(rows(db)).toEqual(after);
  });

  it('refuses bad input naming every option, and changes nothing', async () => {
    const db = emptyDb();
    const before = rows(db);
    const bad = [...INIT];
    bad[bad.indexOf('--ipa') + 1] = 'codice ipa';
    bad[bad.indexOf('--email') + 1] = 'non-una-email';
    const { code, err } = await cli(db, [...bad, '--website', 'ftp://x', '--telephone', '12']);
    expect(code).toBe(1);
    expect(err).toContain('--ipa: Codice IPA non valido');
    expect(err).toContain('--email: Indirizzo email non valido');
    expect(err).toContain('--website: Indirizzo web non valido');
    expect(err).toContain('--telephone: Numero di telefono non valido');
    expect(rows(db)).toEqual(before);
  });

  it('checks every option of init, the admin email too, before opening the database or asking a password', async () => {
    let opened = 0;
    let asked = 0;
    const err: string[] = [];
    const io: CliIo = {
      out: () => undefined,
      err: (line) => err.push(line),
      askSecret: async () => {
        asked += 1;
        return 'una-password-lunga';
      },
    };
    const run = (argv: string[]) =>
      runCli(argv, {
        io,
        openDb: () => {
          opened += 1;
          return emptyDb();
        },
      });
    const badEmail = [...INIT];
    badEmail[badEmail.indexOf('--admin-email') + 1] = 'admin-at-cbassa';
    expect(await run(badEmail)).toBe(1);
    expect(err).toEqual(['Error: --admin-email: Indirizzo email non valido']);
    err.length = 0;
    expect(await run(INIT.slice(0, -2))).toBe(1);
    expect(err).toEqual(['Error: --admin-email: Indica un indirizzo email']);
    err.length = 0;
    expect(await run([...badEmail.slice(0, 3), '--admin-name', 'x'.repeat(201)])).toBe(1);
    expect(err).toEqual([
      'Error: --name: Indica il nome',
      expect.stringMatching(/^Error: --ipa: /),
      'Error: --city: Indica la città',
      'Error: --email: Indica un indirizzo email',
      'Error: --admin-email: Indica un indirizzo email',
      expect.stringMatching(/^Error: --admin-name: .*200/),
    ]);
    expect({ opened, asked }).toEqual({ opened: 0, asked: 0 });
  });

  it('adds comuni from the registry only, once, and archives without deleting', async () => {
    const db = emptyDb();
    await cli(db, INIT);
    const added = await cli(db, ['comune', 'add', '--istat', '019081', '--consortium', 'consorzio-bassa']);
    expect(added.out).toContain('Added Ripalta Cremasca (019081, CR, Lombardia, 3394 inhabitants, IPA c_h315)');
    const before = rows(db);
    const unknown = await cli(db, ['comune', 'add', '--istat', '999999', '--consortium', 'consorzio-bassa']);
    expect(unknown.err).toContain('Il codice ISTAT 999999 non è nell’elenco dei comuni italiani');
    const twice = await cli(db, ['comune', 'add', '--istat', '019081', '--consortium', 'consorzio-bassa']);
    expect(twice.err).toContain('Il comune di Ripalta Cremasca è già seguito da Consorzio della Bassa');
    const noIpa = await cli(db, ['comune', 'add', '--istat', '001032', '--consortium', 'consorzio-bassa']);
    expect(noIpa.err).toContain('L’elenco non ha il codice IPA del comune di Borgone Susa');
    const badCode = await cli(db, ['comune', 'add', '--istat', '19081', '--consortium', 'consorzio-bassa']);
    expect(badCode.err).toContain('--istat: Il codice ISTAT ha 6 cifre');
    const noConsortium = await cli(db, ['comune', 'add', '--istat', '019035', '--consortium', 'nessuno']);
    expect(noConsortium.err).toContain('Nessun consorzio con indirizzo "nessuno"');
    expect([unknown, twice, noIpa, badCode, noConsortium].map((r) => r.code)).toEqual([1, 1, 1, 1, 1]);
    expect(rows(db)).toEqual(before);

    const archived = await cli(db, ['comune', 'archive', '--istat', '019081']);
    expect(archived.out).toContain('Ripalta Cremasca (019081) archived');
    const listed = await cli(db, ['comune', 'list', '--consortium', 'consorzio-bassa']);
    expect(listed.out).toMatch(/019081 {2}Ripalta Cremasca .* archived \d{4}-\d\d-\d\d/);
    expect(rows(db).comuni).toHaveLength(1);
    await cli(db, ['comune', 'restore', '--istat', '019081']);
    expect(rows(db).comuni[0]?.archivedAt).toBeNull();
  });

  it('adds, updates and lists consortia; a taken slug is refused', async () => {
    const db = emptyDb();
    await cli(db, INIT);
    const other = ['--name', 'Altro', '--ipa', 'altro', '--city', 'Pavia', '--email', 'info@altro.it'];
    expect((await cli(db, ['consortium', 'add', '--consortium', 'altro', ...other])).code).toBe(0);
    const taken = await cli(db, ['consortium', 'add', '--consortium', 'altro', ...other]);
    expect(taken.err).toContain('Esiste già un consorzio con indirizzo "altro"');
    const updated = await cli(db, ['consortium', 'update', '--consortium', 'altro', '--telephone', '+39 0382 123456']);
    expect(updated.code).toBe(0);
    const list = await cli(db, ['consortium', 'list']);
    expect(list.out).toContain('Altro (altro, IPA altro, Pavia) — info@altro.it, +39 0382 123456');
    expect(list.out).toContain('Consorzio della Bassa (consorzio-bassa');
  });
});
