import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** Bootstrap Italia's icon sprite, as its package ships it. */
export const SOURCE_SPRITE = join(import.meta.dirname, '..', 'node_modules/bootstrap-italia/dist/svg/sprites.svg');
/** The sprite the SPA loads: the source cut to the symbols its code names. */
export const TRIMMED_SPRITE = join(import.meta.dirname, '..', 'src/components/sprites.svg');

/** The `<symbol>` elements of a sprite, by id. */
export function readSymbols(sprite: string): Map<string, string> {
  const symbols = new Map<string, string>();
  for (const match of sprite.matchAll(/<symbol id="([^"]+)"[\s\S]*?<\/symbol>/g)) {
    if (match[1] !== undefined) symbols.set(match[1], match[0]);
  }
  return symbols;
}

/** Every quoted `it-…` name in the SPA's sources (tests aside), sorted: icon names among them. */
export function listNamedIcons(srcDir = join(import.meta.dirname, '..', 'src')): string[] {
  const names = new Set<string>();
  for (const entry of readdirSync(srcDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !/\.tsx?$/.test(entry.name) || /\.test\.tsx?$/.test(entry.name)) continue;
    const code = readFileSync(join(entry.parentPath, entry.name), 'utf8');
    for (const match of code.matchAll(/['"`](it-[a-z0-9-]+)['"`]/g)) if (match[1]) names.add(match[1]);
  }
  return [...names].sort();
}

/** The source sprite cut to the given symbols, in their order. */
export function trimSprite(source: Map<string, string>, names: readonly string[]): string {
  const body = names.flatMap((name) => source.get(name) ?? []).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg">${body}</svg>\n`;
}
