import { describe, expect, it } from 'vitest';
import { breaksFloor, provinceName, SHARE_CLASSES, shareBreaks, shareClass, shareOf } from './national-areas';

describe('map classes and names', () => {
  it('splits the shares shown into five equal steps of whole percents', () => {
    const shares = [0.733, 0.8, 0.957];
    const breaks = shareBreaks(shares);
    expect(breaks).toEqual([0.78, 0.82, 0.87, 0.91, 0.96]);
    expect(breaksFloor(shares, breaks)).toBe(0.73);
    expect(shares.map((s) => shareClass(s, breaks))).toEqual([0, 1, 4]);
  });

  it('keeps fixed fifths when the shares hardly differ or are unknown, and no data as null', () => {
    expect(shareBreaks([0.5, 0.52])).toEqual([...SHARE_CLASSES]);
    expect(shareBreaks([null])).toEqual([...SHARE_CLASSES]);
    expect(breaksFloor([0.5, 0.52], [...SHARE_CLASSES])).toBe(0);
    expect(shareClass(1)).toBe(4);
    expect(shareClass(0)).toBe(0);
    expect(shareClass(null)).toBeNull();
    expect(shareOf(1, 0)).toBeNull();
  });

  it("names Sardinia's 2025 provinces, and any other as the registry does", () => {
    expect(provinceName('113', 'Sassari')).toBe('Gallura Nord-Est Sardegna');
    expect(provinceName('019', 'Cremona')).toBe('Cremona');
    expect(provinceName('091', 'Nuoro')).toBe('Nuoro (provincia soppressa nel 2025)');
  });
});
