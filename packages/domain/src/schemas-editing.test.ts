import { describe, expect, it } from 'vitest';
import { italianText, token } from './messages';
import { comuneSettingsInput, createUserInput, email } from './schemas-admin';
import {
  addCommentInput,
  createServiceInput,
  recordStageInput,
  recordStageIssues,
  saveMonthsInput,
  saveMonthsIssues,
  setPlatformInput,
  updateServiceInput,
} from './schemas-editing';
import { closedMonthIssue, oneYearFrom, refineWithToday } from './schemas-fields';
import { completeMilestoneIssues, createMilestoneInput } from './schemas-milestones';

function issues(result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) {
  return (result.error?.issues ?? []).map((i) => ({ path: i.path.join('.'), message: italianText(i.message) }));
}

const stageChange = {
  slug: 'mensa',
  stage: 'switched_off',
  effectiveDate: '2024-09-01',
  reason: 'Solo online',
  version: 3,
};

describe('recordStageInput', () => {
  it('accepts a stage change and trims the reason', () => {
    expect(recordStageInput.parse({ ...stageChange, reason: '  Solo online  ' }).reason).toBe('Solo online');
  });
  it('requires a reason, a real date and a known stage, in Italian', () => {
    expect(
      issues(recordStageInput.safeParse({ ...stageChange, reason: '   ', effectiveDate: '2024-02-30', stage: 'gone' })),
    ).toEqual([
      { path: 'stage', message: 'Fase non valida' },
      { path: 'effectiveDate', message: 'Data non valida: indica giorno, mese e anno (es. 15/03/2024)' },
      { path: 'reason', message: 'Indica il motivo' },
    ]);
  });
  it('bounds the reason and refuses a missing or negative version', () => {
    expect(issues(recordStageInput.safeParse({ ...stageChange, reason: 'x'.repeat(501) }))).toEqual([
      { path: 'reason', message: 'Testo troppo lungo (massimo 500 caratteri)' },
    ]);
    expect(issues(recordStageInput.safeParse({ ...stageChange, version: -1 }))[0]?.path).toBe('version');
    expect(issues(recordStageInput.safeParse({ ...stageChange, version: undefined }))[0]?.message).toBe(
      'Versione mancante: ricarica la pagina',
    );
  });
  it('allows dates up to one year ahead', () => {
    expect(recordStageIssues({ effectiveDate: '2025-07-15' }, '2024-07-15')).toEqual([]);
    expect(recordStageIssues({ effectiveDate: '2025-07-16' }, '2024-07-15')).toEqual([
      { path: ['effectiveDate'], message: token('plannedTooFar', { max: '2025-07-15' }) },
    ]);
    expect(oneYearFrom('2024-02-29')).toBe('2025-02-28');
  });
  it('composes with today for a form', () => {
    const form = refineWithToday(recordStageInput, (v) => recordStageIssues(v, '2024-07-15'));
    expect(issues(form.safeParse({ ...stageChange, effectiveDate: '2030-01-01' }))[0]?.path).toBe('effectiveDate');
  });
});

describe('createServiceInput', () => {
  it('needs only the catalogue slug for a catalogue service', () => {
    expect(createServiceInput.parse({ catalogue: 'tari' })).toMatchObject({ catalogue: 'tari', stage: 'paper' });
  });
  it('names each missing field of a new service', () => {
    expect(issues(createServiceInput.safeParse({}))).toEqual([
      { path: 'slug', message: 'Indica l’indirizzo del servizio (es. mensa-scolastica)' },
      { path: 'name', message: 'Indica il nome' },
      { path: 'category', message: 'Scegli la materia' },
    ]);
  });
  it('turns an empty internal note into none', () => {
    expect(updateServiceInput.parse({ slug: 'mensa', version: 1, internalNote: '  ' }).internalNote).toBeNull();
  });
  it('refuses an interactivity level out of the AgID scale', () => {
    expect(issues(updateServiceInput.safeParse({ slug: 'mensa', version: 1, interactivityLevel: 6 }))).toEqual([
      { path: 'interactivityLevel', message: 'Livello da 0 a 5' },
    ]);
  });
});

describe('milestones', () => {
  it('defaults a new milestone and refuses repeated dependencies', () => {
    expect(createMilestoneInput.parse({ title: 'Avvio', kind: 'other', plannedDate: '2024-09-01' })).toMatchObject({
      progress: 0,
      visibility: 'public',
      service: null,
      dependsOn: [],
    });
    expect(
      issues(
        createMilestoneInput.safeParse({ title: 'Avvio', kind: 'other', plannedDate: '2024-09-01', dependsOn: [1, 1] }),
      ),
    ).toEqual([{ path: 'dependsOn', message: 'Un traguardo è indicato due volte' }]);
  });
  it('refuses a completion date in the future', () => {
    expect(completeMilestoneIssues({ actualDate: '2024-07-16' }, '2024-07-15')[0]?.path).toEqual(['actualDate']);
    expect(completeMilestoneIssues({ actualDate: '2024-07-15' }, '2024-07-15')).toEqual([]);
  });
});

describe('saveMonthsInput', () => {
  const row = { month: '2024-05', online: 1, assisted: 0, paper: 2 };
  it('accepts new rows and corrections', () => {
    expect(
      saveMonthsInput.parse({ slug: 'mensa', rows: [row, { ...row, month: '2024-06', version: 2 }] }).rows,
    ).toHaveLength(2);
  });
  it('points at the row and field that is wrong', () => {
    const result = saveMonthsInput.safeParse({
      slug: 'mensa',
      rows: [row, { ...row, month: '2024-06', online: -3 }, row],
    });
    expect(issues(result)).toEqual([
      { path: 'rows.1.online', message: 'Non può essere negativo' },
      { path: 'rows.2.month', message: 'Il mese 2024-05 è ripetuto' },
    ]);
  });
  it('refuses months not yet complete', () => {
    expect(closedMonthIssue('2024-06', '2024-07-15')).toBeNull();
    expect(saveMonthsIssues({ rows: [row, { month: '2024-07' }] }, '2024-07-15')).toEqual([
      { path: ['rows', 1, 'month'], message: token('monthNotClosed', { month: '2024-07', last: '2024-06' }) },
    ]);
  });
  it('refuses too many rows and huge numbers', () => {
    const many = Array.from({ length: 121 }, (_, i) => ({
      ...row,
      month: `${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
    }));
    expect(issues(saveMonthsInput.safeParse({ slug: 'mensa', rows: many }))[0]?.message).toBe(
      'Al più 120 mesi per volta',
    );
    expect(issues(saveMonthsInput.safeParse({ slug: 'mensa', rows: [{ ...row, paper: 1e12 }] }))[0]?.path).toBe(
      'rows.0.paper',
    );
  });
});

describe('setPlatformInput', () => {
  it('accepts ANPR states for ANPR only', () => {
    expect(setPlatformInput.safeParse({ platform: 'anpr', state: 'subentro' }).success).toBe(true);
    expect(issues(setPlatformInput.safeParse({ platform: 'anpr', state: 'active' }))).toEqual([
      { path: 'state', message: 'Stato non valido per questa piattaforma: inattivo, presubentro, subentro' },
    ]);
    expect(issues(setPlatformInput.safeParse({ platform: 'spid', state: 'subentro' }))[0]?.path).toBe('state');
  });
});

describe('addCommentInput', () => {
  it('bounds the body and targets one thing at most', () => {
    expect(issues(addCommentInput.safeParse({ body: 'x'.repeat(2001) }))[0]?.message).toBe(
      'Testo troppo lungo (massimo 2000 caratteri)',
    );
    expect(issues(addCommentInput.safeParse({ body: 'ok', service: 'mensa', milestoneId: 1 }))[0]?.path).toBe(
      'milestoneId',
    );
  });
});

describe('admin inputs', () => {
  it('lower-cases emails and refuses malformed ones', () => {
    expect(email.parse('  Maria.Rossi@Comune.IT ')).toBe('maria.rossi@comune.it');
    expect(issues(email.safeParse('maria'))).toEqual([{ path: '', message: 'Indirizzo email non valido' }]);
  });
  it('asks comuni of council members only', () => {
    const base = { email: 'a@b.it', name: 'A' };
    expect(issues(createUserInput.safeParse({ ...base, role: 'council' }))[0]?.path).toBe('comuni');
    expect(issues(createUserInput.safeParse({ ...base, role: 'editor', comuni: ['019001'] }))[0]?.path).toBe('comuni');
    expect(issues(createUserInput.safeParse({ ...base, role: 'editor', password: 'short' }))[0]?.path).toBe('password');
  });
  it('bounds the take-up target', () => {
    expect(
      issues(
        comuneSettingsInput.safeParse({ takeUpTarget: 1.5, assistedDesk: null, internalNote: null, version: 1 }),
      )[0]?.path,
    ).toBe('takeUpTarget');
  });
});
