import { FIELD_MESSAGES_IT } from './messages-fields';
import { SERVER_MESSAGES_IT } from './messages-server';

export { FIELD_MESSAGES_IT, SERVER_MESSAGES_IT };

/**
 * Every message the domain and the API can answer with, as a stable code and its parameters.
 * The code catalogue is the Italian one (the language of the data, of the CLI and of the API's
 * own `message`); the SPA's English dictionary (`apps/web/src/i18n/messages-en*.ts`) has the
 * same keys and parameter types, checked by the compiler, and a test walks every code in both
 * languages.
 *
 * To add a code: add it with its Italian text to `messages-fields.ts` (a refusal of a field or a
 * CSV cell, flat key) or `messages-server.ts` (an API answer, `area.what`); a text naming values
 * is a function of one object (`({ date }: { date: string }) => …`). Then add the English text
 * in the SPA (the type check fails until you do), and raise it: in the API with
 * `appError(code, params, status)` or `refuseField(field, token(code, params))`; in a zod schema
 * with `token(code, params)` as the message (zod carries only strings, so the code travels as a
 * token, read back by `readToken` at the API's error formatter and in the SPA's forms).
 */
export const MESSAGES_IT = { ...FIELD_MESSAGES_IT, ...SERVER_MESSAGES_IT };

export type MessageCode = keyof typeof MESSAGES_IT;

/** A parameter as it travels in JSON. */
export type MessageParam = string | number;

/** The parameters of a code: the object its text takes, or none. */
export type ParamsOf<C extends MessageCode> = (typeof MESSAGES_IT)[C] extends (params: infer P) => string
  ? P
  : undefined;

/** A dictionary with a text for each key of `T`, a function taking the same parameters where `T` has one. */
export type CatalogueOf<T> = { readonly [K in keyof T]: T[K] extends string ? string : T[K] };

/** A dictionary with a text for every code (the SPA's English one). */
export type MessageCatalogue = CatalogueOf<typeof MESSAGES_IT>;

/** A message as the API sends it: its code and the values its text names. */
export type AppMessage = { code: MessageCode; params: Readonly<Record<string, MessageParam>> };

declare const tokenBrand: unique symbol;

/**
 * A message where only a string fits (a zod issue, a CSV cell's refusal): the code, then its
 * parameters as JSON. The brand keeps prose out: only `token()` makes one.
 */
export type MessageToken = string & { readonly [tokenBrand]: true };

type ParamsArg<C extends MessageCode> = ParamsOf<C> extends undefined ? [] : [params: ParamsOf<C>];

/** JSON has no NaN or Infinity: such a number travels as its text ("NaN"), as a person typed it. */
const keepNonFinite = (_key: string, value: unknown) =>
  typeof value === 'number' && !Number.isFinite(value) ? String(value) : value;

/** The token of a code with its parameters (`token('tooLong', { max: 200 })`). */
export function token<C extends MessageCode>(code: C, ...params: ParamsArg<C>): MessageToken {
  const [values] = params;
  return (values === undefined ? code : `${code} ${JSON.stringify(values, keepNonFinite)}`) as MessageToken;
}

/** The message of a code with its parameters. */
export function appMessage<C extends MessageCode>(code: C, ...params: ParamsArg<C>): AppMessage {
  const [values] = params;
  return { code, params: (values ?? {}) as Record<string, MessageParam> };
}

export function isMessageCode(code: string): code is MessageCode {
  return Object.hasOwn(MESSAGES_IT, code);
}

function paramsOf(json: string): Record<string, MessageParam> | null {
  try {
    const value: unknown = JSON.parse(json);
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
    const entries = Object.entries(value);
    return entries.every(([, v]) => typeof v === 'string' || typeof v === 'number')
      ? (Object.fromEntries(entries) as Record<string, MessageParam>)
      : null;
  } catch {
    return null;
  }
}

/**
 * The message a token carries. Text that is no token (zod's own words for a schema that gave
 * none) is `valueInvalid`, so no untranslated text reaches a person.
 */
export function readToken(text: string): AppMessage {
  const space = text.indexOf(' ');
  const code = space === -1 ? text : text.slice(0, space);
  const params = space === -1 ? {} : paramsOf(text.slice(space + 1));
  return isMessageCode(code) && params !== null ? { code, params } : { code: 'valueInvalid', params: {} };
}

/** A zod issue's message as a token (`valueInvalid` when it carries none). */
export function tokenOf(text: string): MessageToken {
  const { code, params } = readToken(text);
  return (Object.keys(params).length === 0 ? code : `${code} ${JSON.stringify(params)}`) as MessageToken;
}

/** A message (or a token, as zod carries it) as text, in the language of `catalogue`. */
export function formatMessage(catalogue: MessageCatalogue, message: AppMessage | string): string {
  const { code, params } = typeof message === 'string' ? readToken(message) : message;
  const text: unknown = catalogue[code];
  return typeof text === 'function' ? (text as (p: typeof params) => string)(params) : String(text);
}

/** A message in Italian: the API's `message`, the CLI's output. */
export function italianText(message: AppMessage | string): string {
  return formatMessage(MESSAGES_IT, message);
}

type FixedCode = { [C in MessageCode]: ParamsOf<C> extends undefined ? C : never }[MessageCode];

/** The token of every code that names no value, by code: `MESSAGES.istatCode` in a schema. */
export const MESSAGES = Object.fromEntries(
  Object.entries(MESSAGES_IT)
    .filter(([, text]) => typeof text === 'string')
    .map(([code]) => [code, code]),
) as { readonly [C in FixedCode]: MessageToken };
