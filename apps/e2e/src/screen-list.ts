/** Who looks at a screen: a logged-out visitor or one of the demo accounts. */
export type Viewer = 'public' | 'mayor' | 'editor' | 'admin';

export type Screen = {
  name: string;
  path: string;
  viewer: Viewer;
  /** Open every editing form on the page (the buttons of its tool panels) before checking. */
  openForms?: boolean;
};

export const ISTAT = '019081';
export const COMUNE_NAME = 'Ripalta Cremasca';
export const CONSORTIUM = 'consorzio-it';
/** Agliè (TO): a comune no consortium tracks, with its PNRR measures from national open data. */
export const UNTRACKED_ISTAT = '001001';

/** Every public screen of the SPA (the Lighthouse run covers the same list). */
export const PUBLIC_SCREENS: Screen[] = [
  { name: 'home', path: '/', viewer: 'public' },
  { name: 'portfolio', path: `/consorzi/${CONSORTIUM}`, viewer: 'public' },
  { name: 'service-across', path: `/consorzi/${CONSORTIUM}/servizi/mensa-scolastica`, viewer: 'public' },
  { name: 'comune-overview', path: `/comuni/${ISTAT}`, viewer: 'public' },
  { name: 'comune-untracked', path: `/comuni/${UNTRACKED_ISTAT}`, viewer: 'public' },
  { name: 'map-italy', path: '/italia', viewer: 'public' },
  { name: 'map-region', path: '/regioni/03', viewer: 'public' },
  { name: 'map-province', path: '/province/019', viewer: 'public' },
  { name: 'map-province-switchoff', path: '/province/019?misura=switchoff', viewer: 'public' },
  { name: 'service-switched-off', path: `/comuni/${ISTAT}/servizi/mensa-scolastica`, viewer: 'public' },
  { name: 'service-hybrid', path: `/comuni/${ISTAT}/servizi/cambio-residenza`, viewer: 'public' },
  { name: 'roadmap', path: `/comuni/${ISTAT}/roadmap`, viewer: 'public' },
  { name: 'council-report', path: `/comuni/${ISTAT}/relazione`, viewer: 'public' },
  { name: 'not-found', path: '/pagina-che-non-esiste', viewer: 'public' },
  { name: 'login', path: '/accedi', viewer: 'public' },
];

/** The page the server writes itself (not the SPA): what each open-data column means. */
export const SERVER_SCREENS: Screen[] = [{ name: 'opendata', path: '/opendata', viewer: 'public' }];

/** Screens behind a login, each with the account that works on it. */
export const LOGGED_IN_SCREENS: Screen[] = [
  { name: 'mayor-overview', path: `/comuni/${ISTAT}`, viewer: 'mayor', openForms: true },
  { name: 'mayor-service', path: `/comuni/${ISTAT}/servizi/mensa-scolastica`, viewer: 'mayor', openForms: true },
  { name: 'mayor-roadmap', path: `/comuni/${ISTAT}/roadmap`, viewer: 'mayor' },
  { name: 'mayor-council-report', path: `/comuni/${ISTAT}/relazione`, viewer: 'mayor' },
  { name: 'mayor-my-comuni', path: '/i-miei-comuni', viewer: 'mayor' },
  { name: 'mayor-figures-read-only', path: `/comuni/${ISTAT}/servizi/mensa-scolastica/dati`, viewer: 'mayor' },
  { name: 'editor-overview-forms', path: `/comuni/${ISTAT}`, viewer: 'editor', openForms: true },
  {
    name: 'editor-service-forms',
    path: `/comuni/${ISTAT}/servizi/cambio-residenza`,
    viewer: 'editor',
    openForms: true,
  },
  { name: 'editor-roadmap-forms', path: `/comuni/${ISTAT}/roadmap`, viewer: 'editor', openForms: true },
  { name: 'editor-figures-grid', path: `/comuni/${ISTAT}/servizi/tari/dati`, viewer: 'editor' },
  { name: 'editor-changes', path: `/comuni/${ISTAT}/modifiche`, viewer: 'editor' },
  { name: 'editor-import-comune', path: `/comuni/${ISTAT}/importa`, viewer: 'editor' },
  { name: 'editor-service-setup', path: `/comuni/${ISTAT}/servizi-iniziali`, viewer: 'editor' },
  { name: 'editor-import-consortium', path: `/consorzi/${CONSORTIUM}/importa`, viewer: 'editor' },
  { name: 'admin-users', path: '/amministrazione/utenti', viewer: 'admin', openForms: true },
  { name: 'admin-comuni', path: '/amministrazione/comuni', viewer: 'admin' },
  { name: 'admin-comune', path: `/amministrazione/comuni/${ISTAT}`, viewer: 'admin', openForms: true },
  { name: 'admin-consortia', path: '/amministrazione/consorzi', viewer: 'admin', openForms: true },
  { name: 'admin-consortium', path: `/amministrazione/consorzi/${CONSORTIUM}`, viewer: 'admin' },
  { name: 'admin-catalogue', path: '/amministrazione/catalogo', viewer: 'admin', openForms: true },
  { name: 'admin-backup', path: '/amministrazione/copia-di-sicurezza', viewer: 'admin' },
  { name: 'admin-outbox', path: '/amministrazione/email', viewer: 'admin' },
  { name: 'mayor-profile', path: '/profilo', viewer: 'mayor' },
];
