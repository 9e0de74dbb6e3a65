import { beforeAll, describe, expect, it } from 'vitest';
import { addNationalRows } from '../national.testing';
import { createTestWorld, publicCaller } from '../testing';

describe('italy maps: PNRR measures and switch-off by region, province and comune', () => {
  const world = createTestWorld();
  beforeAll(() => addNationalRows(world.db));

  it('counts per region the comuni that completed or are funded for each measure, each comune once', async () => {
    const map = await publicCaller(world.db).italy.regions();
    expect(map.areas).toHaveLength(20);
    const lombardia = map.areas.find((a) => a.code === '03');
    expect(lombardia).toMatchObject({ name: 'Lombardia', comuni: 1502 });
    expect(lombardia?.measures['1.4.5']).toEqual({ completed: 2, funded: 0 });
    expect(lombardia?.measures['1.4.1']).toEqual({ completed: 0, funded: 1 });
    expect(map.areas.find((a) => a.code === '20')?.measures['1.4.5']).toEqual({ completed: 1, funded: 0 });
    expect(map.total.comuni).toBe(map.areas.reduce((sum, a) => sum + a.comuni, 0));
    expect(map.total.measures['1.4.5'].completed).toBe(3);
    expect(map.measures).toEqual([
      { measure: '1.4.1', snapshot: '2025-01-09' },
      { measure: '1.4.5', snapshot: '2026-08-22' },
    ]);
    expect(map.source.licence).toBe('CC BY 4.0');
  });

  it("gives each measure's latest snapshot after an import moved only the snapshot date", async () => {
    const before = await publicCaller(world.db).italy.province({ code: '019' });
    expect(before.measures).toContainEqual({ measure: '1.4.5', snapshot: '2026-08-22' });
    // What a re-import of a later file with the same states writes: no history row.
    world.db.$client.prepare("UPDATE pnrr_applications SET snapshot_date = '2026-11-30' WHERE measure = '1.4.5'").run();
    const after = await publicCaller(world.db).italy.region({ code: '03' });
    expect(after.measures).toContainEqual({ measure: '1.4.5', snapshot: '2026-11-30' });
    world.db.$client.prepare("UPDATE pnrr_applications SET snapshot_date = '2026-08-22' WHERE measure = '1.4.5'").run();
  });

  it('adds up the public services of tracked comuni and those switched off; untracked areas have none', async () => {
    const map = await publicCaller(world.db).italy.regions();
    const lombardia = map.areas.find((a) => a.code === '03');
    expect(lombardia?.tracked?.comuni).toBeGreaterThan(0);
    expect(lombardia?.tracked?.services).toBeGreaterThanOrEqual(lombardia?.tracked?.switchedOff ?? 0);
    expect(map.areas.find((a) => a.code === '02')?.tracked).toBeNull();
    // The country's figures come from the roll-ups, a region's from every service: they agree.
    const provinces = (await publicCaller(world.db).italy.region({ code: '03' })).areas;
    const sum = (pick: (t: { comuni: number; services: number; switchedOff: number }) => number) =>
      provinces.reduce((total, p) => total + (p.tracked ? pick(p.tracked) : 0), 0);
    expect(lombardia?.tracked).toEqual({
      comuni: sum((t) => t.comuni),
      services: sum((t) => t.services),
      switchedOff: sum((t) => t.switchedOff),
    });
  });

  it("draws a region's provinces under their current names (Sardinia's 2025 provinces)", async () => {
    const api = publicCaller(world.db);
    const lombardia = await api.italy.region({ code: '03' });
    expect(lombardia.name).toBe('Lombardia');
    expect(lombardia.areas.find((a) => a.code === '019')).toMatchObject({ name: 'Cremona', sigla: 'CR' });
    const sardegna = await api.italy.region({ code: '20' });
    expect(sardegna.areas.find((a) => a.code === '113')?.name).toBe('Gallura Nord-Est Sardegna');
    expect(sardegna.areas.find((a) => a.code === '112')?.measures['1.4.5'].completed).toBe(1);
    // Sassari's boundary carries 090064: the map joins it into the province of 112050.
    expect(sardegna.renumbered['090064']).toBe('112');
    expect(lombardia.renumbered).toEqual({});
    // Comuni PA digitale names only under their former code stay on the abolished province, named so.
    expect(sardegna.areas.find((a) => a.code === '091')?.name).toBe('Nuoro (provincia soppressa nel 2025)');
    expect(sardegna.areas.find((a) => a.code === '114')?.name).toBe('Nuoro');
  });

  it("lists a province's comuni with their region, former codes and each measure's state", async () => {
    const api = publicCaller(world.db);
    const cremona = await api.italy.province({ code: '019' });
    expect(cremona).toMatchObject({ name: 'Cremona', region: { code: '03', name: 'Lombardia' } });
    expect(cremona.areas.length).toBeGreaterThan(100);
    const ripalta = cremona.areas.find((a) => a.code === '019081');
    expect(ripalta).toMatchObject({ name: 'Ripalta Cremasca', comuni: 1, tracked: null });
    expect(ripalta?.measures['1.4.5']).toEqual({ completed: 1, funded: 0 });
    const sassari = await api.italy.province({ code: '112' });
    expect(sassari.areas.find((a) => a.code === '112050')?.formerIstat).toBe('090064');
    // Alano di Piave's and Quero Vas's boundaries are drawn as Setteville, the comune they merged into.
    const belluno = await api.italy.province({ code: '025' });
    expect(belluno.renumbered).toEqual({ '025002': '025075', '025070': '025075' });
    expect(belluno.areas.some((a) => a.code === '025002')).toBe(false);
    // Albaredo Arnaboldi's boundary is drawn as Campospinoso Albaredo, named as it is called now.
    const pavia = await api.italy.province({ code: '018' });
    expect(pavia.renumbered).toEqual({ '018002': '018026' });
    expect(pavia.areas.find((a) => a.code === '018026')?.name).toBe('Campospinoso Albaredo');
  });

  it('answers an unknown area with NOT_FOUND and a malformed code with BAD_REQUEST', async () => {
    const api = publicCaller(world.db);
    await expect(api.italy.region({ code: '99' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(api.italy.province({ code: '999' })).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(api.italy.region({ code: 'x' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    await expect(api.italy.province({ code: '19' })).rejects.toMatchObject({ code: 'BAD_REQUEST' });
  });
});
