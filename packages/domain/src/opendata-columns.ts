import { FIGURES_COLUMNS } from './csv-columns';

/**
 * The open datasets every comune (and every consortium, for all its comuni) publishes, with
 * their columns. CSV headers and JSON keys are the same names; the /opendata page, the README
 * and the DCAT-AP_IT catalogue describe them from here.
 */

export const OPEN_DATASETS = ['servizi', 'fasi', 'dati-mensili', 'milestone', 'ripianificazioni'] as const;
export type OpenDataset = (typeof OPEN_DATASETS)[number];

export const OPEN_FORMATS = ['csv', 'json'] as const;
export type OpenFormat = (typeof OPEN_FORMATS)[number];

export type OpenColumn = {
  name: string;
  type: 'testo' | 'intero' | 'decimale' | 'data' | 'mese' | 'booleano';
  description: string;
};

const common: OpenColumn[] = [
  { name: 'istat', type: 'testo', description: 'Codice ISTAT del comune (6 cifre).' },
  { name: 'comune', type: 'testo', description: 'Nome del comune.' },
];

export const OPEN_DATASET_INFO: Record<
  OpenDataset,
  {
    title: { it: string; en: string };
    description: { it: string; en: string };
    monthly: boolean;
    columns: OpenColumn[];
  }
> = {
  servizi: {
    title: { it: 'Servizi e canali', en: 'Services and channels' },
    description: {
      it: 'I servizi pubblici del comune con la fase del canale (solo carta, ibrido, digitale per primo, solo digitale), il livello di interattività, l’aggiornamento dei dati e la prontezza allo switch-off.',
      en: 'The comune’s public services with their channel stage (paper only, hybrid, digital first, digital only), interactivity level, data freshness and switch-off readiness.',
    },
    monthly: false,
    columns: [
      ...common,
      { name: 'servizio', type: 'testo', description: 'Indirizzo stabile del servizio nel comune.' },
      { name: 'nome', type: 'testo', description: 'Nome del servizio.' },
      {
        name: 'servizio_catalogo',
        type: 'testo',
        description: 'Servizio del catalogo condiviso, per confrontare i comuni (vuoto se assente).',
      },
      {
        name: 'materia',
        type: 'testo',
        description: 'Materia (vocabolario "Materie dei Servizi Pubblici"), come codice.',
      },
      { name: 'descrizione', type: 'testo', description: 'Descrizione.' },
      { name: 'ufficio', type: 'testo', description: 'Ufficio responsabile.' },
      { name: 'livello_interattivita', type: 'intero', description: 'Scala AgID da 0 (non online) a 5 (proattivo).' },
      { name: 'pagamento', type: 'booleano', description: 'Il servizio prevede un pagamento.' },
      {
        name: 'identita_digitale',
        type: 'booleano',
        description: 'Il servizio richiede l’identità del cittadino (SPID/CIE).',
      },
      { name: 'sportello_assistito', type: 'booleano', description: 'C’è uno sportello che assiste chi non è online.' },
      { name: 'fase', type: 'testo', description: 'Fase attuale: paper, hybrid, digital_first, switched_off.' },
      { name: 'fase_dal', type: 'data', description: 'Data da cui vale la fase attuale.' },
      { name: 'ultimo_mese_dati', type: 'mese', description: 'Ultimo mese con dati mensili (vuoto: nessun dato).' },
      {
        name: 'dati_non_aggiornati',
        type: 'booleano',
        description: 'Vero se l’ultimo mese con dati è indietro di più di 2 mesi rispetto all’ultimo mese concluso.',
      },
      {
        name: 'pronto_switch_off',
        type: 'booleano',
        description:
          'Vero se il servizio è pronto a chiudere il canale cartaceo: adozione digitale non inferiore all’obiettivo del comune in ciascuno degli ultimi 3 mesi con dati, dati aggiornati, pagoPA attivo se prevede un pagamento, SPID o CIE attivi se richiede l’identità, uno sportello assistito (vuoto se già solo digitale).',
      },
      {
        name: 'requisiti_mancanti',
        type: 'testo',
        description:
          'Le condizioni non soddisfatte, separate da spazi: take_up (adozione digitale o dati), pagopa, identity, assisted_desk (vuoto se pronto o già solo digitale).',
      },
    ],
  },
  fasi: {
    title: { it: 'Storia delle fasi dei servizi', en: 'Service stage history' },
    description: {
      it: 'Ogni cambio di fase del canale dei servizi pubblici del comune, con data di effetto e motivo; i ritorni indietro sono inclusi.',
      en: 'Every channel-stage change of the comune’s public services, with effective date and reason; reverts included.',
    },
    monthly: false,
    columns: [
      ...common,
      { name: 'servizio', type: 'testo', description: 'Indirizzo stabile del servizio nel comune.' },
      { name: 'nome', type: 'testo', description: 'Nome del servizio.' },
      { name: 'fase', type: 'testo', description: 'Fase: paper, hybrid, digital_first, switched_off.' },
      { name: 'data_effetto', type: 'data', description: 'Data da cui vale.' },
      { name: 'motivo', type: 'testo', description: 'Motivo del cambio.' },
    ],
  },
  'dati-mensili': {
    title: { it: 'Dati mensili dei servizi', en: 'Monthly service figures' },
    description: {
      it: 'Pratiche completate per canale (online, digitale assistito, carta), pagamenti pagoPA, risposte di soddisfazione e costo, per servizio e mese. Un mese assente è un dato mancante, non zero.',
      en: 'Completed transactions by channel (online, assisted digital, paper), pagoPA payments, satisfaction answers and cost, per service and month. A missing month is missing data, not zero.',
    },
    monthly: true,
    columns: [
      ...common,
      ...FIGURES_COLUMNS.filter((c) => c.name !== 'istat' && c.name !== 'comune').map(
        (c): OpenColumn => ({
          name: c.name,
          type:
            c.name === 'servizio'
              ? 'testo'
              : c.name === 'mese'
                ? 'mese'
                : c.name === 'costo_euro'
                  ? 'decimale'
                  : 'intero',
          description:
            c.name === 'mese'
              ? 'Mese (AAAA-MM).'
              : c.name === 'servizio'
                ? 'Indirizzo stabile del servizio nel comune.'
                : c.name === 'costo_euro'
                  ? 'Costo totale del mese in euro, punto decimale (vuoto: non noto).'
                  : c.description,
        }),
      ),
    ],
  },
  milestone: {
    title: { it: 'Traguardi della roadmap', en: 'Roadmap milestones' },
    description: {
      it: 'I traguardi pubblici della roadmap di digitalizzazione del comune: data di base, prevista ed effettiva, slittamento, avanzamento e stato.',
      en: 'The public milestones of the comune’s digital roadmap: baseline, planned and actual dates, slippage, progress and status.',
    },
    monthly: false,
    columns: [
      ...common,
      { name: 'codice', type: 'testo', description: 'Chiave stabile del traguardo nel comune.' },
      { name: 'titolo', type: 'testo', description: 'Titolo.' },
      { name: 'descrizione', type: 'testo', description: 'Descrizione.' },
      {
        name: 'tipo',
        type: 'testo',
        description: 'digital_launch, switch_off, national_platform, open_data, training, other.',
      },
      {
        name: 'servizio',
        type: 'testo',
        description: 'Servizio a cui si riferisce (vuoto: il comune nel suo insieme).',
      },
      { name: 'responsabile', type: 'testo', description: 'Ufficio o ente responsabile.' },
      { name: 'data_base', type: 'data', description: 'Prima data concordata.' },
      { name: 'data_prevista', type: 'data', description: 'Data prevista attuale.' },
      { name: 'data_effettiva', type: 'data', description: 'Data in cui è stato raggiunto (vuoto: non ancora).' },
      {
        name: 'slittamento_giorni',
        type: 'intero',
        description: 'Data effettiva (se raggiunto) o prevista meno data di base, in giorni.',
      },
      {
        name: 'ripianificazioni',
        type: 'intero',
        description: 'Ripianificazioni in vigore (annullate escluse; il dettaglio in ripianificazioni.csv).',
      },
      { name: 'avanzamento', type: 'intero', description: 'Avanzamento in punti percentuali.' },
      {
        name: 'stato',
        type: 'testo',
        description:
          'Stato derivato rispetto alla data di base: done, done_late (raggiunto dopo la data di base), on_track, at_risk, slipped (ripianificato oltre la data di base, data prevista non ancora passata), late (data prevista passata), not_started.',
      },
      {
        name: 'dipende_da',
        type: 'testo',
        description: 'Codici dei traguardi pubblici da cui dipende, separati da spazi.',
      },
    ],
  },
  ripianificazioni: {
    title: { it: 'Ripianificazioni dei traguardi', en: 'Milestone re-plans' },
    description: {
      it: 'Ogni cambio di data prevista dei traguardi pubblici, con il motivo, e ogni annullamento di una ripianificazione errata: nulla viene cancellato.',
      en: 'Every change of planned date of the public milestones, with its reason, and every annulment of a mistaken re-plan: nothing is deleted.',
    },
    monthly: false,
    columns: [
      ...common,
      {
        name: 'codice',
        type: 'testo',
        description: 'Chiave stabile del traguardo nel comune (come in milestone.csv).',
      },
      { name: 'numero', type: 'intero', description: 'Numero della voce nella storia del traguardo (1, 2, 3…).' },
      {
        name: 'tipo',
        type: 'testo',
        description: 'ripianificazione, o annullamento (correzione che ripristina la data precedente).',
      },
      { name: 'data_precedente', type: 'data', description: 'Data prevista prima di questa voce.' },
      { name: 'data_prevista', type: 'data', description: 'Data prevista dopo questa voce.' },
      { name: 'motivo', type: 'testo', description: 'Motivo dichiarato.' },
      { name: 'registrata_il', type: 'data', description: 'Giorno in cui la voce è stata registrata.' },
      {
        name: 'annulla',
        type: 'intero',
        description: 'Per un annullamento: il numero della ripianificazione annullata.',
      },
      {
        name: 'annullata_da',
        type: 'intero',
        description: 'Per una ripianificazione annullata: il numero dell’annullamento (vuoto: in vigore).',
      },
    ],
  },
};

/** Whether a file name is one of the open datasets (`dati-mensili.csv` → dataset and format). */
export function parseOpenDataFile(file: string): { dataset: OpenDataset; format: OpenFormat } | null {
  const match = /^([a-z-]+)\.([a-z]+)$/.exec(file);
  if (!match) return null;
  const dataset = OPEN_DATASETS.find((d) => d === match[1]);
  const format = OPEN_FORMATS.find((f) => f === match[2]);
  return dataset && format ? { dataset, format } : null;
}
