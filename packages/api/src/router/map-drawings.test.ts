import { beforeAll, describe, expect, it } from 'vitest';
import { addNationalRows } from '../national.testing';
import { createTestWorld, publicCaller } from '../testing';

/** Every coordinate of a path's data, absolute, in the drawing's units. */
function pointsOf(d: string): [number, number][] {
  const points: [number, number][] = [];
  for (const ring of d.split('z').filter((r) => r !== '')) {
    const [move = '', steps = ''] = ring.slice(1).split('l');
    const [x0 = 0, y0 = 0] = move.split(' ').map(Number);
    let [x, y] = [x0, y0];
    points.push([x, y]);
    const numbers = steps.match(/-?\d+(\.\d+)?/g)?.map(Number) ?? [];
    for (let i = 0; i + 1 < numbers.length; i += 2) {
      x += numbers[i] ?? 0;
      y += numbers[i + 1] ?? 0;
      points.push([x, y]);
    }
  }
  return points;
}

describe('italy maps: drawings projected on the server', () => {
  const world = createTestWorld();
  beforeAll(() => addNationalRows(world.db));

  it('draws the 20 regions inside the drawing, the larger ones with room for their value', async () => {
    const drawing = await publicCaller(world.db).italy.drawing({ level: 'italy' });
    expect(drawing?.width).toBe(600);
    expect(drawing?.areas.map((a) => a.key).sort()).toHaveLength(20);
    const lombardia = drawing?.areas.find((a) => a.key === '03');
    expect(lombardia?.d).toMatch(/^M\d+(\.\d)? \d+(\.\d)?l/);
    expect(lombardia?.label).not.toBeNull();
    for (const area of drawing?.areas ?? []) {
      for (const [x, y] of pointsOf(area.d)) {
        expect(x).toBeGreaterThanOrEqual(7.5);
        expect(x).toBeLessThanOrEqual(592.5);
        expect(y).toBeGreaterThanOrEqual(7.5);
        expect(y).toBeLessThanOrEqual((drawing?.height ?? 0) - 7.5);
      }
    }
  });

  it("joins a region's comuni into its provinces, the renumbered ones into their 2025 province", async () => {
    const api = publicCaller(world.db);
    const sardegna = await api.italy.region({ code: '20' });
    const drawing = await api.italy.drawing({ level: 'region', code: '20' });
    const keys = new Set(drawing?.areas.map((a) => a.key));
    // Sassari's boundary carries 090064, renumbered 112050: it is part of province 112.
    expect(keys.has('112')).toBe(true);
    // Only the areas the map has are sent (the drawing is fitted to every boundary of the file).
    for (const key of keys) expect(sardegna.areas.some((a) => a.code === key)).toBe(true);
  });

  it("draws a province's comuni, each once, and keeps the drawing for the next visitor", async () => {
    const api = publicCaller(world.db);
    const cremona = await api.italy.province({ code: '019' });
    const drawing = await api.italy.drawing({ level: 'province', code: '019' });
    const keys = drawing?.areas.map((a) => a.key) ?? [];
    expect(new Set(keys).size).toBe(keys.length);
    expect(keys.length).toBeGreaterThan(100);
    for (const key of keys) expect(cremona.areas.some((a) => a.code === key)).toBe(true);
    expect(await api.italy.drawing({ level: 'province', code: '019' })).toEqual(drawing);
  });

  it('refuses a code of another shape, and says an unknown province is not found', async () => {
    const api = publicCaller(world.db);
    await expect(api.italy.drawing({ level: 'region', code: '3' } as never)).rejects.toMatchObject({
      code: 'BAD_REQUEST',
    });
    await expect(api.italy.drawing({ level: 'province', code: '999' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});
