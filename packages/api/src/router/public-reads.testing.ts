/**
 * The procedures whose answers anyone, logged in or not, may read and keep: the tests' own list,
 * which the server's test checks against the procedures' `.meta({ publicRead: true })`.
 */
export const PUBLIC_READ_PATHS = [
  'consortia.list',
  'consortia.portfolio',
  'consortia.serviceAcross',
  'national.summary',
  'italy.comune',
  'italy.search',
  'italy.regions',
  'italy.region',
  'italy.province',
  'italy.drawing',
  'comuni.list',
  'comuni.overview',
  'services.get',
  'milestones.roadmap',
  'reports.council',
] as const;
