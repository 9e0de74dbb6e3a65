import { schema } from '@switchoff/db';
import { openJobStore } from '@switchoff/db/jobs';
import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { findDataScope } from '../reads/lookup';
import { refusal, TEST_TODAY } from '../testing';
import { planFiguresImport } from './figures-import';
import { applyImport, previewImport } from './import';
import { editorWorld, fixture } from './import.testing';
import type { ImportPhase } from './plan';

// Counted: a commit that reuses its preview's plan does not plan the file again.
vi.mock('./figures-import', async (importOriginal) => {
  const actual = await importOriginal<typeof import('./figures-import')>();
  return { ...actual, planFiguresImport: vi.fn(actual.planFiguresImport) };
});
const plannings = () => vi.mocked(planFiguresImport).mock.calls.length;

const author = { userId: null, actor: 'Prova <prova@example.it>' };

/** Alfa's world, a job store of its own, and the Excel file of a year of figures for Alfa. */
function setUp() {
  const w = editorWorld();
  const store = openJobStore(':memory:');
  const params = {
    kind: 'figures' as const,
    scope: findDataScope(w.db, { istat: '019001' }),
    csv: fixture('dati-mensili-excel.csv'),
    today: TEST_TODAY,
  };
  const keptPlans = () => store.prepare('SELECT count(*) FROM plans').pluck().get();
  return { ...w, store, params, keptPlans };
}

/** Commits the previewed file, with the job store where its preview kept the plan or without it. */
function commit(w: ReturnType<typeof setUp>, fingerprint: string, withPlans: boolean) {
  const phases = new Set<ImportPhase>();
  const outcome = applyImport(w.db, {
    ...w.params,
    fingerprint,
    author,
    plans: withPlans ? w.store : undefined,
    onProgress: ({ phase }) => phases.add(phase),
  });
  return { outcome, phases: [...phases] };
}

const storedFigures = (w: ReturnType<typeof setUp>) =>
  w.db
    .select({
      serviceId: schema.monthlyFigures.serviceId,
      month: schema.monthlyFigures.month,
      online: schema.monthlyFigures.online,
      cost: schema.monthlyFigures.costCents,
      version: schema.monthlyFigures.version,
    })
    .from(schema.monthlyFigures)
    .orderBy(schema.monthlyFigures.serviceId, schema.monthlyFigures.month)
    .all();

describe('an import’s commit reusing the plan of its preview', () => {
  beforeEach(() => {
    vi.mocked(planFiguresImport).mockClear();
  });

  it('writes what a new plan would write, without checking the file again, and uses a kept plan once', () => {
    const reusing = setUp();
    const preview = previewImport(reusing.db, reusing.params, reusing.store);
    expect(reusing.keptPlans()).toBe(1);
    const reused = commit(reusing, preview.fingerprint, true);
    expect(plannings()).toBe(1);
    // The same phases for the job's screen and the CLI: the rows are checked by their versions.
    expect(reused.phases).toEqual(['checking', 'writing', 'rollups']);
    expect(reusing.keptPlans()).toBe(0);

    const planning = setUp();
    const again = commit(planning, previewImport(planning.db, planning.params).fingerprint, false);
    expect(plannings()).toBe(3);
    expect(reused.outcome).toEqual(again.outcome);
    expect(reused.outcome).toMatchObject({ added: 19, changed: 3, unchanged: 2 });
    expect(storedFigures(reusing)).toEqual(storedFigures(planning));
  });

  it('plans again when a service the file names changed since the preview', () => {
    const w = setUp();
    const preview = previewImport(w.db, w.params, w.store);
    w.db
      .update(schema.services)
      .set({ name: 'Mensa scolastica (nuovo nome)' })
      .where(eq(schema.services.id, w.ids.mensaAlfa))
      .run();
    const { outcome } = commit(w, preview.fingerprint, true);
    expect(plannings()).toBe(2);
    expect(outcome).toMatchObject({ added: 19, changed: 3, unchanged: 2 });
  });

  it('plans again, and refuses, when a month the file leaves unchanged was corrected since the preview', async () => {
    const w = setUp();
    const preview = previewImport(w.db, w.params, w.store);
    w.db
      .update(schema.monthlyFigures)
      .set({ online: 81, version: 99 })
      .where(eq(schema.monthlyFigures.month, '2024-01'))
      .run();
    const refused = await refusal(Promise.resolve().then(() => commit(w, preview.fingerprint, true)));
    expect(refused).toMatchObject({ code: 'CONFLICT' });
  });
});
