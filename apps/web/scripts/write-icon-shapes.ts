/**
 * Writes src/components/icon-shapes.ts: the paths of Bootstrap Italia's icons (its sprite holds
 * 179) that the sources name, drawn inline by `Icon`. Run after using a new icon
 * (`pnpm exec tsx apps/web/scripts/write-icon-shapes.ts`); src/components/icon-shapes.test.ts
 * fails until then, and `Icon` does not take the new name.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { ICON_MODULE, listNamedIcons, pickShapes, readSymbols, SOURCE_SPRITE } from './icon-shapes';

const shapes = pickShapes(readSymbols(readFileSync(SOURCE_SPRITE, 'utf8')), listNamedIcons());
const module = `// Written by scripts/write-icon-shapes.ts from Bootstrap Italia's sprite: do not edit.

/**
 * The paths of the Bootstrap Italia icons the app names, in a 24 × 24 box, drawn inline: an
 * external sprite arrived as a second document after the first paint and restyled every icon.
 */
export const ICON_SHAPES = ${JSON.stringify(shapes)} as const satisfies Record<string, readonly { d: string; transform?: string }[]>;
`;
writeFileSync(ICON_MODULE, module);
execFileSync('pnpm', ['exec', 'biome', 'format', '--write', ICON_MODULE], { stdio: 'inherit' });
console.log(`${ICON_MODULE}: ${Object.keys(shapes).length} icons`);
