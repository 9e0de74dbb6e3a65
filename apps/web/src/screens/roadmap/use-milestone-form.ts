import type { RoadmapMilestone } from '../../api-types';
import { useInvalidate } from '../../editing/invalidate';
import { type ActionSchema, useActionForm } from '../../forms/use-action-form';

type MilestoneFormOptions<V extends Record<string, string>, I extends object> = {
  istat: string;
  milestone: RoadmapMilestone;
  /** The milestone's version the action is based on. */
  version: number;
  /** The action's input (the form's values with the milestone's id and version), checked as the API checks it. */
  schema: ActionSchema<I>;
  send: (input: I & { istat: string }) => Promise<unknown>;
  labels: { [K in keyof V & string]: string };
  initial: V;
  /** What the screen says once the action is done. */
  saved: string;
  onDone: (message?: string) => void;
};

/**
 * The form of one action on a milestone (re-plan, completion, annulment of a re-plan): sent with
 * the milestone's id and version, and the milestone reloaded once done (see `useActionForm`).
 */
export function useMilestoneForm<V extends Record<string, string>, I extends object>(
  options: MilestoneFormOptions<V, I>,
) {
  const { istat, milestone, version } = options;
  const invalidate = useInvalidate();
  return useActionForm<V, I>({
    ...options,
    toInput: (values) => ({ id: milestone.id, version, ...values }),
    reload: () => void invalidate.milestone(istat, milestone.id),
  });
}
