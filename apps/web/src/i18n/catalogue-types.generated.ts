// Generated from src/i18n/catalogue/it/*.json by `pnpm --filter @switchoff/web catalogue:types`: do not edit.
// A test fails when this file is stale.

/** The compiled messages of a language: a message with parameters is a function of them. */
export type CatalogueMessages = {
  maps: {
    italyTitle: string;
    italyLead: string;
    regionLead: (p: { region: string }) => string;
    provinceTitle: (p: { name: string }) => string;
    provinceLead: (p: { province: string; region: string }) => string;
    indicator: string;
    measureOption: (p: { measure: string; name: string }) => string;
    switchOff: string;
    mapName: (p: { area: string; indicator: string }) => string;
    areaShare: (p: { completed: string; comuni: string; name: string; percent: string }) => string;
    areaSwitchOff: (p: { name: string; off: string; percent: string; services: string }) => string;
    areaNoData: (p: { name: string }) => string;
    comuneState: (p: { name: string; state: string }) => string;
    states: {
      completed: string;
      funded: string;
      none: string;
    };
    legendTitle: string;
    legendShare: string;
    legendSwitchOff: string;
    legendComune: string;
    legendClass: (p: { from: string; to: string }) => string;
    legendNoData: string;
    tableCaption: (p: { area: string; indicator: string }) => string;
    columns: {
      region: string;
      province: string;
      comune: string;
      comuni: string;
      completed: string;
      share: string;
      funded: string;
      state: string;
      tracked: string;
      services: string;
      switchedOff: string;
    };
    total: string;
    notOnMap: (p: { names: string }) => string;
    abolishedProvince: string;
    abolishedInRegion: string;
    mapLoading: string;
    mapError: string;
    source: (p: { licence: string; publisher: string; snapshot: string }) => string;
    geoSource: string;
    switchOffNote: string;
    openMap: string;
    openMapHint: string;
  };
};
