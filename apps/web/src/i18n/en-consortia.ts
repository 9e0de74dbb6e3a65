import type { ConsortiaMessages } from './it-consortia';

/** The consortia of the installation, as their admins set them up, in English. */
export const enConsortia: ConsortiaMessages = {
  consortiaAdmin: {
    nav: 'Consortia',
    title: 'Consortia',
    leadOperator:
      'You run the installation: add the consortia that use it and correct each one’s details. Email and telephone are the contact point of their open data.',
    leadOwn:
      'Your consortium’s details. Email and telephone are the contact point of its open data (DCAT-AP_IT); new consortia are added by whoever runs the installation.',
    caption: 'Consortia of the installation: address, IPA code, city, contact',
    captionOwn: 'Your consortium: address, IPA code, city, contact',
    name: 'Name',
    slug: 'Address (in the page /consorzi/…)',
    slugHint: 'Lower-case letters, digits and hyphens, e.g. consorzio-bassa. It cannot change later.',
    ipaCode: 'IPA code',
    ipaHint: 'The consortium’s code in the Italian public administration index (IPA), e.g. c_h357.',
    city: 'City',
    website: 'Website',
    websiteHint: 'Optional: the full address, https://…',
    contactEmail: 'Contact email',
    contactHint: 'Published as the contact point of the open data: an office address is best.',
    telephone: 'Telephone',
    telephoneHint: 'Optional, e.g. +39 0371 123456.',
    contact: 'Contact',
    editLabel: (name: string) => `Edit the details of ${name}`,
    editTitle: (name: string) => `Details of ${name}`,
    demo: 'demo',
    own: 'yours',
    createTitle: 'New consortium',
    createLead:
      'A consortium that uses this installation: then add its comuni and its accounts (from its own sections, or the command line).',
    create: 'Add the consortium',
    created: (name: string) => `${name} added.`,
    saved: (name: string) => `Details of ${name} saved.`,
    back: 'Back to the consortia',
    notAllowed: 'You can change your own consortium only.',
  },
};
