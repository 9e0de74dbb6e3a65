import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listNamedIcons, pickShapes, readSymbols, SOURCE_SPRITE } from '../../scripts/icon-shapes';
import { ICON_SHAPES } from './icon-shapes';

describe('the icons drawn inline (src/components/icon-shapes.ts)', () => {
  it('are exactly the Bootstrap Italia icons the sources name, path for path (else: run scripts/write-icon-shapes.ts)', () => {
    const source = readSymbols(readFileSync(SOURCE_SPRITE, 'utf8'));
    const shapes = pickShapes(source, listNamedIcons());
    expect(Object.keys(shapes)).toContain('it-check-circle');
    expect(ICON_SHAPES).toEqual(shapes);
  });
});
