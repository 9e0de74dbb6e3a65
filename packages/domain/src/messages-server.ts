/**
 * The Italian texts of the codes the API answers with: access, what was not found, conflicts,
 * imports. Codes are `area.what`; parameters are the values a text names (a comune's name, a
 * line). See `messages.ts` for how to add a code.
 */

import { messageFormatsOf } from './message-formats';

const italian = messageFormatsOf('it-IT');
const itNumber = italian.number;

/** "27 novembre 2026 alle ore 17:56", in Italian time, for a stored UTC timestamp. */
export const formatItalianDateTime = italian.dateTime;

export const SERVER_MESSAGES_IT = {
  // Who may do what
  'auth.loginRequired': 'Accedi per continuare',
  'auth.staffOnly': 'Riservato al personale del consorzio',
  'auth.adminsOnly': 'Riservato agli amministratori del consorzio',
  'auth.loginRefused': 'Email o password non corretti',
  'auth.emailRequired': 'Scrivi la tua email',
  'auth.emailTooLong': 'Email troppo lunga',
  'auth.passwordRequired': 'Scrivi la password',
  'auth.passwordTooLong': 'Password troppo lunga',
  'auth.tooManyAttempts': ({ retryAt, minutes }: { retryAt: string; minutes: number }) =>
    `Troppi tentativi di accesso non riusciti. Riprova tra ${minutes === 1 ? 'un minuto' : `${minutes} minuti`} (alle ${italian.clock(new Date(retryAt))}).`,
  'access.comune': ({ comune }: { comune: string }) => `Non hai accesso al comune di ${comune}`,
  'access.comuneInternal': ({ comune }: { comune: string }) =>
    `Non hai accesso ai dati interni del comune di ${comune}`,
  'access.comment': ({ comune }: { comune: string }) =>
    `Solo il consiglio comunale e il consorzio possono commentare il comune di ${comune}`,
  'access.edit': ({ comune }: { comune: string }) =>
    `Solo la redazione del consorzio può modificare i dati del comune di ${comune}`,
  'access.administer': ({ comune }: { comune: string }) =>
    `Solo gli amministratori del consorzio possono cambiare le impostazioni del comune di ${comune}`,
  'access.consortium': ({ consortium }: { consortium: string }) => `Non hai accesso al consorzio ${consortium}`,
  'access.scopeRequired': 'Indica il comune (istat) o il consorzio (consortium)',
  'access.crossSite': 'Richiesta rifiutata: proviene da un altro sito',
  // What was not found
  'comune.notFound': ({ istat }: { istat: string }) => `Nessun comune con codice ISTAT ${istat}`,
  'region.notFound': ({ code }: { code: string }) => `Nessuna regione con codice ISTAT ${code}`,
  'province.notFound': ({ code }: { code: string }) => `Nessuna provincia con codice ISTAT ${code}`,
  'registry.empty': 'Il registro dei comuni è vuoto: nessuna mappa da mostrare',
  'consortium.notFound': ({ slug }: { slug: string }) => `Nessun consorzio con indirizzo "${slug}"`,
  'consortium.ofComuneMissing': ({ comune }: { comune: string }) => `Nessun consorzio per il comune ${comune}`,
  'service.notFound': ({ comune, service }: { comune: string; service: string }) =>
    `Il comune di ${comune} non ha un servizio "${service}"`,
  'milestone.notFound': ({ comune, milestone }: { comune: string; milestone: string }) =>
    `Il comune di ${comune} non ha il traguardo ${milestone}`,
  'milestone.notFoundMany': ({ comune, milestones }: { comune: string; milestones: string }) =>
    `Il comune di ${comune} non ha i traguardi ${milestones}`,
  'catalogue.serviceNotFound': ({ service }: { service: string }) => `Nessun servizio "${service}" nel catalogo`,
  'catalogue.empty': 'Nessun consorzio: il catalogo è vuoto',
  'catalogue.pageNotFound': ({ page, last }: { page: number; last: number }) =>
    `Pagina ${page} inesistente: il catalogo ha le pagine da 1 a ${last}`,
  'catalogue.demoOnly':
    'Il catalogo pubblica solo dati reali e questa installazione ha solo la demo (dati illustrativi): SWITCHOFF_PUBLISH_DEMO=1 la pubblica dicendolo',
  'catalogue.pageInvalid': ({ page }: { page: string }) =>
    `Pagina "${page}" non valida: ?page= vuole un numero intero da 1 (?page=2)`,
  'opendata.fileNotFound': ({ file, files }: { file: string; files: string }) =>
    `Nessun file "${file}": i dataset sono ${files} (o .json)`,
  'opendata.addressUnknown': 'Indirizzo di dati aperti sconosciuto: l’elenco è su /opendata',
  'api.notFound': 'Risorsa API sconosciuta',
  'request.jsonRequired': 'Le richieste POST devono essere application/json',
  'export.fileNotFound': ({ file }: { file: string }) => `Nessun export "${file}": dati-mensili.csv o traguardi.csv`,
  // Accounts and settings
  'account.comuneNotServed': ({ comune }: { comune: string }) =>
    `Il comune di ${comune} non è servito dal tuo consorzio`,
  'account.emailTaken': ({ email }: { email: string }) => `Esiste già un account con l'indirizzo ${email}`,
  'account.notFound': ({ id }: { id: number }) => `Nessun account ${id} nel tuo consorzio`,
  'account.disableSelf': 'Non puoi disattivare il tuo stesso account',
  'account.demoteSelf':
    'Non puoi toglierti il ruolo di amministratore: lo cambia un altro amministratore del consorzio',
  'account.resetSelf':
    'Non puoi reimpostare qui la tua stessa password: la reimposta un altro amministratore del consorzio',
  'calendar.notFound': ({ id }: { id: number }) => `Nessun calendario privato ${id} tra i tuoi`,
  'outbox.notFound': ({ id }: { id: number }) => `Nessun messaggio ${id} non riuscito tra quelli del tuo consorzio`,
  'catalogue.notOwner': ({ entry, owner }: { entry: string; owner: string }) =>
    `La voce “${entry}” del catalogo è di ${owner}: la modificano solo i suoi amministratori`,
  'catalogue.operatorOwns': ({ entry }: { entry: string }) =>
    `La voce “${entry}” del catalogo è di chi gestisce l’installazione: la modificano solo i suoi amministratori`,
  'catalogue.slugTaken': ({ slug }: { slug: string }) => `Il catalogo ha già un servizio con indirizzo "${slug}"`,
  // Consortia and comuni of the installation
  'consortium.slugTaken': ({ slug }: { slug: string }) => `Esiste già un consorzio con indirizzo "${slug}"`,
  'consortium.operatorOnly':
    'Solo gli amministratori del consorzio che gestisce l’installazione aggiungono consorzi o comuni di altri consorzi',
  'registry.notFound': ({ istat }: { istat: string }) =>
    `Il codice ISTAT ${istat} non è nell’elenco dei comuni italiani distribuito con Switch-off`,
  'registry.ipaMissing': ({ comune }: { comune: string }) =>
    `L’elenco non ha il codice IPA del comune di ${comune}: indicalo (es. c_h357)`,
  'registry.populationMissing': ({ comune }: { comune: string }) =>
    `L’elenco non ha la popolazione del comune di ${comune} (comune nuovo): non si può ancora aggiungere`,
  'comune.alreadyTracked': ({ comune, consortium }: { comune: string; consortium: string }) =>
    `Il comune di ${comune} è già seguito da ${consortium}`,
  'installation.started': ({ consortium }: { consortium: string }) =>
    `L’installazione è già avviata (consorzio ${consortium}): aggiungi altri consorzi con "pnpm switchoff consortium add"`,
  'installation.holdsDemo':
    'Questo database contiene la demo: un’installazione reale parte da un database nuovo (SWITCHOFF_DB=<nuovo file> pnpm start --no-demo)',
  // Services and milestones
  'service.sameStage': ({ date }: { date: string }) => `Il servizio è già in questa fase al ${date}`,
  'service.fieldsRequired': 'Indica indirizzo, nome e materia del servizio',
  'service.slugTaken': ({ comune, slug }: { comune: string; slug: string }) =>
    `Il comune di ${comune} ha già un servizio con indirizzo "${slug}"`,
  'service.catalogueTwin': ({ slug }: { slug: string }) => `Il comune ha già questo servizio del catalogo ("${slug}")`,
  'milestone.cycle': 'Queste dipendenze creerebbero un ciclo: un traguardo finirebbe per dipendere da sé stesso',
  'milestone.alreadyReached': 'Il traguardo è già raggiunto: non si ripianifica',
  'milestone.samePlannedDate': 'È già la data prevista',
  'milestone.reachedPlanFixed': 'Il traguardo è già raggiunto: il suo piano non si corregge',
  'milestone.noReplanToAnnul': 'Il traguardo non ha ripianificazioni da annullare',
  'milestone.baselineFixed': ({ date }: { date: string }) => `La data di base non cambia dopo la creazione (è ${date})`,
  'milestone.actualDateKept': ({ date }: { date: string }) =>
    `Non si toglie la data in cui il traguardo è stato raggiunto (${date})`,
  // A save on a stale version (`actor` and `at` are "" when nobody is on record)
  'version.stale': ({ actor, at }: { actor: string; at: string }) =>
    `Modificato da ${actor || 'un altro utente'}${at ? ` il ${formatItalianDateTime(at)}` : ''} — ricarica la pagina`,
  'input.invalid': 'Dati non validi',
  'server.unexpected': 'Errore imprevisto del server: riprova più tardi',
  'server.databaseBusy':
    'Il database è occupato da un’altra scrittura (per esempio un’importazione): riprova tra qualche secondo',
  'server.tooManyReads': ({ seconds }: { seconds: number }) =>
    `Troppe richieste di resoconti, portafogli e riepiloghi da questo indirizzo: riprova tra ${seconds} ${seconds === 1 ? 'secondo' : 'secondi'}`,
  'server.unreachable': 'Impossibile contattare il server: controlla la connessione e riprova.',
  'server.batchTooLarge': ({ max }: { max: number }) => `Troppe chiamate in una richiesta: al più ${max}`,
  // Imports
  'import.kindInvalid': 'Tipo di file: figures (dati mensili) o milestones (traguardi)',
  'import.contentMissing': 'Il contenuto del file manca',
  'import.fingerprintInvalid': 'Impronta dell’anteprima non valida: ripeti l’anteprima',
  'import.hasErrors': ({ count }: { count: number }) =>
    `Il file ha ${itNumber(count)} ${count === 1 ? 'errore' : 'errori'}: correggi e ripeti l’anteprima. Nulla è stato importato`,
  'import.changedSincePreview':
    'I dati sono cambiati dopo l’anteprima (o il file è un altro): ripeti l’anteprima. Nulla è stato importato',
  // Long writes as jobs (an import, a restore): one at a time per database
  'job.running': ({ target, who, since }: { target: string; who: string; since: string }) =>
    `È già in corso un’importazione (${target}), avviata da ${who} il ${formatItalianDateTime(since)}: una scrittura lunga alla volta, riprova quando finisce`,
  'job.restoreRunning': ({ target, who, since }: { target: string; who: string; since: string }) =>
    `È in corso il ripristino del database da un backup (${target}), avviato da ${who} il ${formatItalianDateTime(since)}: riprova quando finisce`,
  'job.notFound': 'Nessuna importazione con questo identificativo tra le tue',
  'job.interrupted': 'L’importazione si è interrotta (il server si è fermato): nulla è stato importato, ripetila',
  'import.istatRequired': 'Indica il codice ISTAT del comune',
  'import.rowOfOtherComune': ({ comune, istat, row }: { comune: string; istat: string; row: string }) =>
    `Il file è per il comune di ${comune} (${istat}): questa riga è del comune ${row}`,
  'import.comuneNotInConsortium': ({ istat, consortium }: { istat: string; consortium: string }) =>
    `Nessun comune con codice ISTAT ${istat} nel consorzio ${consortium}`,
  'import.rowRepeated': ({ service, month, line }: { service: string; month: string; line: number }) =>
    `Riga ripetuta: ${service} di ${month} è già alla riga ${line}`,
  'import.codeRepeated': ({ code, line }: { code: string; line: number }) =>
    `Codice ripetuto: ${code} è già alla riga ${line}`,
  'import.milestoneUnknown': ({ comune, code }: { comune: string; code: string }) =>
    `Il comune di ${comune} non ha il traguardo ${code} (i codici id-N sono dei traguardi creati dallo schermo)`,
  'csv.fileTooLarge': ({ mb }: { mb: number }) => `File troppo grande: al più ${itNumber(mb)} MB; dividilo in più file`,
  'csv.notUtf8': 'Il file non è in UTF-8 (caratteri illeggibili): salvalo come "CSV UTF-8 (delimitato da virgole)"',
  'csv.empty': 'Il file è vuoto',
  'csv.headerOnly': 'Il file ha solo l’intestazione: nessuna riga di dati',
  'csv.quoteNotClosed':
    'Virgolette non chiuse: il file finisce dentro un campo tra virgolette (cerca una virgoletta senza chiusura)',
  'csv.quoteInField':
    'Virgolette nel mezzo di un campo: racchiudi tutto il campo tra virgolette e raddoppia quelle interne ("")',
  'csv.lineTooLong': ({ max }: { max: number }) => `Riga troppo lunga (oltre ${itNumber(max)} caratteri)`,
  'csv.hugeLine': ({ length, max }: { length: number; max: number }) =>
    `Riga troppo lunga: ${itNumber(length)} caratteri (al più ${itNumber(max)}); non sembra un CSV di dati`,
  'csv.unreadable': ({ detail }: { detail: string }) => `Il file non si legge come CSV: ${detail}`,
  'csv.columnMissing': ({ column }: { column: string }) => `Manca la colonna obbligatoria "${column}"`,
  'csv.columnTwice': ({ column }: { column: string }) => `La colonna "${column}" compare due volte`,
  'csv.tooManyRows': ({ rows, max }: { rows: number; max: number }) =>
    `Troppe righe: ${itNumber(rows)} (al più ${itNumber(max)}); dividi il file`,
  'csv.rowWidth': ({ found, expected }: { found: number; expected: number }) =>
    `La riga ha ${found} colonne invece di ${expected}`,
  // Backups
  'backup.operatorMissing': ({ operator }: { operator: string }) =>
    `Il consorzio che gestisce l’installazione (${operator}) non esiste`,
  'backup.operatorAdminsOnly': ({ operator }: { operator: string }) =>
    `Un backup contiene i dati di tutti i consorzi: lo scaricano solo gli amministratori di ${operator}, che gestisce l’installazione`,
  'backup.adminsOnly': 'Riservato agli amministratori',
  'backup.failed': 'Backup non riuscito',
  'backup.restoreRefused': 'Il file non è un backup che si può ripristinare: nulla è stato cambiato',
} as const;
