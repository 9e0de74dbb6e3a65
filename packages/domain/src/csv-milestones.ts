import type { z } from 'zod';
import { type CellIssue, type CsvCells, type RowReading, readIstatCell, readRequiredCell } from './csv-figures';
import { foldText, parseItalianDate, parseItalianPercent } from './italian-values';
import { MESSAGES, type MessageToken, token, tokenOf } from './messages';
import { slug } from './schemas';
import { milestoneKind, progress } from './schemas-editing';
import { editDate } from './schemas-fields';
import { milestoneFields } from './schemas-milestones';
import type { MilestoneKind, Visibility } from './vocabulary';

/**
 * One row of a milestones file. Milestones are matched by their stable `code` within the
 * comune. Optional columns the file lacks are `undefined` (the milestone keeps its value).
 */
export type MilestoneCsvRow = {
  istat: string | null;
  code: string;
  title: string;
  kind: MilestoneKind;
  /** Service slug; null for the comune as a whole. */
  service: string | null | undefined;
  description: string | undefined;
  owner: string | undefined;
  baselineDate: string | null | undefined;
  plannedDate: string;
  actualDate: string | null | undefined;
  progress: number | null | undefined;
  visibility: Visibility | undefined;
  internalNote: string | null | undefined;
  dependsOn: string[] | undefined;
};

/** A milestone's stable key: letters, digits, dot, underscore, hyphen; at most 60. */
export const MILESTONE_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,59}$/;

/** The key of a milestone created on screen (without a code): `id-<row id>`. */
export const GENERATED_CODE = /^id-(\d{1,10})$/;

/** A milestone's key in files: its code, or `id-<id>` when it has none. */
export function milestoneCode(row: { id: number; code: string | null }): string {
  return row.code ?? `id-${row.id}`;
}

/** Italian words people write for each kind, besides the codes themselves. */
const KIND_WORDS: Record<string, MilestoneKind> = {
  'lancio digitale': 'digital_launch',
  'avvio digitale': 'digital_launch',
  'servizio digitale': 'digital_launch',
  'switch-off': 'switch_off',
  'switch off': 'switch_off',
  switchoff: 'switch_off',
  'piattaforma nazionale': 'national_platform',
  'dati aperti': 'open_data',
  'open data': 'open_data',
  formazione: 'training',
  'formazione e comunicazione': 'training',
  comunicazione: 'training',
  altro: 'other',
};

const VISIBILITY_WORDS: Record<string, Visibility> = {
  public: 'public',
  pubblica: 'public',
  pubblico: 'public',
  internal: 'internal',
  interna: 'internal',
  interno: 'internal',
  riservata: 'internal',
};

/** How export writes a visibility. */
export const VISIBILITY_IT: Record<Visibility, string> = { public: 'pubblica', internal: 'interna' };

function firstMessage(result: z.ZodSafeParseResult<unknown>): MessageToken {
  return tokenOf(result.success ? MESSAGES.valueInvalid : (result.error.issues[0]?.message ?? MESSAGES.valueInvalid));
}

function text(cells: CsvCells, issues: CellIssue[], column: string, schema: z.ZodType<string>): string | undefined {
  const value = cells[column];
  if (value === undefined) return undefined;
  const result = schema.safeParse(value);
  if (!result.success) {
    issues.push({ column, message: firstMessage(result) });
    return undefined;
  }
  return result.data;
}

function date(cells: CsvCells, issues: CellIssue[], column: string, required: boolean): string | null | undefined {
  const value = cells[column];
  if (value === undefined) return undefined;
  if (value.trim() === '') {
    if (required) issues.push({ column, message: MESSAGES.valueMissing });
    return null;
  }
  const iso = parseItalianDate(value);
  if (!iso) {
    issues.push({ column, message: token('notDate', { text: value.trim() }) });
    return undefined;
  }
  const checked = editDate.safeParse(iso);
  if (!checked.success) {
    issues.push({ column, message: firstMessage(checked) });
    return undefined;
  }
  return iso;
}

/**
 * What a milestone row is about, read even when some of its cells are wrong, so that the import
 * can still check its comune and service and list every problem of the row at once (`istat`
 * undefined: the cell is wrong; `service` undefined: the column is absent or the cell wrong).
 */
export type MilestoneRowRef = { istat: string | null | undefined; service: string | null | undefined };

/**
 * Reads one row of a milestones file with the milestone form's own field schemas. Returns null
 * with the issues when any cell is wrong, and always what the row is about (`ref`).
 */
export function readMilestoneRow(cells: CsvCells): RowReading<MilestoneCsvRow, MilestoneRowRef> {
  const issues: CellIssue[] = [];
  const istat = readIstatCell(cells, issues);
  const code = readRequiredCell(cells, issues, 'codice');
  if (code !== '' && !MILESTONE_CODE.test(code))
    issues.push({ column: 'codice', message: MESSAGES.milestoneCodeChars });
  const title = text(cells, issues, 'titolo', milestoneFields.title);
  const kindText = foldText(cells.tipo ?? '');
  const kind = milestoneKind.safeParse(kindText.replace(/[ -]/g, '_')).data ?? KIND_WORDS[kindText];
  if (!kind)
    issues.push({
      column: 'tipo',
      message:
        kindText === '' ? MESSAGES.valueMissing : token('milestoneKindNamed', { text: cells.tipo?.trim() ?? '' }),
    });
  let service: string | null | undefined;
  if (cells.servizio !== undefined) {
    const value = cells.servizio.trim();
    const parsed = slug.safeParse(value);
    if (value !== '' && !parsed.success) issues.push({ column: 'servizio', message: firstMessage(parsed) });
    service = value === '' ? null : parsed.data;
  }
  const description = text(cells, issues, 'descrizione', milestoneFields.description);
  const owner = text(cells, issues, 'responsabile', milestoneFields.owner);
  const baselineDate = date(cells, issues, 'data_base', false);
  const plannedDate = date(cells, issues, 'data_prevista', true);
  const actualDate = date(cells, issues, 'data_effettiva', false);
  let progressValue: number | null | undefined;
  if (cells.avanzamento !== undefined) {
    const parsed = parseItalianPercent(cells.avanzamento);
    const checked = parsed.ok && parsed.value !== null ? progress.safeParse(parsed.value) : null;
    if (!parsed.ok) issues.push({ column: 'avanzamento', message: parsed.message });
    else if (checked && !checked.success) issues.push({ column: 'avanzamento', message: firstMessage(checked) });
    else progressValue = parsed.value;
  }
  let visibility: Visibility | undefined;
  if (cells.visibilita !== undefined) {
    const word = foldText(cells.visibilita);
    visibility = word === '' ? 'public' : VISIBILITY_WORDS[word];
    if (!visibility) issues.push({ column: 'visibilita', message: MESSAGES.visibilityInvalid });
  }
  let internalNote: string | null | undefined;
  if (cells.nota_interna !== undefined) {
    const parsed = milestoneFields.internalNote.safeParse(cells.nota_interna);
    if (!parsed.success) issues.push({ column: 'nota_interna', message: firstMessage(parsed) });
    else internalNote = parsed.data;
  }
  let dependsOn: string[] | undefined;
  if (cells.dipende_da !== undefined) {
    dependsOn = cells.dipende_da.split(/[\s,;|]+/).filter((c) => c !== '');
    const bad = dependsOn.filter((c) => !MILESTONE_CODE.test(c));
    if (bad.length > 0)
      issues.push({ column: 'dipende_da', message: token('codesInvalid', { codes: bad.join(', ') }) });
    if (new Set(dependsOn).size !== dependsOn.length)
      issues.push({ column: 'dipende_da', message: MESSAGES.dependencyTwice });
    if (dependsOn.includes(code)) issues.push({ column: 'dipende_da', message: MESSAGES.selfDependency });
  }
  if (actualDate && progressValue !== undefined && progressValue !== null && progressValue !== 100) {
    issues.push({ column: 'avanzamento', message: MESSAGES.reachedProgress });
  }
  const ref = { istat, service };
  if (issues.length > 0 || istat === undefined || !title || !kind || !plannedDate) return { row: null, issues, ref };
  return {
    row: {
      istat,
      code,
      title,
      kind,
      service,
      description,
      owner,
      baselineDate,
      plannedDate,
      actualDate,
      progress: actualDate ? 100 : progressValue,
      visibility,
      internalNote,
      dependsOn,
    },
    issues,
    ref,
  };
}
