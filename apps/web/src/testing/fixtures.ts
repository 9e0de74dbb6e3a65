import type { Readiness } from '@switchoff/domain';
import type { ServicePage } from '../api-types';
import type { User } from '../auth/viewer';

/** People as `auth.me` answers for each role (demo accounts). */
export const editor: User = {
  name: 'Elena Redazione',
  email: 'editor@consorzioit.demo',
  role: 'editor',
  consortium: { slug: 'consorzio-it', name: 'Consorzio.IT' },
  comuni: [],
};
export const mayor: User = {
  name: 'Sindaco di Ripalta',
  email: 'sindaco@ripaltacremasca.demo',
  role: 'council',
  consortium: { slug: 'consorzio-it', name: 'Consorzio.IT' },
  comuni: [{ istat: '019081', name: 'Ripalta Cremasca' }],
};
export const admin: User = { ...editor, name: 'Anna Admin', email: 'admin@consorzioit.demo', role: 'admin' };
/** Two comuni of the demo consortium, as the admin's forms offer them. */
export const consortiumComuni = [
  { istat: '019081', name: 'Ripalta Cremasca' },
  { istat: '019035', name: 'Crema' },
];
export const otherEditor: User = {
  ...editor,
  email: 'staff@altro.demo',
  consortium: { slug: 'altro', name: 'Altro consorzio' },
};

/** Ripalta Cremasca as the public reads it, with its consortium. */
export const ripalta = {
  istat: '019081',
  name: 'Ripalta Cremasca',
  provinceCode: 'CR',
  region: 'Lombardia',
  population: 3400,
  takeUpTarget: 0.8,
  assistedDesk: 'Ufficio anagrafe, martedì e giovedì 9–12',
  figuresIllustrative: true,
  consortium: { slug: 'consorzio-it', name: 'Consorzio.IT' },
};

/** The service page as the public reads it: no internal fields. */
// Asserted rather than annotated, so a field the API adds later does not break every fixture.
export const publicServicePage = {
  comune: ripalta,
  asOf: '2024-06',
  service: {
    slug: 'trasporto-scolastico',
    name: 'Trasporto scolastico',
    category: 'educazione-formazione',
    description: 'Iscrizione e pagamento del trasporto scolastico.',
    office: 'Ufficio scuola',
    interactivityLevel: 4,
    takesPayment: true,
    needsIdentity: true,
    hasAssistedDesk: true,
    catalogueSlug: 'trasporto-scolastico',
  },
  stage: 'switched_off',
  stageSince: '2018-09-01',
  history: [
    {
      stage: 'paper',
      from: null,
      kind: 'start',
      effectiveDate: '2016-01-01',
      reason: 'Avvio',
      recordedBy: 'Consorzio.IT',
    },
    {
      stage: 'switched_off',
      from: 'paper',
      kind: 'advance',
      effectiveDate: '2018-09-01',
      reason: 'Solo online',
      recordedBy: 'Consorzio.IT',
    },
  ],
  lastMonth: '2024-06',
  figures: [],
  totals12: {
    months: 0,
    transactions: 0,
    takeUp: null,
    selfService: null,
    pagopa: null,
    satisfaction: null,
    costPerTransaction: null,
  },
  target: 0.8,
  milestones: [],
  readiness: { status: 'switched_off' },
  forecast: { kind: 'not_enough_data', monthsWithData: 0, needed: 6 },
  stale: false,
} as ServicePage;

/** The same page for readers of the comune's internal data. */
export const internalServicePage: ServicePage = {
  ...publicServicePage,
  comune: { ...ripalta, internalNote: 'Convenzione con il comune vicino in scadenza', version: 3 },
  service: {
    ...publicServicePage.service,
    visibility: 'public',
    internalNote: 'Verificare il contratto del trasportatore',
    version: 7,
  },
  comments: [
    {
      id: 1,
      author: 'Sindaco di Ripalta',
      body: 'Da discutere in consiglio.',
      createdAt: '2024-07-01T08:00:00.000Z',
      target: { kind: 'service', slug: 'trasporto-scolastico', name: 'Trasporto scolastico' },
    },
  ],
};

/** A service short of the take-up target (70%, 75%, 82.4% against 80%) and of pagoPA. */
export const notReady: Readiness = {
  status: 'not_ready',
  missing: ['take_up', 'pagopa'],
  conditions: [
    {
      key: 'take_up',
      met: false,
      target: 0.8,
      months: [
        { month: '2024-04', takeUp: 0.7 },
        { month: '2024-05', takeUp: 0.75 },
        { month: '2024-06', takeUp: 0.824 },
      ],
      lastMonth: '2024-06',
    },
    { key: 'pagopa', met: false, state: 'in_progress' },
    { key: 'identity', met: true, spid: 'active', cie: null },
    { key: 'assisted_desk', met: true },
  ],
};
