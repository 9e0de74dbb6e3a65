import { type Issue, type Validator, validateWith } from './form-errors';
import { useForm } from './use-form';

/** The domain's schema of an action's input: the checks the form shows, and the input it sends. */
export type ActionSchema<I extends object> = Validator & { parse: (value: unknown) => I };

export type ActionFormOptions<V extends Record<string, unknown>, I extends object> = {
  /** The comune the action is sent for. */
  istat: string;
  /** The action's input, checked as the API checks it. */
  schema: ActionSchema<I>;
  /** What the form's values stand for in the action's input (with the row's key and version). */
  toInput: (values: V) => unknown;
  /** Checks shown before the schema's (a number as typed, before the number it would be). */
  first?: (values: V) => readonly Issue[];
  send: (input: I & { istat: string }) => Promise<unknown>;
  /** Reloads what the action changes: once it is done, and on request after a conflict. */
  reload: () => void;
  /** The version of the row the action is based on (null for a row not saved yet). */
  version: number | null;
  labels: { [K in keyof V & string]?: string };
  initial: V;
  /** Where the action's input names a value otherwise (see `useForm`). */
  inputKeys?: { [K in keyof V & string]?: string };
  /** What the screen says once the action is done. */
  saved: string;
  onDone: (message?: string) => void;
};

/**
 * The form of one action on a saved row (a service, a platform, a milestone …): checked by the
 * action's schema, sent with the row's version, and what it changed reloaded once done;
 * `editForm` is the EditForm's part (reload after a conflict, cancel).
 */
export function useActionForm<V extends Record<string, unknown>, I extends object>(options: ActionFormOptions<V, I>) {
  const { istat, schema, toInput, reload, onDone } = options;
  const form = useForm<V>({
    labels: options.labels,
    inputKeys: options.inputKeys,
    initial: options.initial,
    sourceKey: options.version,
    validate: (values) => validateWith(schema, toInput(values), options.first?.(values)),
    submit: (values) => options.send({ istat, ...schema.parse(toInput(values)) }),
    onSuccess: () => {
      reload();
      onDone(options.saved);
    },
  });
  const editForm = { form, onReload: reload, onCancel: () => onDone() };
  return { form, editForm };
}
