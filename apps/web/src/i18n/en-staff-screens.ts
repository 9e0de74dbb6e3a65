import type { StaffScreenMessages } from './it-staff-screens';

/** Where a person lands after logging in, and an admin's changes to an account, in English. */
export const enStaffScreens: StaffScreenMessages = {
  landing: {
    title: 'Your comuni',
    lead: 'You read the internal data of several comuni: choose the one to open.',
    listLabel: 'The comuni whose internal data you read',
    open: (name: string) => `Open ${name}`,
    istat: (code: string) => `ISTAT code ${code}`,
    staffLead: (consortium: string) =>
      `You work for ${consortium}: every one of its comuni is on the consortium's portfolio.`,
    openPortfolio: 'Open the consortium’s portfolio',
  },
  userEdit: {
    editLabel: (name: string) => `Edit the role and comuni of ${name}`,
    editTitle: (name: string) => `Role and comuni of ${name}`,
    submit: 'Save role and comuni',
    saved: (name: string) => `Role and comuni of ${name} updated.`,
    selfRoleHint: 'Only another admin can change your own admin role.',
    reset: 'Reset the password',
    resetLabel: (name: string) => `Reset the password of ${name}`,
    confirmReset: (name: string) =>
      `Reset the password of ${name}? Their sessions end now and the current password stops working.`,
    confirmResetYes: 'Yes, reset',
    keepPassword: 'No, keep the password',
    temporaryTitle: (name: string) => `New temporary password of ${name}`,
    temporaryText:
      'It is shown only once: note it and give it to the person safely. Once you close this notice it cannot be seen again.',
    enable: 'Enable',
    enableLabel: (name: string) => `Enable ${name}’s account again`,
    enabled: (name: string) => `${name}’s account enabled: they can log in again with their password.`,
    actionsLabel: (name: string) => `Actions on ${name}’s account`,
  },
};
