import { describe, expect, it } from 'vitest';
import { readTopology } from './boundary-files';
import { PathWriter } from './path-writer';
import { propertyOf, shapesOf } from './shapes';

// Prato's seven comuni, as shipped.
const prato = readTopology('limits_P_100_municipalities.topo.json');

describe('maps of Italy: the shipped boundaries', () => {
  it('reads the shipped boundaries: one shape per comune, or their province joined into one', () => {
    const comuni = shapesOf(prato, propertyOf('com_istat_code'));
    expect(comuni.map((s) => s.key).sort()).toEqual([
      '100001',
      '100002',
      '100003',
      '100004',
      '100005',
      '100006',
      '100007',
    ]);
    const province = shapesOf(prato, (p) => propertyOf('com_istat_code')(p).slice(0, 3), true);
    expect(province).toHaveLength(1);
    expect(province[0]?.geometry.type).toBe('MultiPolygon');
    // Two comuni under one key (merged since the boundaries were drawn) are one shape, without `join`.
    const merged = shapesOf(prato, (p) => {
      const code = propertyOf('com_istat_code')(p);
      return code === '100002' ? '100001' : code;
    });
    expect(merged.map((s) => s.key).sort()).toEqual(['100001', '100003', '100004', '100005', '100006', '100007']);
  });

  it('writes compact path data: tenths, relative steps, near points left out, tiny rings whole', () => {
    const writer = new PathWriter(0.6);
    writer.moveTo(10.04, 20.06);
    writer.lineTo(10.2, 20.1); // 0.17 from the last point kept: left out
    writer.lineTo(15, 20.1);
    writer.lineTo(15, 25.55);
    writer.closePath();
    // A ring of three points within the tolerance of each other is kept whole.
    writer.moveTo(1, 1);
    writer.lineTo(1.2, 1);
    writer.lineTo(1.2, 1.2);
    writer.closePath();
    expect(writer.result()).toBe('M10 20.1l5 0 0 5.5zM1 1l0.2 0 0 0.2z');
  });
});
