/** The consortia of the installation, as their admins set them up, in Italian. */
export const itConsortia = {
  consortiaAdmin: {
    nav: 'Consorzi',
    title: 'Consorzi',
    leadOperator:
      'Gestisci l’installazione: aggiungi i consorzi che la usano e correggi i dati di ciascuno. Email e telefono sono il punto di contatto dei loro dati aperti.',
    leadOwn:
      'I dati del tuo consorzio. Email e telefono sono il punto di contatto dei suoi dati aperti (DCAT-AP_IT); i nuovi consorzi li aggiunge chi gestisce l’installazione.',
    caption: 'Consorzi dell’installazione: indirizzo, codice IPA, città, contatto',
    captionOwn: 'Il tuo consorzio: indirizzo, codice IPA, città, contatto',
    name: 'Nome',
    slug: 'Indirizzo (nella pagina /consorzi/…)',
    slugHint: 'Lettere minuscole, cifre e trattini, es. consorzio-bassa. Non si cambia dopo.',
    ipaCode: 'Codice IPA',
    ipaHint: 'Il codice del consorzio nell’Indice dei domicili digitali della PA (IPA), es. c_h357.',
    city: 'Città',
    website: 'Sito web',
    websiteHint: 'Facoltativo: l’indirizzo completo, https://…',
    contactEmail: 'Email di contatto',
    contactHint: 'Pubblicata come punto di contatto dei dati aperti: meglio un indirizzo d’ufficio.',
    telephone: 'Telefono',
    telephoneHint: 'Facoltativo, es. +39 0371 123456.',
    contact: 'Contatto',
    editLabel: (name: string) => `Modifica i dati di ${name}`,
    editTitle: (name: string) => `Dati di ${name}`,
    demo: 'dimostrazione',
    own: 'il tuo',
    createTitle: 'Nuovo consorzio',
    createLead:
      'Un consorzio che usa questa installazione: poi aggiungi i suoi comuni e i suoi account (dalle sue sezioni, o dalla riga di comando).',
    create: 'Aggiungi il consorzio',
    created: (name: string) => `${name} aggiunto.`,
    saved: (name: string) => `Dati di ${name} salvati.`,
    back: 'Torna all’elenco dei consorzi',
    notAllowed: 'Puoi modificare solo il tuo consorzio.',
  },
};

export type ConsortiaMessages = typeof itConsortia;
