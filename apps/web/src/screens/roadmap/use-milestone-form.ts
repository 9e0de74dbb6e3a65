import type { RoadmapMilestone } from '../../api-types';
import { useInvalidate } from '../../editing/invalidate';
import { type Validator, validateWith } from '../../forms/form-errors';
import { useForm } from '../../forms/use-form';

/** The domain's schema of an action's input: the checks the form shows, and the input it sends. */
type ActionSchema<I extends object> = Validator & { parse: (value: unknown) => I };

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
 * The form of one action on a milestone (re-plan, completion, annulment of a re-plan): checked
 * by the action's schema, sent with the milestone's id and version, and the milestone reloaded
 * once done; `editForm` is the EditForm's part (reload after a conflict, cancel).
 */
export function useMilestoneForm<V extends Record<string, string>, I extends object>(
  options: MilestoneFormOptions<V, I>,
) {
  const { istat, milestone, version, schema } = options;
  const invalidate = useInvalidate();
  const reload = () => void invalidate.milestone(istat, milestone.id);
  const toInput = (values: V) => ({ id: milestone.id, version, ...values });
  const form = useForm<V>({
    labels: options.labels,
    initial: options.initial,
    sourceKey: version,
    validate: (values) => validateWith(schema, toInput(values)),
    submit: (values) => options.send({ istat, ...schema.parse(toInput(values)) }),
    onSuccess: () => {
      reload();
      options.onDone(options.saved);
    },
  });
  // What every EditForm of a milestone action takes besides its name and button.
  const editForm = { form, onReload: reload, onCancel: () => options.onDone() };
  return { form, editForm };
}
