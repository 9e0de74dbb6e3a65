import type { ReportMessages } from './it-report';

/** The council report, in English. */
export const enReport: ReportMessages = {
  report: {
    link: 'Report for the council',
    documentTitle: (comune: string, period: string) => `${comune} – council report, ${period}`,
    breadcrumb: 'Report for the council',
    kicker: 'Report for the town council',
    title: (comune: string) => `Comune of ${comune}: switching services off paper`,
    period: (from: string, to: string) => `from ${from} to ${to}`,
    periodLine: (period: string) => `Period: ${period}`,
    runningHead: (comune: string, period: string) => `Comune of ${comune} – report for the town council, ${period}`,
    preparedOn: (date: string) => `Prepared on ${date} with Switch-off`,
    internalNotice: 'Holds internal data of the comune: do not publish it.',
    controlsTitle: 'Period and printing',
    from: 'From month',
    to: 'To month',
    monthHint: 'YYYY-MM, for example 2024-06',
    update: 'Update the period',
    defaultPeriod: 'Last 12 complete months',
    print: 'Print',
    printHint: 'For a PDF choose “Save as PDF” in the print window. The report is laid out for A4 paper.',
    summaryTitle: 'Summary',
    keySwitchedOff: 'Digital-only services',
    keySwitchedOffValue: (end: string, total: string) => `${end} of ${total}`,
    keySwitchedOffHint: (start: string) => `at the start of the period: ${start}`,
    keyTakeUp: 'Digital take-up in the period',
    keyTakeUpHint: (previous: string) => `previous period: ${previous}`,
    keyDone: 'Milestones done in the period',
    keyLate: 'Milestones late today',
    keySlipped: 'Milestones slipped today',
    summary: (p: {
      changes: number;
      advances: number;
      reverts: number;
      done: number;
      late: number;
      n: (value: number) => string;
    }) => {
      const plural = (n: number, one: string, many: string) => (n === 1 ? `1 ${one}` : `${p.n(n)} ${many}`);
      const changes =
        p.changes === 0
          ? 'In the period no service changed stage'
          : `In the period there ${p.changes === 1 ? 'was' : 'were'} ${plural(p.changes, 'stage change', 'stage changes')} (${plural(p.advances, 'advance', 'advances')}, ${plural(p.reverts, 'revert', 'reverts')})`;
      const done =
        p.done === 0
          ? 'no milestone was done'
          : `${plural(p.done, 'milestone', 'milestones')} ${p.done === 1 ? 'was' : 'were'} done`;
      const late =
        p.late === 0 ? 'today no milestone is late' : `today ${plural(p.late, 'milestone is', 'milestones are')} late`;
      return `${changes}; ${done}; ${late}.`;
    },
    stagesTitle: 'Stages of the services',
    stagesLead: 'The channel stage of each service at the start and at the end of the period.',
    stagesCaption: (period: string) => `Stage of each service, ${period}`,
    service: 'Service',
    atStart: 'At the start',
    atEnd: 'At the end',
    unchanged: 'unchanged',
    changed: 'changed',
    figures: 'Monthly figures',
    changesTitle: 'What changed in the period',
    changesCaption: 'Stage changes in the period, oldest first, with their reason',
    changesEmpty: 'No stage change in the period.',
    date: 'Date',
    change: 'Change',
    changeText: (from: string, to: string) => `from ${from} to ${to}`,
    kind: 'Kind',
    reason: 'Reason',
    noReason: 'no reason given',
    takeUpTitle: 'Digital take-up',
    takeUpLead:
      'Transactions completed each month by channel and the digital share, for every service, over the period.',
    takeUpChartTitle: 'Transactions by channel and digital take-up, month by month',
    takeUpTableCaption: (comune: string, period: string) =>
      `Monthly transactions by channel and digital take-up – ${comune}, ${period}`,
    milestonesTitle: 'Roadmap milestones',
    doneTitle: 'Done in the period',
    doneCaption: 'Milestones done in the period',
    doneEmpty: 'No milestone done in the period.',
    lateTitle: 'Late',
    lateCaption: 'Milestones late today, with their re-plans and reasons',
    lateEmpty: 'No milestone is late.',
    slippedTitle: 'Slipped',
    slippedCaption: 'Milestones re-planned past the agreed date, not yet due: their slippage and reasons',
    slippedEmpty: 'No milestone has slipped.',
    nextTitle: 'Next',
    nextCaption: 'The next milestones, by planned date',
    nextEmpty: 'No milestone planned.',
    milestone: 'Milestone',
    reachedOn: 'Done on',
    plannedFor: 'Planned for',
    firstAgreed: 'First agreed date',
    replans: 'Re-plans',
    replanLine: (p: { from: string; to: string; at: string; reason: string }) =>
      `on ${p.at}: from ${p.from} to ${p.to} – ${p.reason}`,
    noReplans: 'never re-planned',
    annulment: 'Correction:',
    annulled: '(annulled)',
    overdue: (days: string) => `overdue by ${days} days`,
    progress: 'Progress',
    readinessTitle: 'Ready for switch-off?',
    readinessLead:
      'For the services not yet digital only, today: can the paper channel close? If not, what is missing.',
    readinessCaption: 'Switch-off readiness of the services not yet digital only',
    verdict: 'Verdict',
    missing: 'What is missing',
    nothingMissing: 'nothing',
    footer:
      'Measures follow the GOV.UK Performance Platform definitions: digital take-up = online and assisted digital transactions over all completed transactions.',
    invalidPeriod: 'The period given is not valid',
  },
};
