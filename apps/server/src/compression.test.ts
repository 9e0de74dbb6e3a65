import type { IncomingMessage } from 'node:http';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import {
  ANSWER_BROTLI_QUALITY,
  acceptedEncoding,
  COMPRESS_FROM_BYTES,
  compressBody,
  KEPT_BROTLI_QUALITY,
} from './compression';

const asking = (acceptEncoding?: string) =>
  ({ headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding } }) as IncomingMessage;

/** 20 KB of JSON, as a public read's answer. */
const ANSWER = Buffer.from(
  JSON.stringify({ services: Array.from({ length: 200 }, (_, i) => ({ slug: `servizio-${i}`, takeUp: i / 7 })) }),
);

describe('compression of a whole body', () => {
  it('takes brotli when the client takes it, as a browser does, else gzip, else nothing', () => {
    const size = ANSWER.length;
    expect(acceptedEncoding(asking('gzip, deflate, br, zstd'), size)).toBe('br');
    expect(acceptedEncoding(asking('br;q=0.5, gzip'), size)).toBe('gzip');
    expect(acceptedEncoding(asking('gzip, deflate'), size)).toBe('gzip');
    expect(acceptedEncoding(asking('*'), size)).toBe('br');
    expect(acceptedEncoding(asking('identity'), size)).toBeNull();
    expect(acceptedEncoding(asking('br;q=0, gzip;q=0'), size)).toBeNull();
    // A script that asks nothing (the bench, curl) gets the answer as it is.
    expect(acceptedEncoding(asking(), size)).toBeNull();
  });

  it('sends a body under the threshold as it is, as the compression middleware does', () => {
    expect(acceptedEncoding(asking('br'), COMPRESS_FROM_BYTES - 1)).toBeNull();
    expect(acceptedEncoding(asking('br'), COMPRESS_FROM_BYTES)).toBe('br');
  });

  it('gives back the same bytes once decompressed; an answer made each time is quicker to make, a kept one smaller', () => {
    const answer = compressBody(ANSWER, 'br', ANSWER_BROTLI_QUALITY);
    const kept = compressBody(ANSWER, 'br', KEPT_BROTLI_QUALITY);
    expect(brotliDecompressSync(answer).equals(ANSWER)).toBe(true);
    expect(brotliDecompressSync(kept).equals(ANSWER)).toBe(true);
    expect(kept.length).toBeLessThan(answer.length);
    expect(answer.length).toBeLessThan(ANSWER.length / 4);
    expect(gunzipSync(compressBody(ANSWER, 'gzip', ANSWER_BROTLI_QUALITY)).equals(ANSWER)).toBe(true);
  });
});
