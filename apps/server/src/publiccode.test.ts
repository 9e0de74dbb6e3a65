import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

/**
 * The repository root's publiccode.yml against the rules the official validator (publiccode-parser-go, v0
 * schema, which reads 0.4) applies: its errors, and its deprecation warnings too, since Developers Italia
 * shows those to whoever reads the catalogue.
 */
const root = new URL('../../../', import.meta.url);
const text = readFileSync(new URL('publiccode.yml', root), 'utf8');
const publiccode = parse(text) as Record<string, unknown>;

/** The three values only the publishing body may fill in, as publiccode.yml's header documents them. */
const PLACEHOLDERS = {
  url: 'https://example.org/switchoff.git',
  codiceIPA: 'da-inserire',
  contactName: 'Da indicare',
  contactEmail: 'manutenzione@example.org',
};

const DEVELOPMENT_STATUSES = ['concept', 'development', 'beta', 'stable', 'obsolete'];
const SOFTWARE_TYPES = [
  'standalone/mobile',
  'standalone/iot',
  'standalone/desktop',
  'standalone/web',
  'standalone/backend',
  'standalone/other',
  'addon',
  'library',
  'configurationFiles',
];
const MAINTENANCE_TYPES = ['internal', 'contract', 'community', 'none'];
/** Words that name an organisation, an office or a team, never a person (the standard wants a person). */
const NOT_A_PERSON =
  /\b(consorzio|comune|servizi?|ufficio|settore|team|staff|s\.?p\.?a|s\.?r\.?l|help ?desk|supporto)\b|[,@]/i;
const IPA_CODE = /^[a-z0-9_]{2,20}$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[a-z]{2,}$/i;

const asRecord = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** What the validator would refuse or warn about, each as "key: reason"; placeholders are reported apart. */
const checkPubliccode = (doc: Record<string, unknown>): { problems: string[]; placeholders: string[] } => {
  const problems: string[] = [];
  const placeholders: string[] = [];
  if (doc.url === PLACEHOLDERS.url) placeholders.push('url');
  else if (!/^https:\/\/\S+$/.test(String(doc.url))) problems.push('url: not an https address');
  if ('it' in doc) problems.push('it: lowercase country section, deprecated: use IT');
  for (const [language, description] of Object.entries(asRecord(doc.description))) {
    const genericName = asRecord(description).genericName;
    if (genericName !== undefined && String(genericName).length > 35)
      problems.push(`description.${language}.genericName: longer than 35 characters`);
  }
  for (const country of asList(asRecord(doc.intendedAudience).countries))
    if (!/^[A-Z]{2}$/.test(String(country))) problems.push(`intendedAudience.countries: ${country} is not upper-case`);
  if (asRecord(doc.legal).repoOwner !== undefined) problems.push('legal.repoOwner: deprecated');
  const it = asRecord(doc.IT);
  if (!['0.2', '1.0'].includes(String(it.countryExtensionVersion))) problems.push('IT.countryExtensionVersion');
  const codiceIPA = asRecord(it.riuso).codiceIPA;
  if (codiceIPA === PLACEHOLDERS.codiceIPA) placeholders.push('IT.riuso.codiceIPA');
  else if (typeof codiceIPA !== 'string' || !IPA_CODE.test(codiceIPA))
    problems.push('IT.riuso.codiceIPA: missing or not an IPA code');
  const maintenance = asRecord(doc.maintenance);
  const contacts = asList(maintenance.contacts).map(asRecord);
  if (['internal', 'community'].includes(String(maintenance.type)) && contacts.length === 0)
    problems.push('maintenance.contacts: required for internal or community maintenance');
  for (const [index, contact] of contacts.entries()) {
    const key = `maintenance.contacts[${index}]`;
    if (contact.name === PLACEHOLDERS.contactName && contact.email === PLACEHOLDERS.contactEmail) {
      placeholders.push(key);
      continue;
    }
    const name = String(contact.name ?? '');
    if (name.trim().split(/\s+/).length < 2 || NOT_A_PERSON.test(name)) problems.push(`${key}.name: not a person`);
    if (contact.email !== undefined && !EMAIL.test(String(contact.email))) problems.push(`${key}.email`);
  }
  return { problems, placeholders };
};

const record = (value: unknown, key: string): Record<string, unknown> => {
  expect(value, key).toBeTypeOf('object');
  expect(value, key).not.toBeNull();
  return value as Record<string, unknown>;
};

describe('publiccode.yml', () => {
  it('passes the validator’s rules, with only the documented placeholders left to the publishing body', () => {
    expect(checkPubliccode(publiccode)).toEqual({
      problems: [],
      placeholders: ['url', 'IT.riuso.codiceIPA', 'maintenance.contacts[0]'],
    });
    for (const value of Object.values(PLACEHOLDERS)) expect(text.split('\n').slice(0, 12).join('\n')).toContain(value);
  });

  it('accepts the file once the body fills in its repository, its IPA code and a person', () => {
    const filled = structuredClone(publiccode);
    filled.url = 'https://git.example.org/switchoff.git';
    record(record(filled.IT, 'IT').riuso, 'riuso').codiceIPA = 'c_d142';
    record(filled.maintenance, 'maintenance').contacts = [
      { name: 'Maria Bianchi', email: 'maria.bianchi@example.org', affiliation: 'Comune di Crema' },
    ];
    expect(checkPubliccode(filled)).toEqual({ problems: [], placeholders: [] });
  });

  it('refuses what the validator refuses or marks deprecated', () => {
    const broken = structuredClone(publiccode);
    broken.it = broken.IT;
    broken.IT = { countryExtensionVersion: '1.0' };
    record(record(broken.description, 'description').it, 'it').genericName = 'x'.repeat(36);
    record(broken.intendedAudience, 'intendedAudience').countries = ['it'];
    record(broken.legal, 'legal').repoOwner = 'Consorzio.IT';
    record(broken.maintenance, 'maintenance').contacts = [{ name: 'Consorzio.IT, servizi di sviluppo software' }];
    expect(checkPubliccode(broken).problems).toEqual([
      'it: lowercase country section, deprecated: use IT',
      'description.it.genericName: longer than 35 characters',
      'intendedAudience.countries: it is not upper-case',
      'legal.repoOwner: deprecated',
      'IT.riuso.codiceIPA: missing or not an IPA code',
      'maintenance.contacts[0].name: not a person',
    ]);
  });

  it('declares version 0.4, the kind of software and its release', () => {
    expect(publiccode.publiccodeYmlVersion).toBe('0.4');
    expect(publiccode.name).toBe('Switch-off');
    expect(publiccode.platforms).toEqual(['web']);
    expect(DEVELOPMENT_STATUSES).toContain(publiccode.developmentStatus);
    expect(SOFTWARE_TYPES).toContain(publiccode.softwareType);
    expect(publiccode.softwareType).toBe('standalone/web');
    expect(String(publiccode.releaseDate)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(String(publiccode.releaseDate)))).toBe(false);
    expect(MAINTENANCE_TYPES).toContain(record(publiccode.maintenance, 'maintenance').type);
  });

  it('describes the software in Italian and in English', () => {
    const description = record(publiccode.description, 'description');
    for (const language of ['it', 'en']) {
      const d = record(description[language], `description.${language}`);
      expect(typeof d.shortDescription, language).toBe('string');
      expect(String(d.shortDescription).length, `${language} shortDescription (≤ 150)`).toBeLessThanOrEqual(150);
      expect(String(d.shortDescription).length).toBeGreaterThan(20);
      expect(String(d.longDescription).length, `${language} longDescription (150–10000)`).toBeGreaterThanOrEqual(150);
      expect(String(d.longDescription).length).toBeLessThanOrEqual(10000);
      expect(Array.isArray(d.features) && d.features.length > 0, `${language} features`).toBe(true);
    }
  });

  it('states the licence, matching the LICENSE file', () => {
    const legal = record(publiccode.legal, 'legal');
    expect(legal.license).toBe('MIT');
    const license = readFileSync(new URL('LICENSE', root), 'utf8');
    expect(license.startsWith('MIT License')).toBe(true);
    expect(license).toContain(`Copyright (c) 2026 ${legal.mainCopyrightOwner}`);
  });

  it('says it is localised, in Italian and English, and what it depends on', () => {
    const localisation = record(publiccode.localisation, 'localisation');
    expect(localisation.localisationReady).toBe(true);
    expect(localisation.availableLanguages).toEqual(expect.arrayContaining(['it', 'en']));
    const open = record(publiccode.dependsOn, 'dependsOn').open as unknown[];
    expect(open.map((d) => record(d, 'dependsOn.open').name)).toEqual(['Node.js', 'SQLite']);
  });
});
