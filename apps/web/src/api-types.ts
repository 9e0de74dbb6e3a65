import type { RouterOutputs } from '@switchoff/api';

/** What each public procedure answers, as the screens read it. */
export type ConsortiumSummary = RouterOutputs['consortia']['list'][number];
export type Portfolio = RouterOutputs['consortia']['portfolio'];
export type PortfolioComune = Portfolio['comuni'][number];
export type ServiceAcross = RouterOutputs['consortia']['serviceAcross'];
export type ComuneOverview = RouterOutputs['comuni']['overview'];
export type OverviewService = ComuneOverview['services'][number];
export type ServicePage = RouterOutputs['services']['get'];
export type StageHistoryItem = ServicePage['history'][number];
export type Roadmap = RouterOutputs['milestones']['roadmap'];
export type RoadmapMilestone = Roadmap['milestones'][number];
export type MilestoneView = ServicePage['milestones'][number];
export type Readiness = ServicePage['readiness'];
export type Forecast = ServicePage['forecast'];
export type ComuneNational = RouterOutputs['italy']['comune'];
export type SearchAnswer = RouterOutputs['italy']['search'];
/** A map of Italy, a region or a province, with its areas. */
export type ItalyMap = RouterOutputs['italy']['regions'];
export type MapArea = ItalyMap['areas'][number];
/** A map's areas as the server projected them (SVG paths in a 600-unit-wide drawing). */
export type MapDrawing = NonNullable<RouterOutputs['italy']['drawing']>;
