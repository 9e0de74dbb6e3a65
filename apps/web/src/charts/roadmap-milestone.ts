import type { MilestoneStatus } from '@switchoff/domain';

/** A milestone as the time line draws it (dates are ISO `YYYY-MM-DD`). */
export type TimelineMilestone = {
  id: number | string;
  title: string;
  status: MilestoneStatus;
  baselineDate: string;
  plannedDate: string;
  actualDate: string | null;
  slippageDays: number | null;
};
