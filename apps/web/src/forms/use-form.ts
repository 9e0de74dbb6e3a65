import { type FormEvent, useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import { errorsFromServer, type FormErrors, hasErrors, NO_ERRORS } from './form-errors';

type UseFormOptions<V, R> = {
  /** The values the form starts from (what the server holds now). */
  initial: V;
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
  const { m } = useI18n();
  const [values, setValues] = useState<V>(options.initial);
  const [base, setBase] = useState<V>(options.initial);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [submitting, setSubmitting] = useState(false);
  const [refusals, setRefusals] = useState(0);
  const summaryRef = useRef<HTMLDivElement>(null);
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
      refuse(errorsFromServer(error, m.forms.networkError));
    } finally {
      setSubmitting(false);
    }
  };

  const reset = (next: V = base) => {
    setValues(next);
    setBase(next);
    setErrors(NO_ERRORS);
  };

  return { values, set, setValues, errors, setErrors, submitting, onSubmit, summaryRef, reset, refuse };
}

export type FormState<V extends Record<string, unknown>> = ReturnType<typeof useForm<V>>;
