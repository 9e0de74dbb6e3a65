import { foldText } from './italian-values';

/**
 * The columns of the spreadsheets a consortium imports and exports: monthly figures and
 * milestones. Export writes exactly these headers, import reads them back (and the aliases a
 * person may have typed), so export → import is a round trip with no change.
 */

export const IMPORT_KINDS = ['figures', 'milestones'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

export type CsvColumn = {
  /** The header export writes (lower case, Italian, snake_case). */
  name: string;
  /** Other headers read as this column (after folding: lower case, no accents, "_" for spaces). */
  aliases?: readonly string[];
  /**
   * `always`: a file without this column is refused; `consortium`: required when the file is
   * for a whole consortium (for one comune it may be left out); `no`: optional.
   */
  required: 'always' | 'consortium' | 'no';
  /** Read but ignored (written by export for people, e.g. the comune's name). */
  informative?: true;
  description: string;
};

/**
 * The comune's ISTAT code and name, first in both files: the code is read the same way in both
 * (`readIstatCell`), the name is written by the export for people and ignored on import.
 */
const COMUNE_COLUMNS: readonly CsvColumn[] = [
  {
    name: 'istat',
    aliases: ['codice_istat', 'cod_istat'],
    required: 'consortium',
    description: 'Codice ISTAT del comune, 6 cifre (gli zeri iniziali tolti da Excel vengono rimessi: 19081 → 019081).',
  },
  {
    name: 'comune',
    required: 'no',
    informative: true,
    description: 'Nome del comune, solo per chi legge il file (ignorato).',
  },
];

export const FIGURES_COLUMNS: readonly CsvColumn[] = [
  ...COMUNE_COLUMNS,
  {
    name: 'servizio',
    aliases: ['codice_servizio', 'slug'],
    required: 'always',
    description: 'Indirizzo del servizio nel comune (es. mensa-scolastica) oppure il suo nome esatto.',
  },
  {
    name: 'mese',
    aliases: ['periodo', 'mese_anno'],
    required: 'always',
    description:
      'Mese: 2024-03, 03/2024, marzo 2024, mar 2024, mar-24 (anche una data: 01/03/2024). Solo mesi conclusi.',
  },
  {
    name: 'online',
    aliases: ['digitale', 'online_autonomo'],
    required: 'always',
    description: 'Pratiche completate online in autonomia (intero ≥ 0).',
  },
  {
    name: 'assistito',
    aliases: ['assistiti', 'assistito_digitale', 'digitale_assistito'],
    required: 'always',
    description: 'Pratiche digitali completate allo sportello con assistenza (intero ≥ 0).',
  },
  {
    name: 'cartaceo',
    aliases: ['carta', 'cartacee'],
    required: 'always',
    description: 'Pratiche completate su carta (intero ≥ 0).',
  },
  {
    name: 'pagamenti_totali',
    aliases: ['pagamenti'],
    required: 'no',
    description: 'Pagamenti ricevuti nel mese, con ogni canale (vuoto: non noto).',
  },
  {
    name: 'pagamenti_pagopa',
    aliases: ['pagopa'],
    required: 'no',
    description: 'Di cui tramite pagoPA (vuoto: non noto; non oltre il totale).',
  },
  {
    name: 'soddisfazione_1',
    aliases: ['voto_1'],
    required: 'no',
    description: 'Risposte con voto 1 (molto insoddisfatto); vuoto: nessuna.',
  },
  { name: 'soddisfazione_2', aliases: ['voto_2'], required: 'no', description: 'Risposte con voto 2; vuoto: nessuna.' },
  { name: 'soddisfazione_3', aliases: ['voto_3'], required: 'no', description: 'Risposte con voto 3; vuoto: nessuna.' },
  { name: 'soddisfazione_4', aliases: ['voto_4'], required: 'no', description: 'Risposte con voto 4; vuoto: nessuna.' },
  {
    name: 'soddisfazione_5',
    aliases: ['voto_5'],
    required: 'no',
    description: 'Risposte con voto 5 (molto soddisfatto); vuoto: nessuna.',
  },
  {
    name: 'costo_euro',
    aliases: ['costo', 'costo_eur', 'costo_totale'],
    required: 'no',
    description: 'Costo totale del servizio nel mese in euro, al più due decimali (1.234,50); vuoto: non noto.',
  },
];

export const MILESTONES_COLUMNS: readonly CsvColumn[] = [
  ...COMUNE_COLUMNS,
  {
    name: 'codice',
    aliases: ['chiave', 'id'],
    required: 'always',
    description:
      'Chiave stabile del traguardo nel comune (lettere, cifre, . _ -; al più 60). "id-N" indica un traguardo creato dallo schermo.',
  },
  { name: 'titolo', required: 'always', description: 'Titolo del traguardo.' },
  {
    name: 'tipo',
    required: 'always',
    description:
      'digital_launch, switch_off, national_platform, open_data, training, other (o in italiano: lancio digitale, switch-off, piattaforma nazionale, dati aperti, formazione, altro).',
  },
  { name: 'servizio', required: 'no', description: 'Indirizzo del servizio (vuoto: il comune nel suo insieme).' },
  { name: 'descrizione', required: 'no', description: 'Descrizione.' },
  { name: 'responsabile', aliases: ['referente'], required: 'no', description: 'Ufficio o ente responsabile.' },
  {
    name: 'data_base',
    aliases: ['data_baseline', 'baseline'],
    required: 'no',
    description: 'Prima data concordata (vuoto: la data prevista); non cambia più dopo la creazione.',
  },
  {
    name: 'data_prevista',
    aliases: ['data_pianificata', 'scadenza'],
    required: 'always',
    description: 'Data prevista (2024-09-30 o 30/09/2024); se cambia è registrata come ripianificazione.',
  },
  {
    name: 'data_effettiva',
    aliases: ['data_raggiungimento'],
    required: 'no',
    description: 'Data in cui il traguardo è stato raggiunto (non futura); allora l’avanzamento è 100.',
  },
  {
    name: 'avanzamento',
    aliases: ['avanzamento_percentuale', 'percentuale'],
    required: 'no',
    description: 'Avanzamento in punti percentuali interi, 0–100 (anche "60%").',
  },
  { name: 'visibilita', required: 'no', description: 'pubblica o interna (vuoto: pubblica).' },
  { name: 'nota_interna', required: 'no', description: 'Nota riservata al consorzio e al comune.' },
  {
    name: 'dipende_da',
    aliases: ['dipendenze'],
    required: 'no',
    description:
      'Codici dei traguardi da cui dipende, separati da spazi (dello stesso comune, già presenti o nel file).',
  },
];

export function columnsOf(kind: ImportKind): readonly CsvColumn[] {
  return kind === 'figures' ? FIGURES_COLUMNS : MILESTONES_COLUMNS;
}

/** A header as compared: folded, every run of other characters an underscore ("Costo (€)" → "costo"). */
export function normaliseHeader(text: string): string {
  return foldText(text)
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

export type HeaderMap = {
  /** The column each position of the file holds (null: a column import ignores). */
  columns: (string | null)[];
  /** Required columns the file lacks. */
  missing: string[];
  /** Headers no column answers to (ignored). */
  unknown: string[];
  /** Columns named twice. */
  duplicates: string[];
};

/** Which column each header of a file is, and what is missing (`forComune`: one comune, istat optional). */
export function mapHeader(kind: ImportKind, header: readonly string[], forComune: boolean): HeaderMap {
  const specs = columnsOf(kind);
  const lookup = new Map<string, CsvColumn>();
  for (const spec of specs) {
    lookup.set(spec.name, spec);
    for (const alias of spec.aliases ?? []) lookup.set(alias, spec);
  }
  const seen = new Set<string>();
  const duplicates: string[] = [];
  const unknown: string[] = [];
  const columns = header.map((raw) => {
    const spec = lookup.get(normaliseHeader(raw));
    if (!spec) {
      if (raw.trim() !== '') unknown.push(raw.trim());
      return null;
    }
    if (seen.has(spec.name)) duplicates.push(spec.name);
    seen.add(spec.name);
    return spec.informative ? null : spec.name;
  });
  const missing = specs
    .filter((s) => s.required === 'always' || (s.required === 'consortium' && !forComune))
    .filter((s) => !seen.has(s.name))
    .map((s) => s.name);
  return { columns, missing, unknown, duplicates };
}

/** The header row export writes. */
export function exportHeader(kind: ImportKind): string[] {
  return columnsOf(kind).map((c) => c.name);
}
