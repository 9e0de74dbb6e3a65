/** Where a person lands after logging in, and an admin's changes to an account, in Italian. */
export const itStaffScreens = {
  landing: {
    title: 'I tuoi comuni',
    lead: 'Hai accesso ai dati interni di più comuni: scegli quello da aprire.',
    listLabel: 'I comuni di cui leggi i dati interni',
    open: (name: string) => `Apri ${name}`,
    istat: (code: string) => `Codice ISTAT ${code}`,
    staffLead: (consortium: string) =>
      `Lavori per ${consortium}: raggiungi tutti i suoi comuni dal portafoglio del consorzio.`,
    openPortfolio: 'Apri il portafoglio del consorzio',
  },
  userEdit: {
    editLabel: (name: string) => `Modifica ruolo e comuni di ${name}`,
    editTitle: (name: string) => `Ruolo e comuni di ${name}`,
    submit: 'Salva ruolo e comuni',
    saved: (name: string) => `Ruolo e comuni di ${name} aggiornati.`,
    selfRoleHint: 'Il tuo ruolo di amministratore lo può cambiare solo un altro amministratore.',
    reset: 'Reimposta la password',
    resetLabel: (name: string) => `Reimposta la password di ${name}`,
    confirmReset: (name: string) =>
      `Reimpostare la password di ${name}? Le sue sessioni terminano subito e la password attuale non funziona più.`,
    confirmResetYes: 'Sì, reimposta',
    keepPassword: 'No, lascia la password',
    temporaryTitle: (name: string) => `Nuova password temporanea di ${name}`,
    temporaryText:
      'È mostrata una sola volta: annotala e comunicala alla persona in modo sicuro. Chiudendo questo avviso non sarà più visibile.',
    enable: 'Riattiva',
    enableLabel: (name: string) => `Riattiva l’account di ${name}`,
    enabled: (name: string) => `Account di ${name} riattivato: può di nuovo accedere con la sua password.`,
    actionsLabel: (name: string) => `Azioni sull’account di ${name}`,
  },
};

export type StaffScreenMessages = typeof itStaffScreens;
