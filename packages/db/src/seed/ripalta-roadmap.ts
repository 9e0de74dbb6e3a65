import { addDays } from './dates';
import {
  type DatasetPlan,
  LOMBARDIA_PORTAL,
  lombardiaUrl,
  type MilestoneInput,
  type MilestonePlan,
  milestonePlan,
  OPEN_DATA_LICENSE,
  type PlatformPlan,
} from './plan';

// Ripalta Cremasca's roadmap, platforms, PNRR measures and open datasets (see ripalta.ts).

/** Titles are illustrative: the demo knows there were 11 datasets, not what each one was called. */
const DATASET_TITLES = [
  'Elenco servizi comunali',
  'Popolazione residente per età',
  'Popolazione residente per cittadinanza',
  'Nati, morti e movimenti migratori',
  'Matrimoni celebrati',
  'Raccolta differenziata',
  'Iscritti al servizio di mensa scolastica',
  'Riscossione TARI per canale di pagamento',
  'Stradario comunale',
  'Edifici e impianti comunali',
  'Sedi e orari degli uffici comunali',
] as const;

export function ripaltaDatasets(): DatasetPlan[] {
  return DATASET_TITLES.map((title, i) => ({
    title,
    portal: LOMBARDIA_PORTAL,
    url: lombardiaUrl('Ripalta Cremasca', title),
    license: OPEN_DATA_LICENSE,
    publishedDate: i < 6 ? '2018-06-15' : '2018-10-01',
  }));
}

export function ripaltaMilestones(today: string): MilestonePlan[] {
  const done = (date: string) => ({ baselineDate: date, actualDate: date, progress: 100 });
  const day = (offset: number) => addDays(today, offset);
  const inputs: MilestoneInput[] = [
    // Done: the real roadmap.
    {
      key: 'pagopa',
      title: 'Attivazione di pagoPA',
      kind: 'national_platform',
      owner: 'Consorzio.IT',
      ...done('2017-03-01'),
    },
    {
      key: 'mensa',
      serviceSlug: 'mensa-scolastica',
      title: 'Mensa scolastica solo online',
      kind: 'switch_off',
      owner: 'Ufficio Scuola',
      dependsOn: ['pagopa'],
      ...done('2017-06-01'),
    },
    {
      key: 'minigrest',
      serviceSlug: 'centro-estivo',
      title: 'Minigrest: iscrizioni solo online',
      kind: 'switch_off',
      owner: 'Ufficio Scuola',
      dependsOn: ['mensa'],
      ...done('2018-04-01'),
    },
    {
      key: 'tari',
      serviceSlug: 'tari',
      title: 'TARI pagabile solo con pagoPA',
      kind: 'switch_off',
      owner: 'Ufficio Tributi',
      dependsOn: ['pagopa'],
      ...done('2018-05-01'),
    },
    {
      key: 'trasporto',
      serviceSlug: 'trasporto-scolastico',
      title: 'Trasporto scolastico solo online',
      kind: 'switch_off',
      owner: 'Ufficio Scuola',
      dependsOn: ['mensa'],
      ...done('2018-06-01'),
    },
    {
      key: 'opendata',
      title: 'Pubblicazione di 11 dataset su dati.lombardia.it',
      kind: 'open_data',
      owner: 'Consorzio.IT',
      ...done('2018-10-01'),
    },
    {
      key: 'anpr',
      title: 'Subentro in ANPR',
      kind: 'national_platform',
      owner: 'Ufficio Anagrafe',
      ...done('2019-02-01'),
    },
    {
      key: 'appio',
      title: 'Servizi su App IO (dalla beta chiusa con Consorzio.IT)',
      kind: 'national_platform',
      owner: 'Consorzio.IT',
      ...done('2020-04-01'),
    },
    {
      key: 'cloud',
      title: 'Migrazione in cloud (PNRR 1.2)',
      kind: 'national_platform',
      owner: 'Consorzio.IT',
      baselineDate: '2023-06-30',
      replans: [
        {
          plannedDate: '2023-10-01',
          reason: 'Il fornitore qualificato ACN ha spostato la migrazione',
          changedAt: '2023-05-20',
        },
      ],
      actualDate: '2023-10-01',
      progress: 100,
    },
    {
      key: 'sito',
      title: 'Nuovo sito e servizi online (PNRR 1.4.1)',
      kind: 'digital_launch',
      owner: 'Consorzio.IT',
      ...done('2023-06-01'),
    },
    // Open: placed around today.
    {
      key: 'formazione',
      title: 'Formazione dello sportello assistito anagrafe',
      kind: 'training',
      owner: 'Ufficio Anagrafe',
      baselineDate: day(45),
      progress: 30,
      visibility: 'internal',
      internalNote: 'Serve una seconda persona allo sportello nei giorni di apertura: da discutere in giunta.',
    },
    {
      key: 'certificati',
      serviceSlug: 'certificati-anagrafici',
      title: 'Certificati anagrafici solo online',
      kind: 'switch_off',
      owner: 'Ufficio Anagrafe',
      baselineDate: day(-240),
      replans: [
        { plannedDate: day(-60), reason: 'In attesa dei certificati in bollo sul portale ANPR', changedAt: day(-270) },
        {
          plannedDate: day(120),
          reason: 'Prima dello switch-off serve la campagna informativa con i centri anziani',
          changedAt: day(-75),
        },
      ],
      progress: 55,
      dependsOn: ['formazione'],
    },
    {
      key: 'cie',
      serviceSlug: 'carta-identita-elettronica',
      title: "Carta d'identità: appuntamenti solo online",
      kind: 'switch_off',
      owner: 'Ufficio Anagrafe',
      baselineDate: day(20),
      progress: 25,
    },
    {
      key: 'imu',
      serviceSlug: 'imu',
      title: 'IMU: avvisi precompilati con pagoPA',
      kind: 'digital_launch',
      owner: 'Ufficio Tributi',
      baselineDate: day(-40),
      progress: 70,
      description: 'Avviso IMU precompilato per i contribuenti, pagabile con pagoPA o F24.',
    },
    {
      key: 'matrimoni',
      serviceSlug: 'pubblicazioni-matrimonio',
      title: 'Pubblicazioni di matrimonio: richiesta online',
      kind: 'digital_launch',
      owner: 'Ufficio Stato Civile',
      baselineDate: day(150),
      progress: 10,
    },
    {
      key: 'send',
      title: 'Notifiche digitali con SEND (PNRR 1.4.5)',
      kind: 'national_platform',
      owner: 'Consorzio.IT',
      baselineDate: day(90),
      progress: 60,
    },
    {
      key: 'suolo',
      serviceSlug: 'occupazione-suolo-pubblico',
      title: 'Occupazione di suolo pubblico solo online',
      kind: 'switch_off',
      owner: 'Ufficio Tecnico',
      baselineDate: day(300),
      visibility: 'internal',
      internalNote: 'Non ancora comunicato ai commercianti: parlarne prima alla consulta delle attività.',
      dependsOn: ['formazione'],
    },
    {
      key: 'dataset-aggiornamento',
      title: 'Aggiornamento annuale dei dataset su dati.lombardia.it',
      kind: 'open_data',
      owner: 'Consorzio.IT',
      baselineDate: day(30),
      progress: 60,
    },
  ];
  return inputs.map((m) => milestonePlan(m, today));
}

export const RIPALTA_PLATFORMS: readonly PlatformPlan[] = [
  {
    platform: 'pagopa',
    state: 'active',
    activationDate: '2017-03-01',
    note: 'Intermediario tecnologico: Consorzio.IT',
  },
  { platform: 'spid', state: 'active', activationDate: '2018-02-01', note: '' },
  { platform: 'cie', state: 'active', activationDate: '2021-03-01', note: 'Accesso ai servizi online con CieID' },
  {
    platform: 'app_io',
    state: 'active',
    activationDate: '2020-04-01',
    note: 'Il comune ha partecipato alla beta chiusa di App IO con Consorzio.IT',
  },
  { platform: 'anpr', state: 'subentro', activationDate: '2019-02-01', note: 'Subentro a inizio 2019' },
  { platform: 'ansc', state: 'in_progress', activationDate: null, note: '' },
  { platform: 'send', state: 'in_progress', activationDate: null, note: 'Finanziato con il PNRR 1.4.5' },
  { platform: 'pdnd', state: 'in_progress', activationDate: null, note: '' },
  { platform: 'cloud', state: 'active', activationDate: '2023-10-01', note: 'Migrazione completata con il PNRR 1.2' },
  { platform: 'open_data', state: 'active', activationDate: '2018-06-15', note: '11 dataset su dati.lombardia.it' },
];
