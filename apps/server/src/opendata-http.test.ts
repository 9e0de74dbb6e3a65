import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { createTestWorld, TEST_TODAY } from '@switchoff/api/testing';
import { schema } from '@switchoff/db';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from './app';
import { baseUrlOf } from './http.testing';

/** Revalidation as a browser sends it (fetch adds no-cache to a request with If-None-Match otherwise). */
const REVALIDATING = { 'cache-control': 'max-age=0' };

const servers: { close: () => void }[] = [];
afterAll(() => {
  for (const server of servers.splice(0)) server.close();
});

async function start(options: { demoOnly?: boolean; publishDemo?: boolean } = {}) {
  const world = createTestWorld({ withPeople: true });
  if (options.demoOnly) world.db.update(schema.consortia).set({ demo: true }).run();
  const server = createApp({ db: world.db, today: () => TEST_TODAY, publishDemo: options.publishDemo }).listen(0);
  servers.push(server);
  return await baseUrlOf(server);
}

/** The raw answer, bytes as sent: Node's fetch would decompress them and hide the coding. */
async function raw(url: string, headers: Record<string, string> = {}) {
  const { request } = await import('node:http');
  return new Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }>(
    (resolve, reject) => {
      request(url, { headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
        );
      })
        .on('error', reject)
        .end();
    },
  );
}

describe('open data over HTTP: representations, CORS and addresses', async () => {
  const base = await start();
  const file = `${base}/opendata/consorzi/consorzio-test/dati-mensili.csv`;

  it('gives the compressed and the plain file different strong ETags, each revalidated by its own (RFC 9110)', async () => {
    // The catalogue: the test world's CSV files are under the 1 kB below which nothing is compressed.
    const file = `${base}/opendata/catalogo.rdf`;
    const plain = await raw(file, { 'accept-encoding': 'identity' });
    const br = await raw(file, { 'accept-encoding': 'gzip, deflate, br' });
    const gzip = await raw(file, { 'accept-encoding': 'gzip' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(br.headers['content-encoding']).toBe('br');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(brotliDecompressSync(br.body).equals(plain.body)).toBe(true);
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
    const tags = [plain, br, gzip].map((r) => String(r.headers.etag));
    expect(tags[0]).toMatch(/^"[A-Za-z0-9_-]{43}"$/);
    expect(tags.slice(1)).toEqual([tags[0]?.replace(/"$/, '-br"'), tags[0]?.replace(/"$/, '-gzip"')]);
    for (const r of [plain, br, gzip]) expect(r.headers.vary).toContain('Accept-Encoding');
    const small = await raw(`${base}/opendata/comuni/019001/servizi.csv`, { 'accept-encoding': 'br' });
    expect(small.body.length).toBeLessThan(1024);
    expect(small.headers['content-encoding']).toBeUndefined();
    for (const [accept, tag] of [
      ['identity', tags[0]],
      ['br', tags[1]],
      ['gzip', tags[2]],
    ] as const) {
      const again = await raw(file, { 'accept-encoding': accept, 'if-none-match': String(tag), ...REVALIDATING });
      expect(again.status, accept).toBe(304);
      expect(again.headers.etag).toBe(tag);
    }
    // The plain file's tag does not validate the brotli one: a different representation.
    expect(
      (await raw(file, { 'accept-encoding': 'br', 'if-none-match': String(tags[0]), ...REVALIDATING })).status,
    ).toBe(200);
  });

  it('answers a CORS preflight and lets other sites read the ETag, Link and X-License', async () => {
    const preflight = await fetch(file, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://dati.example.org',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'if-none-match',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
    expect(preflight.headers.get('access-control-allow-methods')).toBe('GET, HEAD, OPTIONS');
    expect(preflight.headers.get('access-control-allow-headers')).toBe('if-none-match');
    const res = await fetch(file, { headers: { origin: 'https://dati.example.org' } });
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('access-control-expose-headers')).toBe('ETag, Link, X-License');
    for (const path of ['/opendata/catalogo.rdf', '/opendata/comuni/019001/servizi.json'])
      expect((await fetch(`${base}${path}`, { method: 'OPTIONS' })).status).toBe(204);
  });

  it('knows a file by its exact address: a trailing slash is 404', async () => {
    expect((await fetch(file)).status).toBe(200);
    for (const path of ['/opendata/comuni/019001/servizi.csv/', '/opendata/consorzi/consorzio-test/servizi.csv/']) {
      const res = await fetch(`${base}${path}`);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type')).toContain('application/json');
    }
  });

  it('resolves the URIs the catalogue names: itself (its agents, contacts and places are fragments) and each dataset', async () => {
    const catalogue = await fetch(`${base}/opendata/catalogo`);
    expect(catalogue.status).toBe(200);
    expect(catalogue.headers.get('content-type')).toBe('application/rdf+xml; charset=utf-8');
    const body = await catalogue.text();
    for (const id of [`${base}/opendata/catalogo#ipa-ctest`, `${base}/opendata/catalogo#contatto-consorzio-test`])
      expect(body).toContain(`rdf:about="${id}"`);
    const asJsonLd = await fetch(`${base}/opendata/catalogo`, { headers: { accept: 'application/ld+json' } });
    expect(asJsonLd.headers.get('content-type')).toBe('application/ld+json; charset=utf-8');
    for (const dataset of ['comuni/019001/dati-mensili', 'consorzi/consorzio-test/servizi']) {
      expect(body).toContain(`rdf:about="${base}/opendata/${dataset}"`);
      const res = await fetch(`${base}/opendata/${dataset}`);
      expect(res.status, dataset).toBe(200);
      expect(((await res.json()) as { dataset: string }).dataset).toBe(dataset.split('/').at(-1));
    }
  });

  it('refuses a catalogue page that is not a whole number with 400 and says why', async () => {
    for (const page of ['abc', '1.5', '-1', '']) {
      const res = await fetch(`${base}/opendata/catalogo.rdf?page=${page}`);
      expect(res.status, page).toBe(400);
      expect(await res.json()).toEqual({
        error: `Pagina "${page}" non valida: ?page= vuole un numero intero da 1 (?page=2)`,
        appError: { code: 'catalogue.pageInvalid', params: { page } },
        documentazione: '/opendata',
      });
    }
    expect((await fetch(`${base}/opendata/catalogo.rdf?page=99`)).status).toBe(404);
    expect((await fetch(`${base}/opendata/catalogo.jsonld?page=1`)).status).toBe(200);
  });
});

describe('open data of an installation that holds only the demo', async () => {
  const base = await start({ demoOnly: true });

  it('links the catalogue only when there is one, and says why not', async () => {
    const page = await (await fetch(`${base}/opendata`)).text();
    expect(page).not.toContain('catalogo.rdf');
    expect(page).toContain(
      'Catalogo DCAT-AP_IT per dati.gov.it: non ancora disponibile. Il catalogo pubblica solo dati reali',
    );
    expect((await fetch(`${base}/opendata/catalogo.rdf`)).status).toBe(404);
    const published = await start({ demoOnly: true, publishDemo: true });
    expect(await (await fetch(`${published}/opendata`)).text()).toContain('/opendata/catalogo.rdf">catalogo.rdf</a>');
    expect((await fetch(`${published}/opendata/catalogo.rdf`)).status).toBe(200);
  });

  it('serves a demo comune’s calendar and feed saying its data are illustrative, as its files do', async () => {
    const ics = await (await fetch(`${base}/comuni/019001/roadmap.ics`)).text();
    expect(ics).toContain('X-WR-CALNAME:Alfa – roadmap dello switch-off (dati illustrativi)');
    const atom = await (await fetch(`${base}/comuni/019001/feed.atom`)).text();
    expect(atom).toContain('<title>Alfa – novità dello switch-off (dati illustrativi)</title>');
    expect(await (await fetch(`${base}/opendata/comuni/019001/fasi.csv`)).text()).toContain('dati_illustrativi');
  });
});
