import { describe, expect, it } from 'vitest';
import { createDb, type Db } from '../client';
import { dumpTables } from '../testing';
import { getComuneNational } from './comune-national';
import { searchComuni } from './reads';
import { readRegistry } from './registry';
import { describeRegistryChanges, isUnchanged, updateRegistry } from './registry-sync';

const COLUMNS = `istat_code AS istatCode, name, province_code AS provinceCode, province_istat AS provinceIstat,
  province_name AS provinceName, region_code AS regionCode, region_name AS regionName, population,
  ipa_code AS ipaCode, former_istat AS formerIstat`;

function application(db: Db, istat: string, cup: string): void {
  const id = db.$client
    .prepare(
      `INSERT INTO pnrr_applications (istat_code, measure, call, project_key, cup, ipa_code, state, state_date,
        amount_cents, snapshot_date) VALUES (?, '1.4.1', 'Avviso 1.4.1', ?, ?, 'c_x000', 'A', '2023-01-03', 100, '2025-01-09')`,
    )
    .run(istat, cup, cup).lastInsertRowid;
  db.$client
    .prepare(
      "INSERT INTO pnrr_application_states (application_id, state, state_date, snapshot_date) VALUES (?, 'A', '2023-01-03', '2025-01-09')",
    )
    .run(id);
}

/**
 * A database whose registry was loaded before the renames, Albaredo Arnaboldi's merger,
 * Setteville and Sardinia's new codes: Popoli and Campospinoso under their former names,
 * Albaredo Arnaboldi, Alano di Piave and Quero Vas still comuni, Sassari under 090064, each with
 * an application; a consortium tracking Popoli with the name the registry gave it then.
 */
function oldDatabase(): Db {
  const db = createDb(':memory:');
  updateRegistry(db);
  const sql = db.$client;
  sql.exec(`
    UPDATE registry_comuni SET name = 'Popoli', search_key = 'popoli' WHERE istat_code = '068033';
    UPDATE registry_comuni SET name = 'Campospinoso', search_key = 'campospinoso', population = 990 WHERE istat_code = '018026';
    INSERT INTO registry_comuni VALUES ('018002', 'Albaredo Arnaboldi', 'albaredo arnaboldi', 'PV', '018', 'Pavia', '03', 'Lombardia', 225, NULL, NULL);
    DELETE FROM registry_comuni WHERE istat_code = '025075';
    INSERT INTO registry_comuni VALUES ('025002', 'Alano di Piave', 'alano di piave', 'BL', '025', 'Belluno', '05', 'Veneto', 2862, 'c_a121', NULL);
    INSERT INTO registry_comuni VALUES ('025070', 'Quero Vas', 'quero vas', 'BL', '025', 'Belluno', '05', 'Veneto', 3291, NULL, NULL);
    UPDATE registry_comuni SET istat_code = '090064', former_istat = NULL, province_code = 'SS', province_istat = '090', province_name = 'Sassari' WHERE istat_code = '112050';
    INSERT INTO registry_comuni VALUES ('099999', 'Nessuno', 'nessuno', 'XX', '099', 'Altrove', '08', 'Emilia-Romagna', 1, NULL, NULL);
    INSERT INTO consortia (slug, name, ipa_code, city) VALUES ('valle', 'Consorzio Valle', 'cons_v', 'Popoli');
    INSERT INTO comuni (istat_code, name, province_code, region, population, consortium_id, ipa_code)
      VALUES ('068033', 'Popoli', 'PE', 'Abruzzo', 5450, 1, 'c_g878');
  `);
  application(db, '018002', 'ALBAREDO1');
  application(db, '025002', 'ALANO1');
  application(db, '090064', 'SASSARI1');
  return db;
}

describe('a registry loaded before, brought up to the shipped one', () => {
  it('takes the shipped names, codes and successors, moves applications, and leaves the consortia alone', () => {
    const db = oldDatabase();
    const services = dumpTables(db, ['services', 'monthly_figures', 'milestones', 'platform_adoptions', 'consortia']);
    const { comuni, changes } = updateRegistry(db);
    expect(comuni).toBe(readRegistry().length + 1);
    if (changes === null) throw new Error('expected changes');
    expect(changes.added.map((c) => c.istat).sort()).toEqual(['025075', '112050']);
    expect(changes.updated).toEqual(
      expect.arrayContaining([
        { istat: '068033', name: 'Popoli Terme', fields: ['name'] },
        { istat: '018026', name: 'Campospinoso Albaredo', fields: ['name', 'population'] },
      ]),
    );
    expect(changes.replaced).toEqual([
      { istat: '018002', name: 'Albaredo Arnaboldi', by: '018026', applications: 1 },
      { istat: '025002', name: 'Alano di Piave', by: '025075', applications: 1 },
      { istat: '025070', name: 'Quero Vas', by: '025075', applications: 0 },
      { istat: '090064', name: 'Sassari', by: '112050', applications: 1 },
    ]);
    // A code the shipped registry knows nothing of is kept, and said so.
    expect(changes.kept).toEqual([{ istat: '099999', name: 'Nessuno' }]);
    expect(changes.trackedRenamed).toEqual([{ istat: '068033', from: 'Popoli', to: 'Popoli Terme' }]);
    expect(describeRegistryChanges(changes)).toEqual(
      expect.arrayContaining([
        'Registry of comuni brought up to the shipped one: 2 added, 2 updated, 4 ceased or renumbered',
        '  Albaredo Arnaboldi (018002) now 018026: 1 PNRR applications moved, its code taken out of the registry',
        '  tracked comune 068033 renamed Popoli → Popoli Terme',
      ]),
    );

    const stored = db.$client
      .prepare(`SELECT ${COLUMNS} FROM registry_comuni WHERE istat_code != '099999' ORDER BY istat_code`)
      .all();
    expect(stored).toEqual(readRegistry());
    const moved = db.$client.prepare('SELECT istat_code, cup FROM pnrr_applications ORDER BY cup').all();
    expect(moved).toEqual([
      { istat_code: '025075', cup: 'ALANO1' },
      { istat_code: '018026', cup: 'ALBAREDO1' },
      { istat_code: '112050', cup: 'SASSARI1' },
    ]);
    expect(db.$client.prepare('SELECT count(*) FROM pnrr_application_states').pluck().get()).toBe(3);
    expect(dumpTables(db, ['services', 'monthly_figures', 'milestones', 'platform_adoptions', 'consortia'])).toBe(
      services,
    );
    expect(db.$client.prepare("SELECT name, version FROM comuni WHERE istat_code = '068033'").get()).toEqual({
      name: 'Popoli Terme',
      version: 2,
    });
    expect(db.$client.prepare("SELECT actor, before, after FROM audit_log WHERE entity = 'comuni'").all()).toEqual([
      { actor: 'registry', before: '{"name":"Popoli"}', after: '{"name":"Popoli Terme"}' },
    ]);

    // Search and pages answer from the upgraded registry.
    expect(searchComuni(db, 'popoli').hits[0]).toMatchObject({
      istat: '068033',
      name: 'Popoli Terme',
      formerName: 'Popoli',
    });
    expect(searchComuni(db, 'albaredo arnaboldi').hits[0]).toMatchObject({
      istat: '018026',
      mergedName: 'Albaredo Arnaboldi',
    });
    expect(getComuneNational(db, '018002')?.reachedFrom).toEqual({ istat: '018002', name: 'Albaredo Arnaboldi' });
    expect(getComuneNational(db, '018026')).toMatchObject({
      formerName: 'Campospinoso',
      mergedFrom: [{ istat: '018002', name: 'Albaredo Arnaboldi' }],
    });

    // Idempotent: a second run finds nothing to change.
    const again = updateRegistry(db).changes;
    expect(again && isUnchanged(again)).toBe(true);
    expect(describeRegistryChanges(again ?? changes)).toEqual([
      'Registry of comuni: up to date with the shipped one',
      '  kept Nessuno (099999): not in the shipped registry, and no successor known',
    ]);
  });

  it('keeps the successor’s own copy of an application the ceased code also holds', () => {
    const db = oldDatabase();
    application(db, '018026', 'ALBAREDO1');
    const changes = updateRegistry(db).changes;
    expect(changes?.replaced.find((c) => c.istat === '018002')).toEqual({
      istat: '018002',
      name: 'Albaredo Arnaboldi',
      by: '018026',
      applications: 0,
    });
    expect(db.$client.prepare("SELECT count(*) FROM pnrr_applications WHERE cup = 'ALBAREDO1'").pluck().get()).toBe(1);
  });
});
