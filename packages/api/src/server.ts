// @switchoff/api/server: what the HTTP server, the CLI and the bench need beside the router
// (@switchoff/api): sessions and login limits, accounts, CSV import and export, open-data files,
// backup records, the lookups of a comune or consortium by its code, and the contract of the web
// app's server entry that renders public pages (page-entry.ts).
export { generatePassword } from './auth/password';
export { LoginRateLimited } from './auth/rate-limit';
export { loadActiveUserByEmail, loadSessionUser, resolveSession } from './auth/sessions';
export { listUsers } from './auth/user-listing';
export {
  AccountError,
  checkNewPassword,
  checkNewUser,
  createUser,
  disableUser,
  enableUser,
  setUserPassword,
} from './auth/users';
export { retryWhileBusy, WRITE_WAIT } from './busy-retry';
export { findCalendarOwner } from './calendar/calendar-tokens';
export { accountCalendar, comuneCalendar } from './calendar/calendars';
export { comuneFeed } from './calendar/comune-feed';
export { exportCsv } from './data-io/export';
export { applyImport, type ImportPreview, type ImportProgress, previewImport } from './data-io/import';
export { errorData } from './error-format';
export { AppErrorCause, DATABASE_BUSY_MESSAGE, DatabaseBusy, isDatabaseBusy, refuse } from './errors';
export { claimLongWrite } from './jobs/claim';
export {
  claimImportJob,
  type ImportJobParams,
  type ImportJobView,
  inPlaceJobRunner,
  type JobRunner,
  type PreviewParams,
  runImportJob,
} from './jobs/import-job';
export { errorOfJob, type JobError, jobErrorOf, outcomeOfJob, viewJob } from './jobs/job-view';
export { enqueueLateAlerts } from './mail/alerts';
export { enqueueDigests, planDigests } from './mail/digest';
export { claimDueEmails, markEmailFailed, markEmailSent, type OutboxRow } from './mail/outbox';
export { type MailPayload, topicOf } from './mail/payloads';
export { renderMail } from './mail/render';
export { readUnsubscribeToken, unsubscribe, unsubscribeSecret, unsubscribeToken } from './mail/unsubscribe';
export { buildCatalogue, catalogueMissing } from './opendata/catalogue';
export { type OpenDataFile, openDataFile } from './opendata/files';
export { type Licence, resolveLicence } from './opendata/licences';
export { loadPageEntry, type PageEntry, type RenderedPage } from './page-entry';
export {
  createReadBudget,
  EXPENSIVE_READS,
  type ReadBudget,
  ReadBudgetExceeded,
  type ReadBudgetRate,
} from './read-budget';
export { backupAccess, backupFilename } from './reads/backups';
export { type ConsortiumItem, listConsortiaFor, listConsortiumComuni } from './reads/installation';
export { findComune, findConsortium, findConsortiumById, findDataScope } from './reads/lookup';
export { authorOf } from './writes/audit';
export { recordDatabaseEvent } from './writes/backups';
export { addComune, archiveComune, createConsortium, updateConsortium } from './writes/consortia';
export { checkInitPossible, initInstallation } from './writes/installation';
