import { readFileSync } from 'node:fs';
import { resolveLicence } from '@switchoff/api/server';
import {
  createSession,
  createTestWorld,
  INTERNAL_MARKERS,
  parseRdfXml,
  sessionUserFor,
  subjectsOf,
  TEST_TODAY,
  valuesOf,
} from '@switchoff/api/testing';
import { OPEN_DATASET_INFO, OPEN_DATASETS } from '@switchoff/domain/formats';
import { afterAll, describe, expect, it } from 'vitest';
import { type AppOptions, createApp } from './app';
import { baseUrlOf } from './http.testing';
import { SESSION_COOKIE } from './session-cookie';

/**
 * What a browser sends to revalidate an answer it keeps. fetch() would add `Cache-Control:
 * no-cache` to a request with If-None-Match, which asks for a full answer (a reload).
 */
const REVALIDATING = { 'cache-control': 'max-age=0' };

const servers: { close: () => void }[] = [];
afterAll(() => {
  for (const server of servers.splice(0)) server.close();
});

async function start(options: Partial<AppOptions> = {}) {
  const world = createTestWorld({ withPeople: true });
  const server = createApp({ db: world.db, today: () => TEST_TODAY, ...options }).listen(0);
  servers.push(server);
  return { ...world, base: await baseUrlOf(server) };
}

describe('open data over HTTP', async () => {
  const { base } = await start();

  it('serves a comune’s monthly figures as documented CSV, with ETag, Cache-Control, licence and CORS', async () => {
    const res = await fetch(`${base}/opendata/comuni/019001/dati-mensili.csv`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(res.headers.get('cache-control')).toBe('public, max-age=300');
    expect(res.headers.get('etag')).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(res.headers.get('link')).toBe('<https://creativecommons.org/licenses/by/4.0/>; rel="license"');
    expect(res.headers.get('x-license')).toBe('CC-BY-4.0');
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    const lines = (await res.text()).split('\r\n');
    // Alfa's figures are illustrative in the test world: the file says so in a last column.
    expect(lines[0]).toBe(
      [...OPEN_DATASET_INFO['dati-mensili'].columns.map((c) => c.name), 'dati_illustrativi'].join(','),
    );
    expect(lines[0]).toBe(
      'istat,comune,servizio,mese,online,assistito,cartaceo,pagamenti_totali,pagamenti_pagopa,soddisfazione_1,soddisfazione_2,soddisfazione_3,soddisfazione_4,soddisfazione_5,costo_euro,dati_illustrativi',
    );
    expect(lines.slice(1, -1)).toEqual([
      '019001,Alfa,mensa,2024-01,80,10,10,50,50,0,0,0,80,10,,true',
      '019001,Alfa,mensa,2024-02,80,10,10,50,50,0,0,0,80,10,,true',
      '019001,Alfa,mensa,2024-03,80,10,10,50,50,0,0,0,80,10,,true',
      '019001,Alfa,mensa,2024-05,80,10,10,50,50,0,0,0,80,10,,true',
      '019001,Alfa,mensa,2024-06,80,10,10,50,50,0,0,0,80,10,,true',
    ]);
  });

  it('answers 304 without a body when the ETag still matches, and 200 when it does not', async () => {
    const url = `${base}/opendata/comuni/019001/servizi.json`;
    const first = await fetch(url);
    const etag = first.headers.get('etag') ?? '';
    const again = await fetch(url, { headers: { 'if-none-match': etag, ...REVALIDATING } });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    expect(again.headers.get('etag')).toBe(etag);
    expect((await fetch(url, { headers: { 'if-none-match': `"altro", W/${etag}`, ...REVALIDATING } })).status).toBe(
      304,
    );
    expect((await fetch(url, { headers: { 'if-none-match': '"altro"', ...REVALIDATING } })).status).toBe(200);
  });

  it('states the licence and the columns in JSON', async () => {
    const body = (await (await fetch(`${base}/opendata/comuni/019001/servizi.json`)).json()) as Record<
      string,
      unknown
    > & { dati: Record<string, unknown>[] };
    expect(body).toMatchObject({
      dataset: 'servizi',
      comune: { istat: '019001', nome: 'Alfa' },
      titolare: { nome: 'Comune di Alfa', codice_ipa: 'c_a001' },
      licenza: { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
      mese_di_riferimento: '2024-06',
    });
    expect(body.dati.map((s) => [s.servizio, s.fase, s.ultimo_mese_dati, s.dati_non_aggiornati])).toEqual([
      ['mensa', 'switched_off', '2024-06', false],
      ['tari', 'digital_first', null, false],
    ]);
  });

  it('publishes public items only, in every dataset and format', async () => {
    for (const dataset of OPEN_DATASETS) {
      for (const format of ['csv', 'json']) {
        for (const path of [
          `comuni/019001/${dataset}.${format}`,
          `consorzi/consorzio-test/${dataset}.${format}`,
          `comuni/098001/${dataset}.${format}`,
        ]) {
          const res = await fetch(`${base}/opendata/${path}`);
          expect(res.status, path).toBe(200);
          const text = await res.text();
          for (const marker of INTERNAL_MARKERS) expect(text, `${path} leaks "${marker}"`).not.toContain(marker);
          expect(text).not.toContain('internalNote');
        }
      }
    }
  });

  it('serves every comune of a consortium, and no other', async () => {
    const body = (await (await fetch(`${base}/opendata/consorzi/consorzio-test/milestone.json`)).json()) as {
      consorzio: unknown;
      dati: { istat: string; codice: string; dipende_da: string }[];
    };
    expect(body.consorzio).toEqual({ indirizzo: 'consorzio-test', nome: 'Consorzio Test', comuni: 2 });
    expect([...new Set(body.dati.map((m) => m.istat))]).toEqual(['019001', '019002']);
    // The public milestone depends on an internal one too: only the public dependency is named.
    expect(body.dati.find((m) => m.codice === 'id-4')?.dipende_da).toBe('id-2');
  });

  it('answers 404 with a clear message for an unknown comune, consortium, dataset or extension', async () => {
    const cases: [string, string][] = [
      ['comuni/999999/servizi.csv', 'Nessun comune con codice ISTAT 999999'],
      ['consorzi/nessuno/servizi.csv', 'Nessun consorzio con indirizzo "nessuno"'],
      [
        'comuni/019001/servizi.xml',
        'Nessun file "servizi.xml": i dataset sono servizi.csv, fasi.csv, dati-mensili.csv, milestone.csv, ripianificazioni.csv (o .json)',
      ],
      ['comuni/019001/utenti.csv', 'Nessun file "utenti.csv"'],
      ['comuni/019001', 'Indirizzo di dati aperti sconosciuto'],
      ['catalogo.ttl', 'Indirizzo di dati aperti sconosciuto'],
      ['catalogo.rdf?page=9', 'Pagina 9 inesistente: il catalogo ha le pagine da 1 a 1'],
    ];
    for (const [path, message] of cases) {
      const res = await fetch(`${base}/opendata/${path}`);
      expect(res.status, path).toBe(404);
      expect(((await res.json()) as { error: string }).error, path).toContain(message);
    }
  });

  it('documents every dataset and column at /opendata', async () => {
    const res = await fetch(`${base}/opendata`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    const html = await res.text();
    for (const dataset of OPEN_DATASETS)
      for (const column of OPEN_DATASET_INFO[dataset].columns) expect(html).toContain(`<code>${column.name}</code>`);
    expect(html).toContain('Creative Commons Attribuzione 4.0 Internazionale');
    expect(html).toContain('catalogo.rdf');
    expect(html).toContain('<i lang="en">CSV injection</i>');
  });

  it('serves the DCAT-AP_IT catalogue with links from the request, or from SWITCHOFF_PUBLIC_URL', async () => {
    const res = await fetch(`${base}/opendata/catalogo.rdf`);
    expect(res.headers.get('content-type')).toBe('application/rdf+xml; charset=utf-8');
    const etag = res.headers.get('etag') ?? '';
    const store = await parseRdfXml(await res.text(), base);
    expect(subjectsOf(store, 'http://dati.gov.it/onto/dcatapit#Catalog')).toEqual([`${base}/opendata/catalogo`]);
    expect(
      (await fetch(`${base}/opendata/catalogo.rdf`, { headers: { 'if-none-match': etag, ...REVALIDATING } })).status,
    ).toBe(304);
    const configured = await start({
      publicUrl: 'https://switchoff.consorzio.it',
      licence: resolveLicence('IODL-2.0'),
    });
    const jsonld = await fetch(`${configured.base}/opendata/catalogo.jsonld`);
    expect(jsonld.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    const text = await jsonld.text();
    expect(text).toContain('"@id": "https://switchoff.consorzio.it/opendata/catalogo"');
    expect(text).toContain('A29_IODL20');
    expect(text).not.toContain('127.0.0.1');
    expect((await fetch(`${configured.base}/opendata/comuni/019001/fasi.csv`)).headers.get('link')).toBe(
      '<https://www.dati.gov.it/content/italian-open-data-license-v20>; rel="license"',
    );
  });
});

describe('done when: a year of figures from Italian Excel, previewed, applied, then in the open data and the catalogue', () => {
  it('goes from the spreadsheet to the open-data CSV and dct:modified', async () => {
    const { db, base } = await start();
    const editor = sessionUserFor(db, 'editor1');
    const { token } = createSession(db, { userId: editor.id, now: new Date() });
    const headers = { 'content-type': 'application/json', cookie: `${SESSION_COOKIE}=${token}` };
    const csv = readFileSync(
      new URL('../../../packages/api/src/data-io/fixtures/dati-mensili-excel.csv', import.meta.url),
      'utf8',
    );
    const input = { scope: { istat: '019001' }, kind: 'figures', csv };
    const preview = await fetch(`${base}/api/trpc/imports.preview`, {
      method: 'POST',
      headers,
      body: JSON.stringify(input),
    });
    expect(preview.status).toBe(200);
    const { result } = (await preview.json()) as {
      result: { data: { fingerprint: string; totals: Record<string, number> } };
    };
    expect(result.data.totals).toMatchObject({ add: 19, change: 3, unchanged: 2, errors: 0 });
    const before = await fetch(`${base}/opendata/comuni/019001/dati-mensili.csv`);
    const commit = await fetch(`${base}/api/trpc/imports.commit`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ ...input, fingerprint: result.data.fingerprint }),
    });
    expect(commit.status).toBe(200);

    const after = await fetch(`${base}/opendata/comuni/019001/dati-mensili.csv`, {
      headers: { 'if-none-match': before.headers.get('etag') ?? '', ...REVALIDATING },
    });
    expect(after.status).toBe(200);
    const lines = (await after.text()).split('\r\n');
    expect(lines).toContain('019001,Alfa,mensa,2024-02,1210,15,5,1100,1050,0,1,2,30,40,1234.5,true');
    expect(lines).toContain('019001,Alfa,tari,2023-07,200,40,60,300,280,0,0,0,0,0,,true');
    expect(lines).toHaveLength(1 + 24 + 1);

    const catalogue = await parseRdfXml(await (await fetch(`${base}/opendata/catalogo.rdf`)).text(), base);
    const modified = valuesOf(
      catalogue,
      `${base}/opendata/comuni/019001/dati-mensili`,
      'http://purl.org/dc/terms/modified',
    );
    expect(modified).toEqual([new Date().toISOString().slice(0, 10)]);
  });
});
