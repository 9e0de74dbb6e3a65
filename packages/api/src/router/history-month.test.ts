import { describe, expect, it } from 'vitest';
import { ALFA, callerFor, createTestWorld, refusal } from '../testing';

/** A month with changes of three kinds by two people, one of them a text that starts like a formula. */
async function monthOfChanges() {
  const world = createTestWorld({ withPeople: true });
  const editor = callerFor(world.db, 'editor1');
  const admin = callerFor(world.db, 'admin1');
  await editor.milestones.update({ istat: ALFA, id: world.ids.next, version: 1, progress: 20 });
  await admin.services.update({ istat: ALFA, slug: 'mensa', version: 1, office: '=HYPERLINK("x")' });
  await editor.figures.saveMonths({
    istat: ALFA,
    slug: 'mensa',
    rows: [{ month: '2024-04', online: 1, assisted: 1, paper: 1 }],
  });
  return { ...world, editor, admin };
}

describe('the change history of a month: filters by kind and person, and its CSV', () => {
  it('narrows the month to a kind of change or a person, and lists the kinds and people to choose from', async () => {
    const { editor } = await monthOfChanges();
    const all = await editor.history.thisMonth({ istat: ALFA });
    expect(all.kinds).toEqual(['services', 'milestones', 'monthly_figures']);
    expect(all.people).toEqual([
      'Admin del Consorzio Test <admin1@test.it>',
      'Editor del Consorzio Test <editor1@test.it>',
    ]);
    const milestones = await editor.history.thisMonth({ istat: ALFA, kind: 'milestones' });
    expect(milestones.changes.map((c) => [c.entity, c.subject])).toEqual([['milestones', 'Formazione sportello']]);
    // The choices stay those of the whole month, so a filter can be changed without clearing it first.
    expect(milestones.people).toEqual(all.people);
    const byAdmin = await editor.history.thisMonth({
      istat: ALFA,
      person: 'Admin del Consorzio Test <admin1@test.it>',
    });
    expect(byAdmin.changes.map((c) => [c.entity, c.action])).toEqual([['services', 'update']]);
    const both = await editor.history.thisMonth({
      istat: ALFA,
      kind: 'milestones',
      person: 'Admin del Consorzio Test <admin1@test.it>',
    });
    expect(both.changes).toEqual([]);
  });

  it('refuses a kind it does not know, naming the problem', async () => {
    const { editor } = await monthOfChanges();
    expect(await refusal(editor.history.thisMonth({ istat: ALFA, kind: 'users' as 'services' }))).toMatchObject({
      code: 'BAD_REQUEST',
      fieldErrors: { kind: ['Tipo di modifica non valido'] },
    });
  });

  it('writes the filtered rows as a CSV with Italian columns, one line per changed field, formulas guarded', async () => {
    const { editor } = await monthOfChanges();
    const month = new Date().toISOString().slice(0, 7);
    const file = await editor.history.monthCsv({ istat: ALFA, kind: 'services' });
    expect(file.filename).toBe(`switchoff-modifiche-${ALFA}-${month}-services.csv`);
    expect(file.changes).toBe(1);
    const [header, ...lines] = file.csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(header).toBe('data_ora;persona;email;azione;tipo;riguarda;campo;prima;dopo');
    expect(lines).toHaveLength(1);
    const cells = lines[0]?.split(';') ?? [];
    expect(cells.slice(1, 7)).toEqual([
      'Admin del Consorzio Test',
      'admin1@test.it',
      'Modifica',
      'Servizio',
      'mensa',
      'Ufficio responsabile',
    ]);
    // The text that starts like a formula is guarded (a quote in front), as in every CSV written.
    expect(lines[0]).toContain(`"'=HYPERLINK(""x"")"`);
    const figures = await editor.history.monthCsv({ istat: ALFA, kind: 'monthly_figures' });
    expect(figures.csv).toContain(';Creazione;Dati mensili;mensa, 2024-04;Online in autonomia;;1');
    const everything = await editor.history.monthCsv({ istat: ALFA });
    expect(everything.changes).toBe(3);
  });

  it('names what each change concerns: the service, milestone, month, platform and PNRR measure', async () => {
    const { editor } = await monthOfChanges();
    await editor.platforms.set({ istat: ALFA, platform: 'anpr', state: 'presubentro', activationDate: null });
    await editor.pnrr.set({
      istat: ALFA,
      measure: '1.4.1',
      state: 'finanziata',
      amountCents: 100,
      stateDate: '2023-01-20',
    });
    const month = await editor.history.thisMonth({ istat: ALFA });
    expect(month.changes.map((c) => [c.entity, c.subject]).sort()).toEqual([
      ['milestones', 'Formazione sportello'],
      ['monthly_figures', 'mensa, 2024-04'],
      ['platform_adoptions', 'anpr'],
      ['pnrr_measures', 'PNRR 1.4.1'],
      ['services', 'mensa'],
    ]);
  });

  it('is for the same staff as the screen: not the council, not another consortium', async () => {
    const { db } = await monthOfChanges();
    expect((await refusal(callerFor(db, 'councilA').history.monthCsv({ istat: ALFA }))).code).toBe('FORBIDDEN');
    expect((await refusal(callerFor(db, 'editor2').history.monthCsv({ istat: ALFA }))).code).toBe('FORBIDDEN');
    expect((await refusal(callerFor(db, 'public').history.monthCsv({ istat: ALFA }))).code).toBe('UNAUTHORIZED');
  });
});
