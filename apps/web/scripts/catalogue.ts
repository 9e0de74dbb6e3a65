import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import MessageFormat from '@messageformat/core';
import compileModule from '@messageformat/core/lib/compile-module.js';
import { parse, type Token } from '@messageformat/parser';

/** The languages of the message catalogues; Italian is the reference the types are read from. */
export const CATALOGUE_LOCALES = ['it', 'en'] as const;
export type CatalogueLocale = (typeof CATALOGUE_LOCALES)[number];

/** A catalogue: areas of ICU MessageFormat strings, nested by key; a list holds texts without parameters. */
export type CatalogueTree = { [key: string]: string | readonly string[] | CatalogueTree };

/** How a message uses a parameter: selected on as a count, selected on as a word, or written out. */
export type ParameterKind = 'count' | 'choice' | 'text';

/** The folder holding one JSON file per area for each language (`it/maps.json`, `en/maps.json`). */
export const CATALOGUE_DIR = join(import.meta.dirname, '../src/i18n/catalogue');

function isList(value: unknown): value is readonly string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isTree(value: unknown): value is CatalogueTree {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The area files of a language's catalogue (`maps.json`), sorted. */
export function catalogueAreaFiles(locale: CatalogueLocale, dir = CATALOGUE_DIR): string[] {
  return readdirSync(join(dir, locale))
    .filter((name) => name.endsWith('.json'))
    .sort();
}

/** One language's catalogue: its area files merged (an area key in two files is an error). */
export function readCatalogue(locale: CatalogueLocale, dir = CATALOGUE_DIR): CatalogueTree {
  const tree: CatalogueTree = {};
  for (const file of catalogueAreaFiles(locale, dir)) {
    const area: unknown = JSON.parse(readFileSync(join(dir, locale, file), 'utf8'));
    if (!isTree(area)) throw new Error(`catalogue ${locale}/${file}: not an object of messages`);
    for (const [key, value] of Object.entries(area)) {
      if (key in tree) throw new Error(`catalogue ${locale}/${file}: "${key}" is also in another file`);
      tree[key] = value;
    }
  }
  return tree;
}

/** Every message of a catalogue by its dotted key (`maps.provinceTitle`). */
export function flattenCatalogue(tree: CatalogueTree, prefix = ''): Map<string, string> {
  const flat = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat.set(path, value);
    else if (isList(value)) for (const [index, text] of value.entries()) flat.set(`${path}.${index}`, text);
    else if (isTree(value)) for (const [inner, text] of flattenCatalogue(value, path)) flat.set(inner, text);
    else throw new Error(`catalogue: ${path} is neither a message nor an object of messages`);
  }
  return flat;
}

function collectParameters(tokens: readonly Token[], into: Map<string, ParameterKind>, key: string): void {
  for (const token of tokens) {
    if (token.type === 'content' || token.type === 'octothorpe') continue;
    if (token.type === 'function') throw new Error(`${key}: {${token.arg}, ${token.key}} is not used`);
    if (token.type === 'argument') {
      if (!into.has(token.arg)) into.set(token.arg, 'text');
      continue;
    }
    if (token.type === 'selectordinal') throw new Error(`${key}: selectordinal is not used`);
    into.set(token.arg, token.type === 'plural' ? 'count' : 'choice');
    for (const branch of token.cases) collectParameters(branch.tokens, into, key);
  }
}

/** The parameters a message takes, by name, and how it uses each (a parse error names the key). */
export function messageParameters(key: string, message: string): Map<string, ParameterKind> {
  const parameters = new Map<string, ParameterKind>();
  collectParameters(parse(message, { strict: false }), parameters, key);
  return parameters;
}

/** A message without parameters, as the text it shows (ICU quoting undone), or null. */
function plainText(message: string): string | null {
  const tokens = parse(message, { strict: false });
  if (!tokens.every((token) => token.type === 'content')) return null;
  return tokens.map((token) => (token.type === 'content' ? token.value : '')).join('');
}

function checkTree(tree: CatalogueTree): void {
  for (const [key, message] of flattenCatalogue(tree)) messageParameters(key, message);
}

/** compileModule writes a message without parameters as a function of nothing returning a string literal. */
const CONSTANT_MESSAGE = /\(\) => ("(?:[^"\\]|\\.)*")/g;

/** The compiled module's import of the runtime's helpers. */
const RUNTIME_IMPORT = /^import \{ ([\w, ]+) \} from "@messageformat\/runtime";$/m;

/** The module writing the counts of `#` (src/i18n/catalogue-number.ts). */
export const CATALOGUE_NUMBER_MODULE = join(import.meta.dirname, '../src/i18n/catalogue-number.ts');

/**
 * The runtime's `number` (the count a plural's `#` writes) would build an Intl.NumberFormat, a
 * long task on a phone at first use (see number-text.ts): `#` is written by the app's formatter.
 */
function writeCountsWithoutIntl(source: string): string {
  return source.replace(RUNTIME_IMPORT, (_line: string, names: string) => {
    const helpers = names.split(', ').filter((name) => name !== 'number');
    const own = names.includes('number') ? `import { number } from ${JSON.stringify(CATALOGUE_NUMBER_MODULE)};` : '';
    const runtime = helpers.length > 0 ? `import { ${helpers.join(', ')} } from "@messageformat/runtime";` : '';
    return [runtime, own].filter(Boolean).join('\n');
  });
}

/**
 * A catalogue compiled into the source of an ES module (by @messageformat/core's compileModule, at
 * build time): a message with parameters is a plain function of a parameters object, one without
 * is its text. The browser gets functions and strings, never an ICU string to parse.
 */
export function compileCatalogue(locale: CatalogueLocale, tree: CatalogueTree): string {
  checkTree(tree);
  const lists: string[] = [];
  const source = compileModule(new MessageFormat(locale, { strict: false }), withoutLists(tree, lists));
  const compiled = source
    .replace(CONSTANT_MESSAGE, (_match: string, literal: string) => literal)
    .replace(LIST_MARK, (_match: string, index: string) => lists[Number(index)] ?? '[]');
  return writeCountsWithoutIntl(compiled);
}

/** What compileModule takes: messages nested by key. */
type Compilable = { [key: string]: string | Compilable };

/** Stands for a list while compileModule (which knows no lists) compiles the rest. */
const LIST_MARK = /"\\u0000list:(\d+)"/g;

/** The tree with each list replaced by a mark; the lists' texts, as JSON arrays, go into `lists`. */
function withoutLists(tree: CatalogueTree, lists: string[]): Compilable {
  const out: Compilable = {};
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === 'string') out[key] = value;
    else if (isList(value)) {
      const texts = value.map((text) => {
        const plain = plainText(text);
        if (plain === null) throw new Error(`catalogue: ${key} is a list, whose texts take no parameters`);
        return plain;
      });
      out[key] = `\u0000list:${lists.push(JSON.stringify(texts)) - 1}`;
    } else out[key] = withoutLists(value, lists);
  }
  return out;
}

/** A count is a number; a word selected on or written out is a string (formatted by the screen). */
function typeOfParameter(kind: ParameterKind): string {
  return kind === 'count' ? 'number' : 'string';
}

/** The parameters object of a message that takes some, or null for a plain text. */
function parametersOfMessage(key: string, message: string): string | null {
  if (plainText(message) !== null) return null;
  const fields = [...messageParameters(key, message)]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, kind]) => `${name}: ${typeOfParameter(kind)}`);
  return `{ ${fields.join('; ')} }`;
}

/**
 * The messages that take parameters, grouped by what they take: each parameters object once
 * (sorted, so that one is found by its first parameter's name), with the dotted keys of the
 * messages taking it.
 */
function renderParameters(tree: CatalogueTree): string[] {
  const keysByParameters = new Map<string, string[]>();
  for (const [key, message] of flattenCatalogue(tree)) {
    const parameters = parametersOfMessage(key, message);
    if (parameters === null) continue;
    const keys = keysByParameters.get(parameters) ?? [];
    keysByParameters.set(parameters, [...keys, JSON.stringify(key)]);
  }
  return [...keysByParameters]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([parameters, keys]) => `  Taking<${parameters}, ${keys.join(' | ')}>`);
}

/** `staff-screens.json` → `staffScreens`. */
function areaIdentifier(file: string): string {
  return file.replace(/\.json$/, '').replace(/-(\w)/g, (_dash: string, letter: string) => letter.toUpperCase());
}

/**
 * The TypeScript type of the compiled catalogue, read from the Italian messages: their keys are
 * the JSON files' own (imported as types, so a key is written once, in its area file); this file
 * adds the parameters of the messages that take some.
 */
export function renderCatalogueTypes(tree: CatalogueTree, files: readonly string[]): string {
  const areas = files.map((file) => ({ file, name: areaIdentifier(file) }));
  return [
    '// Generated from src/i18n/catalogue/it/*.json by `pnpm --filter @switchoff/web catalogue:types`: do not edit.',
    '// A test fails when this file is stale.',
    '',
    "import type { CompiledCatalogue, Taking } from './catalogue-shape';",
    ...areas.map(({ file, name }) => `import type ${name} from './catalogue/it/${file}';`),
    '',
    '/** The Italian messages as the area files hold them. */',
    `type Italian = ${areas.map(({ name }) => `typeof ${name}`).join(' &\n  ')};`,
    '',
    '/** The messages that take parameters, by what they take: each is compiled into a function of it. */',
    `type WithParameters = ${renderParameters(tree).join(' &\n').trimStart()};`,
    '',
    '/** The compiled messages of a language: a message with parameters is a function of them. */',
    'export type CatalogueMessages = CompiledCatalogue<Italian, WithParameters>;',
    '',
  ].join('\n');
}

/** Where the generated type lives. */
export const CATALOGUE_TYPES_FILE = join(import.meta.dirname, '../src/i18n/catalogue-types.generated.ts');
