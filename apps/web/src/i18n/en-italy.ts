import type { ItalyMessages } from './it-italy';

/** Every comune of Italy from national open data: its page, PNRR measures, search; in English. */
export const enItaly: ItalyMessages = {
  national: {
    documentTitle: (name: string) => `${name} – PNRR measures and national platforms`,
    italy: 'Italy',
    lead: (p: { province: string; region: string }) => `Province of ${p.province} · ${p.region}`,
    population: 'Population',
    populationUnknown: 'not available (comune created after the 2020 ISTAT list)',
    populationMerged: (names: string) => `2011 census, including the comuni merged into it: ${names}`,
    mergedFrom: 'Comuni merged into it',
    mergedFromItem: (p: { name: string; istat: string }) => `${p.name} (ISTAT ${p.istat})`,
    ceasedTitle: (name: string) => `${name}: comune merged into another`,
    ceased: (p: { name: string; istat: string; successor: string }) =>
      `${p.name} (ISTAT code ${p.istat}) is no longer a comune: it was merged into ${p.successor}.`,
    ceasedLink: (successor: string) => `Go to the page of ${successor}`,
    istat: 'ISTAT code',
    formerIstat: (code: string) => `formerly ${code}`,
    formerName: 'Former name',
    abolishedProvince:
      'The province of this comune was abolished in 2025: the PA digitale 2026 data name it only by its former ISTAT code, and no list included says which new province it is in.',
    formerNameLead: (name: string) => `Until its change of name: ${name}.`,
    ipa: 'IPA code',
    notTracked:
      'The services of this comune are not tracked in Switch-off yet: no consortium records their stages, monthly figures and milestones. This page shows what national data says.',
    pnrrTitle: 'PNRR measures (national data)',
    pnrrCaption: 'Funded applications of the comune by measure and call, with state and date',
    noApplications: 'The comune appears in no funded application of the PA digitale 2026 data included.',
    completed: 'Measures completed',
    measure: 'Measure',
    call: 'Call',
    state: 'State',
    amount: 'Amount',
    cup: 'CUP',
    history: 'Earlier states',
    stateOn: (state: string, date: string) => `${state} on ${date}`,
    states: {
      A: 'Funded',
      R: 'Renounced',
      E: 'Completed and paid (project certified)',
    },
    derivedTitle: 'National platforms according to PNRR data',
    derivedCaption: "Platforms the comune's PNRR measures point to, beside the state its consortium entered",
    derivedCaptionUntracked: "Platforms the comune's PNRR measures point to",
    derivedLead:
      'Derived from the PNRR measures: a completed measure (E) means the platform is active, a funded one (A) that it is being activated. A state a consortium entered by hand is never overwritten.',
    platform: 'Platform',
    fromNational: 'From PNRR data',
    fromConsortium: 'Entered by the consortium',
    notEntered: 'not entered',
    derivedState: { active: 'Active', in_progress: 'Being activated' },
    website: 'Website and online services (measure 1.4.1)',
    viaMeasure: (measure: string, date: string) => `measure ${measure}, ${date}`,
    source: (p: { publisher: string; licence: string; snapshots: string }) =>
      `Source: PA digitale 2026, funded applications — © ${p.publisher}, licence ${p.licence}; data as of ${p.snapshots}.`,
    sourceLink: 'PA digitale 2026 open data',
    registrySource: (title: string) => `Registry: ${title}.`,
  },
  search: {
    label: 'Find a comune',
    placeholder: 'Name or ISTAT code',
    hint: 'Type at least 2 characters; up and down arrows to choose, Enter to open.',
    results: (n: number, total: number) =>
      total === 0 ? 'No comune found' : n < total ? `${n} of ${total} comuni found` : `${total} comuni found`,
    option: (p: { name: string; province: string; istat: string }) => `${p.name} (${p.province}) · ${p.istat}`,
    mergedOption: (p: { merged: string; name: string; province: string; istat: string }) =>
      `${p.merged}, merged into ${p.name} (${p.province}) · ${p.istat}`,
    renamedOption: (p: { former: string; name: string; province: string; istat: string }) =>
      `${p.name} (${p.province}), formerly ${p.former} · ${p.istat}`,
  },
};
