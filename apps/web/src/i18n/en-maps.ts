import type { MapsMessages } from './it-maps';

/** The maps of Italy, a region and a province; in English. */
export const enMaps: MapsMessages = {
  maps: {
    italyTitle: 'Italy: PNRR measures and switch-off by region',
    italyLead:
      'For each region, the share of comuni that completed a PNRR digitalisation measure, from the PA digitale 2026 open data, and, for the comuni tracked in Switch-off, the share of services that went digital only. Choose a region to see its provinces.',
    regionLead: (region: string) =>
      `The provinces of ${region}: share of comuni that completed the chosen measure. Choose a province to see its comuni.`,
    provinceTitle: (name: string) => `Province of ${name}`,
    provinceLead: (p: { province: string; region: string }) =>
      `The comuni of the province of ${p.province} (${p.region}): where each stands on the chosen measure. Choose a comune to open its page.`,
    indicator: 'What the map shows',
    measureOption: (p: { measure: string; name: string }) => `Measure ${p.measure} – ${p.name}`,
    switchOff: 'Switch-off: digital-only services (tracked comuni)',
    mapName: (p: { area: string; indicator: string }) => `Map of ${p.area}: ${p.indicator}`,
    areaShare: (p: { name: string; percent: string; completed: string; comuni: string }) =>
      `${p.name}: ${p.percent} of comuni completed the measure (${p.completed} of ${p.comuni})`,
    areaSwitchOff: (p: { name: string; percent: string; off: string; services: string }) =>
      `${p.name}: ${p.percent} of the public services of tracked comuni went digital only (${p.off} of ${p.services})`,
    areaNoData: (name: string) => `${name}: no comune tracked in Switch-off`,
    comuneState: (p: { name: string; state: string }) => `${p.name}: ${p.state}`,
    states: {
      completed: 'measure completed',
      funded: 'measure funded, not completed yet',
      none: 'no funded application',
    },
    legendTitle: 'Legend',
    legendShare: 'Share of comuni that completed the measure',
    legendSwitchOff: 'Share of public services that went digital only',
    legendComune: 'State of the measure in the comune',
    legendClass: (p: { from: number; to: number }) => `${p.from}% to ${p.to}%`,
    legendNoData: 'no data (no comune tracked)',
    tableCaption: (p: { area: string; indicator: string }) => `${p.area}: ${p.indicator} (the map's figures)`,
    columns: {
      region: 'Region',
      province: 'Province',
      comune: 'Comune',
      comuni: 'Comuni',
      completed: 'Completed',
      share: 'Share',
      funded: 'Funded, not completed',
      state: 'State of the measure',
      tracked: 'Tracked comuni',
      services: 'Public services',
      switchedOff: 'Digital only',
    },
    total: 'Total',
    notOnMap: (names: string) => `Not on the map (the boundaries are of 2024; the comune is in the table): ${names}.`,
    abolishedProvince:
      'This province was abolished in 2025. The PA digitale 2026 data name the comuni listed here only by their former ISTAT code, and no list included (neither PA digitale nor the 2024 ISTAT boundaries) says which new province they are in: they stay under the abolished one.',
    abolishedInRegion:
      'The provinces "abolished in 2025" hold the comuni that the PA digitale 2026 data name only by their former ISTAT code: no list included says which new province they are in.',
    mapLoading: 'Loading the boundaries…',
    mapError: 'The boundaries could not be loaded: the same figures are in the table.',
    source: (p: { publisher: string; licence: string; snapshot: string }) =>
      `Source: PA digitale 2026, funded applications — © ${p.publisher}, licence ${p.licence}; data as of ${p.snapshot}.`,
    geoSource: 'Administrative boundaries © ISTAT, CC BY; TopoJSON by Openpolis, CC BY 4.0 (2024 boundaries).',
    switchOffNote: 'Switch-off counts only the comuni a consortium tracks in Switch-off; the others have no data.',
    openMap: 'Map of Italy',
    openMapHint: 'PNRR measures completed and switch-off by region, province and comune.',
  },
};
