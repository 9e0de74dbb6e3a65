import { RIPALTA_ISTAT } from './comuni';
import { type ComunePlan, type ServicePlan, servicePlan } from './plan';
import { RIPALTA_PLATFORMS, ripaltaDatasets, ripaltaMilestones } from './ripalta-roadmap';
import { paperThen, START } from './stage-rules';

/**
 * Ripalta Cremasca, the comune the product comes from. The roadmap facts are real (DESIGN.md):
 * canteen digital only in 2017, school transport and minigrest in 2018, TARI only through pagoPA,
 * 11 open datasets on dati.lombardia.it, ANPR takeover early 2019, App IO closed beta. Days within a
 * month, amounts and everything after 2019 are the demo's; the monthly figures are illustrative.
 */

function ripaltaServices(): ServicePlan[] {
  return [
    servicePlan(
      'mensa-scolastica',
      paperThen({
        stage: 'switched_off',
        date: '2017-06-01',
        reason:
          'Digitalizzazione Totale: iscrizione e pagamento della mensa solo online con pagoPA, ' +
          "dall'anno scolastico 2017/2018; resta lo sportello assistito in municipio",
      }),
      { interactivityLevel: 5 },
    ),
    servicePlan(
      'centro-estivo',
      paperThen({
        stage: 'switched_off',
        date: '2018-04-01',
        reason: 'Minigrest 2018: iscrizioni e pagamento solo online, come per la mensa',
      }),
    ),
    servicePlan(
      'trasporto-scolastico',
      paperThen({
        stage: 'switched_off',
        date: '2018-06-01',
        reason: "Iscrizioni allo scuolabus per l'anno scolastico 2018/2019 solo online",
      }),
    ),
    servicePlan(
      'tari',
      paperThen(
        { stage: 'hybrid', date: '2017-09-01', reason: 'Avvisi TARI con codice pagoPA accanto al modello F24' },
        {
          stage: 'switched_off',
          date: '2018-05-01',
          reason: 'TARI pagabile solo tramite pagoPA, tra i primi enti in Italia; F24 non più accettato',
        },
      ),
    ),
    servicePlan(
      'imu',
      paperThen({ stage: 'hybrid', date: '2019-06-01', reason: 'Calcolatore IMU online con stampa del modello F24' }),
      { digitalCeiling: 0.45 },
    ),
    servicePlan(
      'carta-identita-elettronica',
      paperThen(
        {
          stage: 'hybrid',
          date: '2018-03-01',
          reason: "Carta d'identità elettronica: appuntamento prenotabile online sull'agenda del Ministero",
        },
        {
          stage: 'digital_first',
          date: '2020-06-01',
          reason: 'Dopo il lockdown gli appuntamenti si prenotano online; al telefono solo per chi non può',
        },
      ),
    ),
    servicePlan(
      'certificati-anagrafici',
      paperThen(
        { stage: 'hybrid', date: '2019-03-01', reason: 'Dopo il subentro in ANPR: certificati online con SPID' },
        {
          stage: 'digital_first',
          date: '2022-01-10',
          reason: 'Certificati gratuiti dal portale ANPR; allo sportello solo su richiesta',
        },
      ),
    ),
    servicePlan(
      'cambio-residenza',
      paperThen({ stage: 'hybrid', date: '2019-03-01', reason: 'Dichiarazione di residenza online tramite ANPR' }),
      { digitalCeiling: 0.55 },
    ),
    servicePlan('pubblicazioni-matrimonio', paperThen()),
    servicePlan(
      'lampade-votive',
      paperThen({ stage: 'hybrid', date: '2019-01-01', reason: 'Canone delle lampade votive con avviso pagoPA' }),
    ),
    servicePlan(
      'occupazione-suolo-pubblico',
      paperThen({ stage: 'hybrid', date: '2023-06-01', reason: 'Istanza online sul nuovo sito (PNRR 1.4.1)' }),
    ),
    servicePlan(
      'accesso-atti',
      paperThen({ stage: 'hybrid', date: '2023-06-01', reason: 'Richiesta di accesso agli atti online (PNRR 1.4.1)' }),
      { digitalCeiling: 0.4 },
    ),
    servicePlan(
      'pratiche-edilizie',
      paperThen(
        { stage: 'hybrid', date: '2017-01-01', reason: 'Sportello unico edilizia telematico per i professionisti' },
        {
          stage: 'digital_first',
          date: '2020-01-01',
          reason: 'Pratiche edilizie solo telematiche per i professionisti; carta solo per i privati su richiesta',
        },
      ),
    ),
    servicePlan(
      'contributi-assistenza',
      paperThen({ stage: 'hybrid', date: '2023-09-01', reason: 'Domanda di contributo online (PNRR 1.4.1)' }),
      { digitalCeiling: 0.35 },
    ),
    servicePlan(
      'segnalazioni',
      paperThen(
        { stage: 'hybrid', date: '2019-05-01', reason: 'Segnalazioni dal sito comunale' },
        { stage: 'digital_first', date: '2021-03-01', reason: 'Segnalazioni online come canale principale' },
      ),
    ),
    servicePlan(
      'biblioteca',
      [
        {
          stage: 'hybrid',
          date: START,
          reason: 'Catalogo e prenotazione dei prestiti online della rete bibliotecaria già attivi',
        },
        {
          stage: 'digital_first',
          date: '2021-09-01',
          reason: 'Prestiti prenotati online; al banco solo la consegna',
        },
      ],
      // The library's software changed in spring 2022: two months were never reported.
      { missingMonths: ['2022-03', '2022-04'] },
    ),
  ];
}

/** The plan of Ripalta Cremasca relative to `today` (ISO date). */
export function ripaltaPlan(today: string): ComunePlan {
  return {
    istatCode: RIPALTA_ISTAT,
    takeUpTarget: 0.8,
    assistedDesk: 'Sportello al cittadino, municipio, martedì e giovedì 9–12',
    internalNote: null,
    services: ripaltaServices(),
    milestones: ripaltaMilestones(today),
    platforms: [...RIPALTA_PLATFORMS],
    // PNRR measures: the real ones, from the shipped PA digitale snapshot (loadShippedNational).
    pnrr: [],
    datasets: ripaltaDatasets(),
  };
}
