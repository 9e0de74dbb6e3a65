import { describe, expect, it } from 'vitest';
import { createTestWorld, TEST_TODAY } from '../testing';
import { buildCatalogue } from './catalogue';
import { checkProfile, objects, subjectsOfType } from './dcatapit-profile.testing';
import { openDataFile } from './files';
import { resolveLicence } from './licences';
import { parseRdfXml } from './rdf-testing';

const BASE = 'https://dati.example.it';

/** The test world with "Altro Consorzio" (Gamma, 098001) as a demo consortium, and contact points set. */
function world() {
  const { db } = createTestWorld();
  db.$client
    .prepare(
      `UPDATE consortia SET contact_email = 'opendata@' || slug || '.example.it', telephone = '0373 123 456', website = 'https://' || slug || '.example.it'`,
    )
    .run();
  db.$client.prepare(`UPDATE consortia SET demo = 1 WHERE slug = 'altro-consorzio'`).run();
  return db;
}

async function catalogue(db: ReturnType<typeof world>, options: { publishDemo?: boolean; operator?: string } = {}) {
  const file = buildCatalogue(db, {
    baseUrl: BASE,
    licence: resolveLicence(undefined),
    format: 'rdf',
    page: 1,
    operator: options.operator ?? null,
    today: TEST_TODAY,
    publishDemo: options.publishDemo ?? false,
  });
  const store = await parseRdfXml(file.body, BASE);
  return { store, ...checkProfile(store) };
}

describe('the catalogue publishes real data only', () => {
  it('leaves a demo consortium and its comuni out, and an archived comune', async () => {
    const db = world();
    db.$client.prepare(`UPDATE comuni SET archived_at = '2024-07-01T00:00:00.000Z' WHERE istat_code = '019002'`).run();
    const { datasets, store } = await catalogue(db);
    expect(datasets.map((d) => d.replace(`${BASE}/opendata/`, '').replace(/\/[a-z-]+$/, ''))).toEqual([
      ...Array(5).fill('comuni/019001'),
      ...Array(5).fill('consorzi/consorzio-test'),
    ]);
    expect(subjectsOfType(store, 'dcatapit', 'Agent').some((a) => a.endsWith('#ipa-altro'))).toBe(false);
    const consortium = `${BASE}/opendata/consorzi/consorzio-test/servizi`;
    expect(objects(store, consortium, 'dct', 'spatial').map((p) => p.value)).toEqual([
      `${BASE}/opendata/catalogo#comune-019001`,
    ]);
  });

  it('refuses to publish a demo-only installation, unless told to; then every dataset says "dati illustrativi"', async () => {
    const db = world();
    await expect(catalogue(db, { operator: 'altro-consorzio' })).rejects.toThrow(
      'Il catalogo pubblica solo dati reali e questa installazione ha solo la demo',
    );
    const { store, datasets } = await catalogue(db, { operator: 'altro-consorzio', publishDemo: true });
    const gamma = datasets.filter((d) => d.includes('/098001/') || d.includes('/altro-consorzio/'));
    expect(gamma).toHaveLength(10);
    for (const dataset of gamma) {
      const title = objects(store, dataset, 'dct', 'title').map((t) => t.value);
      expect(
        title.some((t) => t.endsWith(' (dati illustrativi)')),
        dataset,
      ).toBe(true);
      const description = objects(store, dataset, 'dct', 'description').map((t) => t.value);
      expect(
        description.some((d) => d.startsWith('Dati illustrativi della dimostrazione')),
        dataset,
      ).toBe(true);
    }
  });

  it('gives each dataset its contact point, issue date, place and period', async () => {
    const { store } = await catalogue(world());
    const figures = `${BASE}/opendata/comuni/019001/dati-mensili`;
    const contact = objects(store, figures, 'dcat', 'contactPoint')[0]?.value ?? '';
    expect(contact).toBe(`${BASE}/opendata/catalogo#contatto-consorzio-test`);
    expect(objects(store, contact, 'vcard', 'fn')[0]?.value).toBe('Consorzio Test');
    expect(objects(store, contact, 'vcard', 'hasEmail')[0]?.value).toBe('mailto:opendata@consorzio-test.example.it');
    expect(objects(store, contact, 'vcard', 'hasTelephone')[0]?.value).toBe('tel:0373123456');
    const place = objects(store, figures, 'dct', 'spatial')[0]?.value ?? '';
    expect(objects(store, place, 'dcatapit', 'geographicalIdentifier')[0]?.value).toBe('019001');
    expect(objects(store, place, 'locn', 'geographicalName')[0]?.value).toBe('Alfa');
    const period = objects(store, figures, 'dct', 'temporal')[0]?.value ?? '';
    // Up to the last complete month before 15 July 2024.
    expect(objects(store, period, 'dcat', 'endDate')[0]?.value).toBe('2024-06-30');
    expect(objects(store, period, 'dcat', 'startDate')[0]?.value).toMatch(/^20\d\d-\d\d-\d\d$/);
    expect(objects(store, figures, 'dct', 'issued')[0]?.value).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('files of illustrative data say so', () => {
  const licence = resolveLicence(undefined);
  const file = (db: ReturnType<typeof world>, target: { istat: string } | { consortium: string }, name: string) =>
    openDataFile(db, { target, file: name, today: TEST_TODAY, licence }).body;

  it('in a last CSV column and a JSON field, for every comune of a demo consortium', () => {
    const db = world();
    const csv = file(db, { istat: '098001' }, 'servizi.csv').split('\r\n');
    expect(csv[0]?.endsWith(',dati_illustrativi')).toBe(true);
    expect(csv.slice(1, -1).every((line) => line.endsWith(',true'))).toBe(true);
    const json = JSON.parse(file(db, { consortium: 'altro-consorzio' }, 'milestone.json')) as {
      dati_illustrativi: boolean;
      avvertenza: string;
      colonne: { nome: string }[];
      dati: Record<string, unknown>[];
    };
    expect(json).toMatchObject({
      dati_illustrativi: true,
      avvertenza: 'Dati illustrativi della dimostrazione di Switch-off, non statistiche ufficiali.',
    });
    expect(json.colonne.at(-1)?.nome).toBe('dati_illustrativi');
    expect(json.dati.every((row) => row.dati_illustrativi === true)).toBe(true);
  });

  it('and a real comune’s files carry no such column', () => {
    const db = world();
    db.$client.prepare(`UPDATE comuni SET figures_illustrative = 0`).run();
    expect(file(db, { istat: '019002' }, 'servizi.csv')).not.toContain('dati_illustrativi');
    expect(JSON.parse(file(db, { istat: '019002' }, 'servizi.json'))).not.toHaveProperty('dati_illustrativi');
  });
});
