import { createDb, type Db, schema } from '@switchoff/db';
import { loadShippedNational } from '@switchoff/db/national';
import { rollupDifferences } from '@switchoff/db/rollups';
import { seedDemo } from '@switchoff/db/seed';
import { CONSORTIUM, RIPALTA_ISTAT } from '@switchoff/db/seed/demo';
import { STAGES, type Stage } from '@switchoff/domain';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createContextInner } from '../context';
import { buildCatalogue } from '../opendata/catalogue';
import { openDataFile } from '../opendata/files';
import { resolveLicence } from '../opendata/licences';
import { findComune } from '../reads/lookup';
import { createCaller } from '../root';
import { refusal } from '../testing';
import { archiveComune } from '../writes/consortia';

const TODAY = '2026-11-27';
const SLUG = CONSORTIUM.slug;
const CREMONA = '019';
const LOMBARDIA = '03';
const none = { comune_month_totals: [], region_month_totals: [], service_status: [], region_stage_counts: [] };

/** The consortium's staff, as the session would carry them (the demo seeds no accounts). */
function staffCaller(db: Db) {
  const consortium = db.select().from(schema.consortia).where(eq(schema.consortia.slug, SLUG)).get();
  if (!consortium) throw new Error('no demo consortium');
  const user = {
    id: 0,
    email: 'editor@example.it',
    name: 'Redazione',
    role: 'editor' as const,
    consortiumId: consortium.id,
    comuneIds: [],
  };
  return createCaller(createContextInner({ db, today: () => TODAY, user }));
}

const publicApi = (db: Db) => createCaller(createContextInner({ db, today: () => TODAY }));

/** Every public figure that a tracked comune adds to. */
async function publicFigures(db: Db) {
  const api = publicApi(db);
  const licence = resolveLicence(undefined);
  const servizi = openDataFile(db, { target: { consortium: SLUG }, file: 'servizi.json', today: TODAY, licence });
  const catalogue = buildCatalogue(db, {
    baseUrl: 'https://dati.example.it',
    licence,
    format: 'jsonld',
    page: 1,
    operator: null,
    today: TODAY,
    publishDemo: true,
  });
  return {
    national: await api.national.summary(),
    italy: await api.italy.regions(),
    region: await api.italy.region({ code: LOMBARDIA }),
    province: await api.italy.province({ code: CREMONA }),
    consortia: await api.consortia.list(),
    portfolio: await api.consortia.portfolio({ slug: SLUG }),
    canteen: await api.consortia.serviceAcross({ consortium: SLUG, service: 'mensa-scolastica' }),
    list: await api.comuni.list({ consortium: SLUG, limit: 100 }),
    openData: JSON.parse(servizi.body) as { dati: { istat: string }[] },
    catalogue: catalogue.body,
  };
}

const minus = (a: Record<Stage, number>, b: Record<Stage, number>) =>
  Object.fromEntries(STAGES.map((s) => [s, a[s] - b[s]]));

/**
 * Archiving a comune takes it out of every public count (the roll-ups the triggers keep, the
 * maps, the national summary, the portfolio, open data, the catalogue) in the archive's own
 * transaction; bringing it back puts every figure back as it was. Its own rows are untouched.
 */
describe('an archived comune in the public figures (the demo, Ripalta Cremasca)', () => {
  const db = createDb(':memory:');
  let before: Awaited<ReturnType<typeof publicFigures>>;
  let archived: Awaited<ReturnType<typeof publicFigures>>;
  let ripalta: Awaited<ReturnType<typeof publicFigures>>['portfolio']['comuni'][number];
  let staffView: unknown;
  const figuresOfRipalta = () =>
    db.$client
      .prepare(
        `SELECT f.* FROM monthly_figures f JOIN services s ON s.id = f.service_id JOIN comuni c ON c.id = s.comune_id
        WHERE c.istat_code = ? ORDER BY f.id`,
      )
      .all(RIPALTA_ISTAT);
  let ownRows: unknown[];
  // The archive bumps the comune's version; everything else its staff read stays as it was.
  const staffOverview = async () => {
    const { comune, ...rest } = await staffCaller(db).comuni.overview({ istat: RIPALTA_ISTAT });
    const { version: _version, ...fields } = comune as typeof comune & { version?: number };
    return { comune: fields, ...rest };
  };

  beforeAll(async () => {
    seedDemo(db, { until: '2026-10', today: TODAY });
    loadShippedNational(db);
    before = await publicFigures(db);
    const found = before.portfolio.comuni.find((c) => c.istat === RIPALTA_ISTAT);
    if (!found) throw new Error('Ripalta Cremasca is not in the portfolio');
    ripalta = found;
    staffView = await staffOverview();
    ownRows = figuresOfRipalta();
    const { comune } = findComune(db, RIPALTA_ISTAT);
    const author = { userId: null, actor: 'test' };
    archiveComune(db, { author, comune, input: { istat: RIPALTA_ISTAT, archived: true, version: comune.version } });
    archived = await publicFigures(db);
  });

  it('counted Ripalta Cremasca before (the test reads real figures)', () => {
    expect(ripalta.services).toBeGreaterThan(0);
    expect(ripalta.stageCounts.switched_off).toBeGreaterThan(0);
    expect(ripalta.takeUp?.n).toBeGreaterThan(0);
    expect(before.openData.dati.some((r) => r.istat === RIPALTA_ISTAT)).toBe(true);
    expect(before.catalogue).toContain(`/comuni/${RIPALTA_ISTAT}/`);
  });

  it('keeps the roll-ups equal to the raw rows', () => {
    expect(rollupDifferences(db.$client)).toEqual(none);
  });

  it('takes it out of the national summary: comuni, inhabitants, stages, take-up, milestones', () => {
    const [was, is] = [before.national.totals, archived.national.totals];
    expect(is.comuni).toBe(was.comuni - 1);
    expect(is.population).toBe(was.population - ripalta.population);
    expect(is.stageCounts).toEqual(minus(was.stageCounts, ripalta.stageCounts));
    expect(is.takeUp?.n).toBe((was.takeUp?.n ?? 0) - (ripalta.takeUp?.n ?? 0));
    expect(is.lateMilestones).toBe(was.lateMilestones - ripalta.lateMilestones);
    expect(is.slippedMilestones).toBe(was.slippedMilestones - ripalta.slippedMilestones);
    expect(is.doneLateMilestones).toBe(was.doneLateMilestones - ripalta.doneLateMilestones);
    expect(is.slippageDays).toBe(was.slippageDays - ripalta.slippageDays);
    expect(is.replans).toBe(was.replans - ripalta.replans);
    const lombardia = (f: typeof before) => f.national.regions.find((r) => r.region === 'Lombardia');
    expect(lombardia(archived)?.comuni).toBe((lombardia(before)?.comuni ?? 0) - 1);
  });

  it('takes it out of the maps of Italy, Lombardy and the province of Cremona', () => {
    const counted = (map: { areas: { code: string; tracked: unknown }[] }, code: string) =>
      map.areas.find((a) => a.code === code)?.tracked as { comuni: number; services: number; switchedOff: number };
    const less = (was: ReturnType<typeof counted>) => ({
      comuni: was.comuni - 1,
      services: was.services - ripalta.services,
      switchedOff: was.switchedOff - ripalta.stageCounts.switched_off,
    });
    expect(counted(archived.italy, LOMBARDIA)).toEqual(less(counted(before.italy, LOMBARDIA)));
    expect(archived.italy.total.tracked).toEqual(less(before.italy.total.tracked ?? counted(before.italy, '')));
    expect(counted(archived.region, CREMONA)).toEqual(less(counted(before.region, CREMONA)));
    expect(counted(before.province, RIPALTA_ISTAT)).not.toBeNull();
    expect(counted(archived.province, RIPALTA_ISTAT)).toBeNull();
  });

  it('takes it out of the home page’s consortia, the portfolio with its totals and the service across comuni', () => {
    const comuni = (f: typeof before) => f.consortia.find((c) => c.slug === SLUG)?.comuni ?? 0;
    expect(comuni(archived)).toBe(comuni(before) - 1);
    expect(archived.portfolio.comuni.map((c) => c.istat)).not.toContain(RIPALTA_ISTAT);
    expect(archived.portfolio.matrix.rows.map((c) => c.istat)).not.toContain(RIPALTA_ISTAT);
    const [was, is] = [before.portfolio.totals, archived.portfolio.totals];
    expect(is.stageCounts).toEqual(minus(was.stageCounts, ripalta.stageCounts));
    expect(is.takeUp?.n).toBe((was.takeUp?.n ?? 0) - (ripalta.takeUp?.n ?? 0));
    expect(is.staleServices).toBe(was.staleServices - ripalta.staleServices);
    expect(before.canteen.comuni.map((c) => c.istat)).toContain(RIPALTA_ISTAT);
    expect(archived.canteen.comuni.map((c) => c.istat)).toEqual(
      before.canteen.comuni.map((c) => c.istat).filter((istat) => istat !== RIPALTA_ISTAT),
    );
    expect(archived.list.total).toBe(before.list.total - 1);
  });

  it('takes it out of the open data and the catalogue; its own files are not found', async () => {
    expect(archived.openData.dati.length).toBeGreaterThan(0);
    expect(archived.openData.dati.some((r) => r.istat === RIPALTA_ISTAT)).toBe(false);
    expect(archived.catalogue).not.toContain(`/comuni/${RIPALTA_ISTAT}/`);
    const own = await refusal(
      Promise.resolve().then(() =>
        openDataFile(db, {
          target: { istat: RIPALTA_ISTAT },
          file: 'servizi.csv',
          today: TODAY,
          licence: resolveLicence(undefined),
        }),
      ),
    );
    expect(own).toMatchObject({ code: 'NOT_FOUND', appError: { code: 'comune.notFound' } });
  });

  it('keeps its own data: its staff read the same overview, every monthly row is there', async () => {
    expect(await staffOverview()).toEqual(staffView);
    expect(figuresOfRipalta()).toEqual(ownRows);
  });

  it('puts every figure back when it is shown again', async () => {
    const { comune } = findComune(db, RIPALTA_ISTAT);
    const author = { userId: null, actor: 'test' };
    archiveComune(db, { author, comune, input: { istat: RIPALTA_ISTAT, archived: false, version: comune.version } });
    expect(rollupDifferences(db.$client)).toEqual(none);
    const restored = await publicFigures(db);
    expect({ ...restored, catalogue: '' }).toEqual({ ...before, catalogue: '' });
    expect(restored.catalogue).toContain(`/comuni/${RIPALTA_ISTAT}/`);
  });
});
