import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Bootstrap Italia's icon sprite, as its package ships it. */
export const SOURCE_SPRITE = join(import.meta.dirname, '..', 'node_modules/bootstrap-italia/dist/svg/sprites.svg');
/** The module the SPA draws its icons from: the sprite's shapes of the icons its code names. */
export const ICON_MODULE = join(import.meta.dirname, '..', 'src/components/icon-shapes.ts');

/** One `<path>` of an icon, in the sprite's 24 × 24 box. */
export type PathShape = { d: string; transform?: string };

/** The `<symbol>` elements of a sprite, by id. */
export function readSymbols(sprite: string): Map<string, string> {
  const symbols = new Map<string, string>();
  for (const match of sprite.matchAll(/<symbol id="([^"]+)"[\s\S]*?<\/symbol>/g)) {
    if (match[1] !== undefined) symbols.set(match[1], match[0]);
  }
  return symbols;
}

/**
 * The paths of a symbol (their `d` and `transform`; the sprite styles no class). Throws on what
 * an inline icon could not draw the same: another box than 24 × 24, or elements other than paths.
 */
export function readPaths(symbol: string): PathShape[] {
  if (!symbol.includes('viewBox="0 0 24 24"')) throw new Error(`icon box is not 24 × 24: ${symbol.slice(0, 80)}`);
  const inner = symbol.replace(/^<symbol[^>]*>|<\/symbol>$/g, '');
  const paths = [...inner.matchAll(/<path ([^>]*?)\/>/g)];
  if (paths.map((path) => path[0]).join('') !== inner) throw new Error(`icon holds more than paths: ${inner}`);
  return paths.map(([, attributes = '']) => {
    const d = /\bd="([^"]*)"/.exec(attributes)?.[1];
    if (d === undefined) throw new Error(`icon path without d: ${attributes}`);
    const transform = /\btransform="([^"]*)"/.exec(attributes)?.[1];
    return transform === undefined ? { d } : { d, transform };
  });
}

/** Every quoted `it-…` name in the SPA's sources (tests and the generated module aside), sorted. */
export function listNamedIcons(srcDir = join(import.meta.dirname, '..', 'src')): string[] {
  const names = new Set<string>();
  for (const entry of readdirSync(srcDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) continue;
    if (join(entry.parentPath, entry.name) === ICON_MODULE) continue;
    const code = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    for (const match of code.matchAll(/['"`](it-[a-z0-9-]+)['"`]/g)) if (match[1]) names.add(match[1]);
  }
  return [...names].sort();
}

/** The shapes of the named icons of the source sprite that it holds, by name in the given order. */
export function pickShapes(source: Map<string, string>, names: readonly string[]): Record<string, PathShape[]> {
  return Object.fromEntries(
    names.flatMap((name) => {
      const symbol = source.get(name);
      return symbol === undefined ? [] : [[name, readPaths(symbol)]];
    }),
  );
}
