import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chainStep, labelTiers, TICK_TIERS, tierClass } from './tick-tiers';

describe('axis labels by width', () => {
  it('has a rule of charts.css per tier, hiding its labels in a narrower box', () => {
    const css = readFileSync(join(process.cwd(), 'src/charts/charts.css'), 'utf8');
    for (const tier of TICK_TIERS.filter((width) => width > 0)) {
      expect(css).toMatch(
        new RegExp(`@container \\(width < ${tier}px\\) \\{\\s*\\.tick-from-${tier} \\{\\s*display: none;`),
      );
    }
    expect(tierClass(0)).toBeUndefined();
    expect(tierClass(480)).toBe('tick-from-480');
  });

  it('rounds a step up to one dividing the larger ones', () => {
    expect([1, 2, 3, 4, 7, 13, 200].map(chainStep)).toEqual([1, 3, 3, 6, 12, 24, 96]);
  });

  it('shows a label at every width from the least one it fits', () => {
    const labels = labelTiers(12, 8, 0);
    expect(labels[0]).toEqual({ index: 0, minWidth: 0 });
    // Twelve labels of 64 pixels each fit side by side from 768 pixels: all of them at the 800 tier.
    expect(labels.filter((label) => label.minWidth <= 800)).toHaveLength(12);
    expect(labels.filter((label) => label.minWidth <= 320).map((label) => label.index)).toEqual([0, 3, 6, 9]);
  });
});
