import type { AppMessage } from '@switchoff/domain';
import { type FormEvent, useCallback, useEffect, useId, useRef, useState } from 'react';
import type { FieldRefs } from './error-summary';
import { errorsFromServer, type FormErrors, hasErrors, NO_ERRORS } from './form-errors';

/** The keys of V whose values are of type T. */
type KeysWith<V, T> = { [K in keyof V]: V[K] extends T ? K : never }[keyof V] & string;

type UseFormOptions<V, R> = {
  /** The values the form starts from (what the server holds now). */
  initial: V;
  /** Each field's label: the input's, and the error summary's name for it. */
  labels: { [K in keyof V & string]?: string };
  /** Where the domain's input names a value otherwise (the form's `target` is `takeUpTarget`). */
  inputKeys?: { [K in keyof V & string]?: string };
  /**
   * Changes when the server's data changes (usually the row's version): the form then takes the
   * new values for the fields the user has not touched and keeps what they typed in the others.
   */
  sourceKey?: string | number | null;
  /** The domain's checks on what would be sent; null when they pass. */
  validate?: (values: V) => FormErrors | null;
  /** Sends the values; a rejection is the server's refusal. */
  submit: (values: V) => Promise<R>;
  onSuccess?: (result: R, values: V) => void;
};

/**
 * State of an editing form: values as typed, errors from the domain's checks or the server,
 * and the error summary focused after every refused submit. A refusal never clears a value.
 */
export function useForm<V extends Record<string, unknown>, R = unknown>(options: UseFormOptions<V, R>) {
  const [values, setValues] = useState<V>(options.initial);
  const [base, setBase] = useState<V>(options.initial);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [submitting, setSubmitting] = useState(false);
  const [refusals, setRefusals] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
  const idPrefix = useId();
  const latest = useRef(options);
  latest.current = options;

  const set = useCallback(<K extends keyof V>(key: K, value: V[K]) => {
    setValues((current) => ({ ...current, [key]: value }));
  }, []);

  // New data from the server: untouched fields follow it, typed ones stay as typed.
  const [seenKey, setSeenKey] = useState(options.sourceKey);
  if (options.sourceKey !== seenKey) {
    setSeenKey(options.sourceKey);
    const next = options.initial;
    setValues((current) => {
      const merged = { ...next };
      for (const key of Object.keys(current) as (keyof V)[]) {
        if (current[key] !== base[key]) merged[key] = current[key];
      }
      return merged;
    });
    setBase(next);
    setErrors((current) => ({ ...current, conflict: null }));
  }

  useEffect(() => {
    if (refusals > 0) summaryRef.current?.focus();
  }, [refusals]);

  const refuse = (found: FormErrors) => {
    setErrors(found);
    setRefusals((n) => n + 1);
  };

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (submitting) return;
    const found = latest.current.validate?.(values) ?? null;
    if (found && hasErrors(found)) {
      refuse(found);
      return;
    }
    setSubmitting(true);
    try {
      const result = await latest.current.submit(values);
      setErrors(NO_ERRORS);
      setBase(values);
      latest.current.onSuccess?.(result, values);
    } catch (error) {
      refuse(errorsFromServer(error));
    } finally {
      setSubmitting(false);
    }
  };

  const reset = (next: V = base) => {
    setValues(next);
    setBase(next);
    setErrors(NO_ERRORS);
  };

  // The summary names a refused input by the domain's key, which the server's errors use too.
  const inputKey = (key: string) => options.inputKeys?.[key as keyof V & string] ?? key;
  const fields: FieldRefs = {};
  for (const [key, label] of Object.entries(options.labels) as [string, string | undefined][]) {
    if (label !== undefined) fields[inputKey(key)] = { id: `${idPrefix}${key}`, label };
  }
  const refOf = (key: keyof V & string) => ({
    id: `${idPrefix}${key}`,
    label: options.labels[key] ?? key,
    errors: errors.fields[inputKey(key)],
  });
  /**
   * Props for a TextField, TextArea, SelectField or RadioGroup showing a text value; `onEdit`, what
   * else an edit of it does (e.g. take back a confirmation asked for the value before).
   */
  const field = <K extends KeysWith<V, string>>(key: K, onEdit?: () => void) => ({
    ...refOf(key),
    value: values[key] as string,
    onChange: (value: string) => {
      onEdit?.();
      set(key, value as V[K]);
    },
  });
  /** Props for a CheckboxField showing a yes/no value. */
  const checkbox = <K extends KeysWith<V, boolean>>(key: K) => ({
    ...refOf(key),
    checked: values[key] as boolean,
    onChange: (checked: boolean) => set(key, checked as V[K]),
  });
  /** Props for a CheckboxGroup showing a list of chosen values. */
  const choices = <K extends KeysWith<V, string[]>>(key: K) => ({
    ...refOf(key),
    values: values[key] as string[],
    onChange: (chosen: string[]) => set(key, chosen as V[K]),
  });
  /** Props for the form's ErrorSummary. */
  const summary = { errors, fields, summaryRef };

  return {
    values,
    set,
    setValues,
    errors,
    setErrors,
    submitting,
    onSubmit,
    summaryRef,
    reset,
    refuse,
    field,
    checkbox,
    choices,
    summary,
  };
}

export type FormState<V extends Record<string, unknown>> = ReturnType<typeof useForm<V>>;

type BoundField = { id: string; label: string; errors: readonly AppMessage[] | undefined };

/**
 * The part of a form that binds inputs to its text values (keys T) and yes/no values (keys B):
 * what a group of fields shared by several forms takes.
 */
export type FieldBinders<T extends string, B extends string = never> = {
  field: (key: T) => BoundField & { value: string; onChange: (value: string) => void };
  checkbox: (key: B) => BoundField & { checked: boolean; onChange: (checked: boolean) => void };
};
