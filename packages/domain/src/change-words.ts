/*
 * A comune's change history (the audit log) as people read it: the kinds of change it can be
 * filtered by, who made a change, the bookkeeping fields nobody needs to read, and the Italian
 * words of actions, kinds and fields — shared by the screen's Italian dictionary and the CSV
 * export of the history, which the server writes in Italian.
 */

/** The kinds of change a comune's history holds (the audited tables that concern a comune), to filter by. */
export const CHANGE_KINDS = [
  'services',
  'milestones',
  'monthly_figures',
  'platform_adoptions',
  'pnrr_measures',
  'comments',
  'imports',
  'comuni',
] as const;

export type ChangeKind = (typeof CHANGE_KINDS)[number];

/** Bookkeeping the audit log keeps but a person does not need to read. */
export const HIDDEN_CHANGE_FIELDS: ReadonlySet<string> = new Set([
  'version',
  'stageEventId',
  'id',
  'comuneId',
  'catalogueId',
  'consortiumId',
  'createdAt',
  'updatedAt',
  'passwordHash',
  // An import's check that the file applied is the one previewed: no meaning to a reader.
  'fingerprint',
]);

/** "Name <email>" as the audit log names a person: the name, and the email apart. */
export function splitActor(actor: string): { name: string; email: string | null } {
  const match = /^(.*?)\s*<([^>]+)>$/.exec(actor);
  return match ? { name: match[1] || match[2] || actor, email: match[2] ?? null } : { name: actor, email: null };
}

/** What a change did, in Italian, by the audit log's action. */
export const CHANGE_ACTIONS_IT: Readonly<Record<string, string>> = {
  create: 'Creazione',
  update: 'Modifica',
  record_stage: 'Cambio di stadio',
  replan: 'Ripianificazione',
  annul_replan: 'Annullamento di una ripianificazione',
  import: 'Importazione da file CSV',
  complete: 'Completamento',
  disable: 'Disattivazione',
  enable: 'Riattivazione',
  seed: 'Caricamento dei dati dimostrativi',
  password: 'Nuova password',
};

/** What a change concerns, in Italian, by the audit log's entity. */
export const CHANGE_ENTITIES_IT: Readonly<Record<string, string>> = {
  services: 'Servizio',
  milestones: 'Tappa',
  monthly_figures: 'Dati mensili',
  platform_adoptions: 'Piattaforma nazionale',
  pnrr_measures: 'Misura PNRR',
  comments: 'Commento',
  comuni: 'Comune',
  users: 'Account',
  catalogue_services: 'Catalogo dei servizi',
  imports: 'File',
};

/** A changed field's name, in Italian. */
export const CHANGE_FIELDS_IT: Readonly<Record<string, string>> = {
  name: 'Nome',
  slug: 'Indirizzo',
  category: 'Materia',
  description: 'Descrizione',
  office: 'Ufficio responsabile',
  interactivityLevel: 'Livello di interattività',
  takesPayment: 'Prevede un pagamento',
  needsIdentity: 'Richiede l’identità del cittadino',
  hasAssistedDesk: 'Sportello assistito',
  visibility: 'Visibilità',
  internalNote: 'Nota interna',
  stage: 'Stadio',
  effectiveDate: 'Data di decorrenza',
  reason: 'Motivo',
  title: 'Titolo',
  kind: 'Tipo',
  owner: 'Responsabile',
  progress: 'Avanzamento',
  serviceId: 'Servizio',
  dependsOn: 'Dipende da',
  baselineDate: 'Data di riferimento',
  plannedDate: 'Data prevista',
  actualDate: 'Data effettiva',
  month: 'Mese',
  online: 'Online in autonomia',
  assisted: 'Digitale assistito',
  paper: 'Cartaceo',
  paymentsTotal: 'Pagamenti (totale)',
  paymentsPagopa: 'Pagamenti con pagoPA',
  satisfaction1: 'Soddisfazione: voto 1',
  satisfaction2: 'Soddisfazione: voto 2',
  satisfaction3: 'Soddisfazione: voto 3',
  satisfaction4: 'Soddisfazione: voto 4',
  satisfaction5: 'Soddisfazione: voto 5',
  costCents: 'Costo',
  platform: 'Piattaforma',
  state: 'Stato',
  activationDate: 'Data di attivazione',
  measure: 'Misura',
  amountCents: 'Importo',
  stateDate: 'Data dello stato',
  body: 'Testo',
  takeUpTarget: 'Obiettivo di adozione',
  assistedDesk: 'Sportello assistito',
  email: 'Email',
  role: 'Ruolo',
  comuni: 'Comuni',
  istatCode: 'Codice ISTAT',
  services: 'Servizi',
  figuresIllustrative: 'Cifre illustrative',
  disabledAt: 'Disattivato il',
  annulled: 'Ripianificazione annullata',
  file: 'File',
  added: 'Righe aggiunte',
  changed: 'Righe modificate',
  unchanged: 'Righe invariate',
};
