import type { MeasuresMessages } from './it-measures';

/** The measures, their charts and tables, readiness and the forecast, in English. */
export const enMeasures: MeasuresMessages = {
  measures: {
    takeUp: 'Digital take-up',
    takeUpHint: '(online + assisted digital) out of all transactions',
    selfService: 'Self-service share',
    selfServiceHint: 'online transactions out of all',
    pagopa: 'pagoPA share',
    pagopaHint: 'payments through pagoPA out of all payments',
    satisfaction: 'Satisfaction',
    satisfactionHint: 'mean rating on a 0–100% scale',
    cost: 'Cost per transaction',
    costHint: 'total cost divided by transactions',
    transactions: 'Completed transactions',
    payments: (n: string) => `${n} payments`,
    answers: (n: string) => `${n} answers`,
    noPayment: 'The service takes no payment.',
    basedOn: (n: string) => `out of ${n} transactions`,
  },
  charts: {
    month: 'Month',
    stage: 'Stage',
    services: 'Services',
    comune: 'Comune',
    takeUpTitle: 'Transactions by channel and digital take-up',
    takeUpCaption: (subject: string) => `Monthly transactions by channel and digital take-up – ${subject}`,
    takeUpSummaryEmpty: 'There are no monthly figures yet.',
    takeUpSummary: (p: {
      from: string;
      to: string;
      last: string;
      lastMonth: string;
      target: string;
      missing: string;
    }) =>
      `From ${p.from} to ${p.to}. In the last month with figures (${p.lastMonth}) digital take-up is ${p.last}; the target is ${p.target}. Months without figures: ${p.missing}.`,
    noMissing: 'none',
    noData: 'no data',
    period: 'Period of the chart',
    periodMonths: (n: string) => `Last ${n} months`,
    periodAll: 'Whole period',
    volumeAxis: 'Transactions',
    takeUpAxis: 'Take-up',
    stageBarTitle: 'Services by stage',
    stageBarCaption: (subject: string) => `Services by channel stage – ${subject}`,
    stageBarSummary: (p: { total: string; switchedOff: string; paper: string }) =>
      `${p.total} services in all: ${p.switchedOff} digital only, ${p.paper} still paper only.`,
    takeUpBarsTitle: 'Digital take-up by comune (last 12 months)',
    takeUpBarsCaption: 'Digital take-up by comune over the last 12 months',
    takeUpBarsSummary: (p: { best: string; bestValue: string; worst: string; worstValue: string }) =>
      `Highest take-up: ${p.best} (${p.bestValue}); lowest: ${p.worst} (${p.worstValue}).`,
    takeUpBarsEmpty: 'No comune has transaction figures yet.',
    roadmapTitle: 'Milestones on a time line',
    roadmapCaption: 'Milestones: baseline, planned and actual dates',
    roadmapSummary: (p: { total: string; late: string; slipped: string; done: string }) =>
      `${p.total} milestones: ${p.done} done, ${p.late} late, ${p.slipped} slipped. Each line runs from the baseline date to the planned date.`,
    roadmapEmpty: 'There are no milestones to show.',
    baseline: 'Baseline date',
    planned: 'Planned date',
    actual: 'Actual date',
    today: 'Today',
    milestone: 'Milestone',
    status: 'Status',
    slippage: 'Slippage',
  },
  readiness: {
    title: 'Ready for switch-off?',
    lead: 'For services not yet digital only: the conditions for closing the paper channel.',
    ready: 'Ready for switch-off',
    notReady: 'Not ready yet',
    missing: 'What is missing',
    met: 'Condition met',
    notMet: 'Condition not met',
    notApplicable: 'Not needed',
    allSwitchedOff: 'Every service is already digital only.',
    switchedOff: 'Already digital only',
    readyCount: (p: { ready: string; total: string; one: boolean }) =>
      `${p.ready} ${p.one ? 'service' : 'services'} ready out of ${p.total} not yet digital only.`,
    lastMonths: 'Latest months with figures',
    notEnoughData: (months: number) =>
      `Not enough data: ${months === 1 ? '1 month' : `${months} months`} with figures out of the 3 needed.`,
    stale: (month: string) => `Figures not up to date: the latest month with figures is ${month}.`,
    platformState: (platform: string, state: string) => `${platform}: ${state}`,
    notRecorded: 'not recorded',
    missingShort: {
      take_up: 'digital take-up below target in the last 3 months',
      take_up_no_data: 'fewer than 3 months with take-up figures',
      take_up_stale: 'figures not up to date',
      pagopa: 'pagoPA not active',
      identity: 'neither SPID nor CIE active',
      assisted_desk: 'no assisted desk',
    },
    conditions: {
      takeUp: (target: string) =>
        `Digital take-up at or above the target (${target}) for the last 3 months with figures`,
      pagopa: 'pagoPA active (the service takes a payment)',
      identity: 'SPID or CIE active (the service needs the citizen’s identity)',
      assistedDesk: 'An assisted desk for people without internet access',
    },
  },
  forecast: {
    title: 'Forecast',
    reached: (month: string) => `Target reached since ${month}.`,
    expected: (month: string) => `Target expected by ${month}, if the recent trend continues.`,
    insufficient: 'Not enough data for a forecast.',
    noClearTrend: 'No clear trend: the recent figures do not allow a forecast.',
    falling: 'Take-up falling: at the recent trend the target is not reached.',
    stale: (month: string) => `Figures not up to date (latest month with figures: ${month}): no forecast.`,
    slope: (p: { slope: string; low: string; high: string }) =>
      `A change of ${p.slope} points a month (95% confidence interval: ${p.low} to ${p.high}).`,
    beyondHorizon: (months: string) => `Target not expected within ${months} months at the recent trend.`,
    insufficientDetail: (n: number, needed: number) =>
      `There ${n === 1 ? 'is 1 month' : `are ${n} months`} with figures in the last 12; at least ${needed} are needed.`,
  },
};
