import { type CatalogueOf, messageFormatsOf, type SERVER_MESSAGES_IT } from '@switchoff/domain';

const english = messageFormatsOf('en-GB');
const enNumber = english.number;
const dateTime = english.dateTime;

/**
 * The API's codes in English (see `messages.ts` in `@switchoff/domain` for the codes and their Italian
 * texts): the same keys, each taking the same parameters.
 */
export const SERVER_MESSAGES_EN: CatalogueOf<typeof SERVER_MESSAGES_IT> = {
  'auth.loginRequired': 'Log in to continue',
  'auth.staffOnly': 'For the consortium’s staff only',
  'auth.adminsOnly': 'For the consortium’s admins only',
  'auth.loginRefused': 'Wrong email or password',
  'auth.emailRequired': 'Write your email',
  'auth.emailTooLong': 'Email too long',
  'auth.passwordRequired': 'Write your password',
  'auth.passwordTooLong': 'Password too long',
  'auth.tooManyAttempts': ({ retryAt, minutes }) =>
    `Too many failed login attempts. Try again in ${minutes === 1 ? 'one minute' : `${minutes} minutes`} (at ${english.clock(new Date(retryAt))}).`,
  'access.comune': ({ comune }) => `You have no access to the comune of ${comune}`,
  'access.comuneInternal': ({ comune }) => `You have no access to the internal data of the comune of ${comune}`,
  'access.comment': ({ comune }) => `Only the council and the consortium may comment on the comune of ${comune}`,
  'access.edit': ({ comune }) => `Only the consortium’s editors may change the data of the comune of ${comune}`,
  'access.administer': ({ comune }) =>
    `Only the consortium’s admins may change the settings of the comune of ${comune}`,
  'access.consortium': ({ consortium }) => `You have no access to the consortium ${consortium}`,
  'access.scopeRequired': 'Give the comune (istat) or the consortium (consortium)',
  'access.crossSite': 'Request refused: it comes from another site',
  'comune.notFound': ({ istat }) => `No comune with ISTAT code ${istat}`,
  'region.notFound': ({ code }) => `No region with ISTAT code ${code}`,
  'province.notFound': ({ code }) => `No province with ISTAT code ${code}`,
  'registry.empty': 'The registry of comuni is empty: no map to show',
  'consortium.notFound': ({ slug }) => `No consortium at the address "${slug}"`,
  'consortium.ofComuneMissing': ({ comune }) => `No consortium for the comune ${comune}`,
  'service.notFound': ({ comune, service }) => `The comune of ${comune} has no service "${service}"`,
  'milestone.notFound': ({ comune, milestone }) => `The comune of ${comune} has no milestone ${milestone}`,
  'milestone.notFoundMany': ({ comune, milestones }) => `The comune of ${comune} has no milestones ${milestones}`,
  'catalogue.serviceNotFound': ({ service }) => `No service "${service}" in the catalogue`,
  'catalogue.empty': 'No consortium: the catalogue is empty',
  'catalogue.pageNotFound': ({ page, last }) => `There is no page ${page}: the catalogue has pages 1 to ${last}`,
  'catalogue.demoOnly':
    'The catalogue publishes real data only, and this installation holds only the demo (illustrative data): SWITCHOFF_PUBLISH_DEMO=1 publishes it, saying so',
  'catalogue.pageInvalid': ({ page }) => `Page "${page}" is not valid: ?page= takes a whole number from 1 (?page=2)`,
  'opendata.fileNotFound': ({ file, files }) => `No file "${file}": the datasets are ${files} (or .json)`,
  'opendata.addressUnknown': 'Unknown open-data address: the list is at /opendata',
  'api.notFound': 'Unknown API resource',
  'request.jsonRequired': 'POST requests must be application/json',
  'export.fileNotFound': ({ file }) => `No export "${file}": dati-mensili.csv or traguardi.csv`,
  'account.comuneNotServed': ({ comune }) => `The comune of ${comune} is not served by your consortium`,
  'account.emailTaken': ({ email }) => `An account with the address ${email} already exists`,
  'account.notFound': ({ id }) => `No account ${id} in your consortium`,
  'account.disableSelf': 'You cannot disable your own account',
  'account.demoteSelf': 'You cannot remove your own admin role: another admin of the consortium changes it',
  'account.resetSelf': 'You cannot reset your own password here: another admin of the consortium resets it',
  'calendar.notFound': ({ id }) => `No private calendar ${id} among yours`,
  'outbox.notFound': ({ id }) => `No failed message ${id} among your consortium's`,
  'catalogue.notOwner': ({ entry, owner }) =>
    `The catalogue entry “${entry}” belongs to ${owner}: only its admins change it`,
  'catalogue.operatorOwns': ({ entry }) =>
    `The catalogue entry “${entry}” belongs to whoever runs the installation: only its admins change it`,
  'catalogue.slugTaken': ({ slug }) => `The catalogue already has a service at the address "${slug}"`,
  'consortium.slugTaken': ({ slug }) => `A consortium with the address "${slug}" already exists`,
  'consortium.operatorOnly':
    'Only the admins of the consortium that runs the installation add consortia, or comuni of other consortia',
  'registry.notFound': ({ istat }) =>
    `The ISTAT code ${istat} is not in the list of Italian comuni shipped with Switch-off`,
  'registry.ipaMissing': ({ comune }) => `The list has no IPA code for the comune of ${comune}: give it (e.g. c_h357)`,
  'registry.populationMissing': ({ comune }) =>
    `The list has no population for the comune of ${comune} (a new comune): it cannot be added yet`,
  'comune.alreadyTracked': ({ comune, consortium }) => `The comune of ${comune} is already tracked by ${consortium}`,
  'installation.started': ({ consortium }) =>
    `The installation is already set up (consortium ${consortium}): add more consortia with "pnpm switchoff consortium add"`,
  'installation.holdsDemo':
    'This database holds the demo: a real installation starts on a new database (SWITCHOFF_DB=<new file> pnpm start --no-demo)',
  'service.sameStage': ({ date }) => `The service is already at this stage on ${date}`,
  'service.fieldsRequired': 'Give the service’s address, name and subject',
  'service.slugTaken': ({ comune, slug }) => `The comune of ${comune} already has a service at the address "${slug}"`,
  'service.catalogueTwin': ({ slug }) => `The comune already has this catalogue service ("${slug}")`,
  'milestone.cycle': 'These dependencies would make a cycle: a milestone would end up depending on itself',
  'milestone.alreadyReached': 'The milestone is already reached: it is not re-planned',
  'milestone.samePlannedDate': 'It is already the planned date',
  'milestone.reachedPlanFixed': 'The milestone is already reached: its plan is not corrected',
  'milestone.noReplanToAnnul': 'The milestone has no re-plans to annul',
  'milestone.baselineFixed': ({ date }) => `The baseline date does not change after creation (it is ${date})`,
  'milestone.actualDateKept': ({ date }) => `The date on which the milestone was reached is not removed (${date})`,
  'version.stale': ({ actor, at }) =>
    `Changed by ${actor || 'another user'}${at ? ` on ${dateTime(at)}` : ''} — reload the page`,
  'input.invalid': 'Invalid data',
  'server.unexpected': 'Unexpected server error: try again later',
  'server.databaseBusy':
    'The database is busy with another write (an import, for instance): try again in a few seconds',
  'server.tooManyReads': ({ seconds }) =>
    `Too many requests for reports, portfolios and summaries from this address: try again in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}`,
  'server.unreachable': 'Cannot reach the server: check the connection and try again.',
  'server.batchTooLarge': ({ max }) => `Too many calls in one request: at most ${max}`,
  'import.kindInvalid': 'File type: figures (monthly figures) or milestones',
  'import.contentMissing': 'The file’s content is missing',
  'import.fingerprintInvalid': 'Invalid preview fingerprint: preview again',
  'import.hasErrors': ({ count }) =>
    `The file has ${enNumber(count)} ${count === 1 ? 'error: correct it' : 'errors: correct them'} and preview again. Nothing was imported`,
  'import.changedSincePreview':
    'The data changed after the preview (or the file is another one): preview again. Nothing was imported',
  'job.running': ({ target, who, since }) =>
    `An import (${target}) started by ${who} on ${dateTime(since)} is running: one long write at a time, try again when it ends`,
  'job.restoreRunning': ({ target, who, since }) =>
    `The database is being restored from a backup (${target}), started by ${who} on ${dateTime(since)}: try again when it ends`,
  'job.notFound': 'None of your imports has this identifier',
  'job.interrupted': 'The import was interrupted (the server stopped): nothing was imported, run it again',
  'import.istatRequired': 'Give the comune’s ISTAT code',
  'import.rowOfOtherComune': ({ comune, istat, row }) =>
    `The file is for the comune of ${comune} (${istat}): this row is of comune ${row}`,
  'import.comuneNotInConsortium': ({ istat, consortium }) =>
    `No comune with ISTAT code ${istat} in the consortium ${consortium}`,
  'import.rowRepeated': ({ service, month, line }) => `Repeated row: ${service} of ${month} is already on line ${line}`,
  'import.codeRepeated': ({ code, line }) => `Repeated code: ${code} is already on line ${line}`,
  'import.milestoneUnknown': ({ comune, code }) =>
    `The comune of ${comune} has no milestone ${code} (id-N codes are milestones created on screen)`,
  'csv.fileTooLarge': ({ mb }) => `File too large: at most ${enNumber(mb)} MB; split it into several files`,
  'csv.notUtf8': 'The file is not UTF-8 (unreadable characters): save it as "CSV UTF-8 (comma delimited)"',
  'csv.empty': 'The file is empty',
  'csv.headerOnly': 'The file has only the header: no data rows',
  'csv.quoteNotClosed':
    'Unclosed quotes: the file ends inside a quoted field (look for a quote without its closing one)',
  'csv.quoteInField': 'Quotes in the middle of a field: quote the whole field and double the quotes inside ("")',
  'csv.lineTooLong': ({ max }) => `Line too long (over ${enNumber(max)} characters)`,
  'csv.hugeLine': ({ length, max }) =>
    `Line too long: ${enNumber(length)} characters (at most ${enNumber(max)}); it does not look like a data CSV`,
  'csv.unreadable': ({ detail }) => `The file does not read as CSV: ${detail}`,
  'csv.columnMissing': ({ column }) => `The required column "${column}" is missing`,
  'csv.columnTwice': ({ column }) => `The column "${column}" appears twice`,
  'csv.tooManyRows': ({ rows, max }) => `Too many rows: ${enNumber(rows)} (at most ${enNumber(max)}); split the file`,
  'csv.rowWidth': ({ found, expected }) => `The row has ${found} columns instead of ${expected}`,
  'backup.operatorMissing': ({ operator }) => `The consortium that runs the installation (${operator}) does not exist`,
  'backup.operatorAdminsOnly': ({ operator }) =>
    `A backup holds the data of every consortium: only the admins of ${operator}, which runs the installation, download one`,
  'backup.adminsOnly': 'For admins only',
  'backup.failed': 'Backup failed',
  'backup.restoreRefused': 'The file is not a backup that can be restored: nothing was changed',
};
