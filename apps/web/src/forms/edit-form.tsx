import type { ComponentProps, FormEvent, ReactNode } from 'react';
import { ErrorSummary, FormActions } from './error-summary';

type EditFormProps = {
  /** The state from `useForm`: what submitting does, the error summary's props, whether it is saving. */
  form: {
    onSubmit: (event: FormEvent) => unknown;
    summary: Omit<ComponentProps<typeof ErrorSummary>, 'onReload'>;
    submitting: boolean;
  };
  /** The form's accessible name. */
  label: string;
  /** What the form says before its error summary (the state it changes). */
  intro?: ReactNode;
  /** Loads the server's current data after a conflict. */
  onReload?: (() => void) | undefined;
  /** The save button's text ("Salva" unless told). */
  submitLabel?: string | undefined;
  onCancel?: () => void;
  children: ReactNode;
};

/**
 * An editing form, the way every one is laid out: its name, the error summary at the top, the
 * fields, then save and cancel. The browser's own validation is off: the domain's checks speak.
 */
export function EditForm({ form, label, intro, onReload, submitLabel, onCancel, children }: EditFormProps) {
  return (
    <form noValidate onSubmit={form.onSubmit} className="so-form" aria-label={label}>
      {intro}
      <ErrorSummary {...form.summary} onReload={onReload} />
      {children}
      <FormActions submitting={form.submitting} submitLabel={submitLabel} onCancel={onCancel} />
    </form>
  );
}
