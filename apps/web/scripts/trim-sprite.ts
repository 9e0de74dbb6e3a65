/**
 * Writes src/components/sprites.svg: Bootstrap Italia's icon sprite (179 symbols, 32 KB gzipped)
 * cut to the symbols the sources name. Run after using a new icon
 * (`pnpm exec tsx apps/web/scripts/trim-sprite.ts`); src/components/sprites.test.ts fails until then.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { listNamedIcons, readSymbols, SOURCE_SPRITE, TRIMMED_SPRITE, trimSprite } from './sprite-symbols';

const source = readSymbols(readFileSync(SOURCE_SPRITE, 'utf8'));
const used = listNamedIcons().filter((name) => source.has(name));
writeFileSync(TRIMMED_SPRITE, trimSprite(source, used));
console.log(`${TRIMMED_SPRITE}: ${used.length} of ${source.size} symbols`);
