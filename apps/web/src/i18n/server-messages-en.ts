/**
 * Messages the API writes itself (access, not-found, imports, backups), in English. Unlike the
 * domain's messages they have no stable keys, so each is matched by its Italian text: a fixed
 * text, or a template whose values are carried into the English one. A message not listed here
 * is shown as the server wrote it.
 */
export const SERVER_MESSAGES_EN: Readonly<Record<string, string>> = {
  'Accedi per continuare': 'Log in to continue',
  'Riservato agli amministratori del consorzio': 'For the consortium’s admins only',
  'Riservato agli amministratori': 'For admins only',
  'Riservato al personale del consorzio': 'For the consortium’s staff only',
  'Il file è vuoto': 'The file is empty',
  'Il file non è in UTF-8 (caratteri illeggibili): salvalo come "CSV UTF-8 (delimitato da virgole)"':
    'The file is not UTF-8 (unreadable characters): save it as "CSV UTF-8 (comma delimited)"',
  'Virgolette non chiuse: il file finisce dentro un campo tra virgolette (cerca una virgoletta senza chiusura)':
    'Unclosed quotes: the file ends inside a quoted field (look for a quote without its closing one)',
  'Virgolette nel mezzo di un campo: racchiudi tutto il campo tra virgolette e raddoppia quelle interne ("")':
    'Quotes in the middle of a field: quote the whole field and double the quotes inside ("")',
  'Indica il codice ISTAT del comune': 'Give the comune’s ISTAT code',
  'I dati sono cambiati dopo l’anteprima (o il file è un altro): ripeti l’anteprima. Nulla è stato importato':
    'The data changed after the preview (or the file is another one): preview again. Nothing was imported',
  'Queste dipendenze creerebbero un ciclo: un traguardo finirebbe per dipendere da sé stesso':
    'These dependencies would make a cycle: a milestone would end up depending on itself',
  'Impronta dell’anteprima non valida: ripeti l’anteprima': 'Invalid preview fingerprint: preview again',
  'Il contenuto del file manca': 'The file’s content is missing',
  'Il database è occupato da un’altra scrittura (per esempio un’importazione): riprova tra qualche secondo':
    'The database is busy with another write (an import, for instance): try again in a few seconds',
};

type Template = (...values: string[]) => string;

/** Italian template → English template, the values in the same order. */
export const SERVER_TEMPLATES_EN: readonly (readonly [Template, Template])[] = [
  [(c) => `Non hai accesso al comune di ${c}`, (c) => `You have no access to the comune of ${c}`],
  [
    (c) => `Non hai accesso ai dati interni del comune di ${c}`,
    (c) => `You have no access to the internal data of the comune of ${c}`,
  ],
  [(c) => `Non hai accesso al consorzio ${c}`, (c) => `You have no access to the consortium ${c}`],
  [
    (c) => `Solo la redazione del consorzio può modificare i dati del comune di ${c}`,
    (c) => `Only the consortium’s editors may change the data of the comune of ${c}`,
  ],
  [
    (c) => `Solo il consiglio comunale e il consorzio possono commentare il comune di ${c}`,
    (c) => `Only the council and the consortium may comment on the comune of ${c}`,
  ],
  [
    (c) => `Solo gli amministratori del consorzio possono cambiare le impostazioni del comune di ${c}`,
    (c) => `Only the consortium’s admins may change the settings of the comune of ${c}`,
  ],
  [(i) => `Nessun comune con codice ISTAT ${i}`, (i) => `No comune with ISTAT code ${i}`],
  [(s) => `Nessun consorzio con indirizzo "${s}"`, (s) => `No consortium at the address "${s}"`],
  [(c, s) => `Il comune di ${c} non ha un servizio "${s}"`, (c, s) => `The comune of ${c} has no service "${s}"`],
  [
    (c, m) => `Il comune di ${c} non ha il traguardo ${m} (i codici id-N sono dei traguardi creati dallo schermo)`,
    (c, m) => `The comune of ${c} has no milestone ${m} (id-N codes are milestones created on screen)`,
  ],
  [(c, m) => `Il comune di ${c} non ha i traguardi ${m}`, (c, m) => `The comune of ${c} has no milestones ${m}`],
  [(c, m) => `Il comune di ${c} non ha il traguardo ${m}`, (c, m) => `The comune of ${c} has no milestone ${m}`],
  [
    (n, i, r) => `Il file è per il comune di ${n} (${i}): questa riga è del comune ${r}`,
    (n, i, r) => `The file is for the comune of ${n} (${i}): this row is of comune ${r}`,
  ],
  [
    (i, c) => `Nessun comune con codice ISTAT ${i} nel consorzio ${c}`,
    (i, c) => `No comune with ISTAT code ${i} in the consortium ${c}`,
  ],
  [(c) => `Manca la colonna obbligatoria "${c}"`, (c) => `The required column "${c}" is missing`],
  [(c) => `La colonna "${c}" compare due volte`, (c) => `The column "${c}" appears twice`],
  [(a, b) => `La riga ha ${a} colonne invece di ${b}`, (a, b) => `The row has ${a} columns instead of ${b}`],
  [
    (s, m, l) => `Riga ripetuta: ${s} di ${m} è già alla riga ${l}`,
    (s, m, l) => `Repeated row: ${s} of ${m} is already on line ${l}`,
  ],
  [(c, l) => `Codice ripetuto: ${c} è già alla riga ${l}`, (c, l) => `Repeated code: ${c} is already on line ${l}`],
  [
    (n) => `File troppo grande: al più ${n} MB; dividilo in più file`,
    (n) => `File too large: at most ${n} MB; split it into several files`,
  ],
  [(n) => `Riga troppo lunga (oltre ${n} caratteri)`, (n) => `Line too long (over ${n} characters)`],
  [
    (n, max) => `Riga troppo lunga: ${n} caratteri (al più ${max}); non sembra un CSV di dati`,
    (n, max) => `Line too long: ${n} characters (at most ${max}); it does not look like a data CSV`,
  ],
  [
    (n, max) => `Troppe righe: ${n} (al più ${max}); dividi il file`,
    (n, max) => `Too many rows: ${n} (at most ${max}); split the file`,
  ],
  [(e) => `Il file non si legge come CSV: ${e}`, (e) => `The file does not read as CSV: ${e}`],
  [
    (n) => `Il file ha ${n} errori: correggi e ripeti l’anteprima. Nulla è stato importato`,
    (n) => `The file has ${n} errors: correct them and preview again. Nothing was imported`,
  ],
  [
    (n) => `Il file ha ${n} errore: correggi e ripeti l’anteprima. Nulla è stato importato`,
    (n) => `The file has ${n} error: correct it and preview again. Nothing was imported`,
  ],
  [
    (o) => `Il consorzio che gestisce l’installazione (${o}) non esiste`,
    (o) => `The consortium that runs the installation (${o}) does not exist`,
  ],
  [
    (o) =>
      `Un backup contiene i dati di tutti i consorzi: lo scaricano solo gli amministratori di ${o}, che gestisce l’installazione`,
    (o) =>
      `A backup holds the data of every consortium: only the admins of ${o}, which runs the installation, download one`,
  ],
];
