import { createDb, type Db, holdsDemo, schema } from '@switchoff/db';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { initBassa, runCliOn } from './cli-data.testing';
import { baseUrlOf } from './http.testing';
import { SESSION_COOKIE } from './session-cookie';
import { prepareStartMode } from './start-mode';

const TODAY = '2025-03-15';
const COMUNI = ['019081', '019035', '098031'] as const;
const JSON_TYPE = { 'content-type': 'application/json' };
const PASSWORD = 'una-password-di-prova';

const cli = (db: Db, argv: string[]) => runCliOn(() => db, argv);

type Answer = { status: number; data: unknown; error: unknown };

/** A tRPC call over HTTP, with the session cookie when given. */
async function call(
  base: string,
  procedure: string,
  input: unknown,
  cookie = '',
  kind: 'query' | 'mutation' = 'mutation',
) {
  const headers = { ...JSON_TYPE, ...(cookie ? { cookie } : {}) };
  const res =
    kind === 'query'
      ? await fetch(`${base}/api/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input))}`, { headers })
      : await fetch(`${base}/api/trpc/${procedure}`, { method: 'POST', headers, body: JSON.stringify(input) });
  const body = (await res.json()) as { result?: { data: unknown }; error?: unknown };
  return { status: res.status, data: body.result?.data, error: body.error, res } as Answer & { res: Response };
}

async function logIn(base: string, email: string, password: string): Promise<string> {
  const { res, status } = await call(base, 'auth.login', { email, password });
  expect(status).toBe(200);
  const header = res.headers.getSetCookie().find((c) => c.startsWith(`${SESSION_COOKIE}=`)) ?? '';
  return header.split(';')[0] ?? '';
}

/** A year of monthly figures of one service, as an editor's spreadsheet carries them. */
function yearCsv(service: string): string {
  const rows = Array.from({ length: 12 }, (_, i) => {
    const month = `2024-${String(i + 1).padStart(2, '0')}`;
    return `${service};${month};${40 + i * 5};${10};${30 - i * 2}`;
  });
  return ['servizio;mese;online;assistito;cartaceo', ...rows].join('\r\n');
}

const servers: { close: () => void }[] = [];
afterAll(() => {
  for (const s of servers) s.close();
});

describe('a real installation, from an empty database to its open data', () => {
  it('init, three comuni, their services, a year of figures, a council reader, public data without the demo', async () => {
    const db = createDb(':memory:');
    expect((await prepareStartMode(db, 'off', 'real.db'))[0]).toContain('pnpm switchoff init');

    // The consortium and its first admin, from the command line.
    const init = await cli(
      db,
      initBassa({ ipa: 'c_bassa', email: 'info@consorziobassa.it', adminEmail: 'admin@consorziobassa.it' }),
    );
    expect(init.code).toBe(0);
    const adminPassword = /shown only this once[^:]*: (\S+)/.exec(init.out)?.[1] ?? '';
    for (const istat of COMUNI) {
      expect((await cli(db, ['comune', 'add', '--istat', istat, '--consortium', 'consorzio-bassa'])).code).toBe(0);
    }

    const server = createApp({ db, today: () => TODAY }).listen(0);
    servers.push(server);
    const base = await baseUrlOf(server);

    // The admin fills the catalogue and creates an editor and a council member of Ripalta.
    const admin = await logIn(base, 'admin@consorziobassa.it', adminPassword);
    for (const [slug, name] of [
      ['mensa-scolastica', 'Mensa scolastica'],
      ['tari', 'Pagamento TARI'],
    ]) {
      expect(
        (await call(base, 'admin.catalogue.create', { slug, name, category: 'educazione-formazione' }, admin)).status,
      ).toBe(200);
    }
    for (const [email, role, comuni] of [
      ['redazione@consorziobassa.it', 'editor', []],
      ['sindaca@ripalta.it', 'council', ['019081']],
    ] as const) {
      const created = await call(
        base,
        'admin.users.create',
        { email, name: email, role, comuni, password: PASSWORD },
        admin,
      );
      expect(created.status).toBe(200);
    }

    // The editor sets up each comune's services, then imports a year of figures for Ripalta.
    const editor = await logIn(base, 'redazione@consorziobassa.it', PASSWORD);
    const checklistBefore = await call(base, 'comuni.setupChecklist', { istat: '019081' }, editor, 'query');
    expect(checklistBefore.data).toMatchObject({ complete: false });
    for (const istat of COMUNI) {
      const setup = await call(
        base,
        'services.setup',
        {
          istat,
          services: [
            { catalogue: 'mensa-scolastica', stage: 'digital_first', since: '2023-09-01' },
            { catalogue: 'tari', stage: 'paper', since: '2020-01-01' },
          ],
        },
        editor,
      );
      expect(setup.status).toBe(200);
    }
    const csv = yearCsv('mensa-scolastica');
    const preview = await call(base, 'imports.preview', { scope: { istat: '019081' }, kind: 'figures', csv }, editor);
    expect(preview.data).toMatchObject({ totals: { rows: 12, add: 12 } });
    const { fingerprint } = preview.data as { fingerprint: string };
    const commit = await call(
      base,
      'imports.commit',
      { scope: { istat: '019081' }, kind: 'figures', csv, fingerprint },
      editor,
    );
    expect(commit.status).toBe(200);
    const checklist = await call(base, 'comuni.setupChecklist', { istat: '019081' }, editor, 'query');
    expect(checklist.data).toMatchObject({
      items: [
        { key: 'services', done: true, count: 2 },
        { key: 'figures', done: true, count: 12 },
        { key: 'milestones', done: false },
        { key: 'council', done: true, count: 1 },
      ],
    });

    // The council member reads the comune: its services and figures, not illustrative.
    const council = await logIn(base, 'sindaca@ripalta.it', PASSWORD);
    const overview = await call(base, 'comuni.overview', { istat: '019081' }, council, 'query');
    expect(overview.status).toBe(200);
    const json = JSON.stringify(overview.data);
    expect(json).toContain('Ripalta Cremasca');
    expect(json).toContain('Mensa scolastica');
    expect(overview.data).toMatchObject({ comune: { figuresIllustrative: false } });

    // The public: the comune's open data and the catalogue name the comune and nothing of the demo.
    const servizi = await fetch(`${base}/opendata/comuni/019081/servizi.csv`);
    expect(servizi.status).toBe(200);
    const text = await servizi.text();
    expect(text).toContain('mensa-scolastica');
    const catalogue = await (await fetch(`${base}/opendata/catalogo.rdf`)).text();
    expect(catalogue).toContain('019081');
    expect(catalogue).toContain('c_bassa');
    for (const demo of ['consorzioit', 'Consorzio.IT', 'dati illustrativi']) {
      expect(catalogue).not.toContain(demo);
      expect(text).not.toContain(demo);
    }
    expect(holdsDemo(db)).toBe(false);
    expect(
      db
        .select()
        .from(schema.consortia)
        .all()
        .map((c) => c.slug),
    ).toEqual(['consorzio-bassa']);
  });
});
