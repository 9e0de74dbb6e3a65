import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listNamedIcons, readSymbols, SOURCE_SPRITE, TRIMMED_SPRITE, trimSprite } from '../../scripts/sprite-symbols';

describe('the trimmed icon sprite (src/components/sprites.svg)', () => {
  it('holds exactly the Bootstrap Italia symbols the sources name (else: run scripts/trim-sprite.ts)', () => {
    const source = readSymbols(readFileSync(SOURCE_SPRITE, 'utf8'));
    const used = listNamedIcons().filter((name) => source.has(name));
    expect(used).toContain('it-check-circle');
    expect(readFileSync(TRIMMED_SPRITE, 'utf8')).toBe(trimSprite(source, used));
  });
});
