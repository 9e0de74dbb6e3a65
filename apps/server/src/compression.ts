import type { IncomingMessage } from 'node:http';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import Negotiator from 'negotiator';

export type Encoding = 'br' | 'gzip';

/** Brotli first when the client takes both, as the `compression` middleware prefers. */
const ENCODINGS: Encoding[] = ['br', 'gzip'];

/** Smaller bodies are sent as they are, as the `compression` middleware does (its threshold). */
export const COMPRESS_FROM_BYTES = 1024;

/**
 * Brotli's quality for a body compressed once and then sent many times (a prepared page, kept
 * per worker). A rendered comune page of 96 KB: 20,384 bytes at 5 in 1.65 ms, against 22,028 at
 * 4 (the `compression` middleware's quality; 1.14 ms) and 21,424 for gzip (1.61 ms), which
 * Chromium got before brotli was put first; 6 saves 1.3% more for 7% more time, 7 is 3.5 times
 * slower (BENCHMARKS.md, "The HTTP side of a public read").
 */
export const KEPT_BROTLI_QUALITY = 5;

/**
 * Brotli's quality for an answer compressed on every request (a public read). Every browser
 * sends `Accept-Encoding: gzip, deflate, br, zstd`, so each public read it makes is compressed;
 * in one call, 5–28 KB of JSON take about 70 µs of CPU at quality 2 against 190 µs at 4, for 6%
 * more bytes (3,711 against 3,504 on average: BENCHMARKS.md, "The HTTP side of a public read").
 */
export const ANSWER_BROTLI_QUALITY = 2;

/** The encoding a request accepts for a body of `size` bytes, brotli first; null: send it as it is. */
export function acceptedEncoding(req: IncomingMessage, size: number): Encoding | null {
  if (size < COMPRESS_FROM_BYTES || req.headers['accept-encoding'] === undefined) return null;
  const best = new Negotiator(req).encoding(ENCODINGS, { preferred: ENCODINGS });
  return best === 'br' || best === 'gzip' ? best : null;
}

/** A whole body compressed in one call; gzip at zlib's default level. */
export function compressBody(body: Buffer, encoding: Encoding, brotliQuality: number): Buffer {
  return encoding === 'br'
    ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: brotliQuality } })
    : gzipSync(body);
}
