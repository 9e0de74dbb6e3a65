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
  /** The form's messages: its title (before the milestone's), its button, what it says once done. */
  messages: { title: string; submit: string; saved: string };
  onDone: (message?: string) => void;
};

/**
 * The form of one action on a milestone (re-plan, completion, annulment of a re-plan): sent with
 * the milestone's id and version, and the milestone reloaded once done (see `useActionForm`);
 * `editForm` names the form after the action and the milestone.
 */
export function useMilestoneForm<V extends Record<string, string>, I extends object>(
  options: MilestoneFormOptions<V, I>,
) {
  const { istat, milestone, version, messages } = options;
  const invalidate = useInvalidate();
  const { form, editForm } = useActionForm<V, I>({
    ...options,
    toInput: (values) => ({ id: milestone.id, version, ...values }),
    reload: () => void invalidate.milestone(istat, milestone.id),
    saved: messages.saved,
  });
  return {
    form,
    editForm: { ...editForm, label: `${messages.title}: ${milestone.title}`, submitLabel: messages.submit },
  };
}
