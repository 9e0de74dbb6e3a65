import { addCommentInput, TEXT_LIMITS } from '@switchoff/domain/schemas';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useInvalidate } from '../editing/invalidate';
import { ErrorSummary } from '../forms/error-summary';
import { TextArea } from '../forms/fields';
import { validateWith } from '../forms/form-errors';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n/i18n';
import { useTRPC } from '../trpc';

type Target = { service?: string; milestoneId?: number };

/** Writes a comment on the comune, a service or a milestone (council members and staff). */
export function CommentForm({ istat, target, label }: { istat: string; target: Target; label?: string }) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const invalidate = useInvalidate();
  const add = useMutation(trpc.comments.add.mutationOptions());
  const [posted, setPosted] = useState(false);
  const form = useForm<{ body: string }>({
    labels: { body: label ?? m.comments.body },
    initial: { body: '' },
    validate: (values) => validateWith(addCommentInput, { ...values, ...target }),
    submit: (values) => add.mutateAsync({ istat, body: values.body, ...target }),
    onSuccess: () => {
      form.reset({ body: '' });
      setPosted(true);
      void invalidate.comments(istat);
    },
  });
  return (
    <form noValidate onSubmit={form.onSubmit} className="so-form comment-form" aria-label={m.comments.title}>
      <ErrorSummary {...form.summary} />
      <TextArea {...form.field('body', () => setPosted(false))} required maxLength={TEXT_LIMITS.body} />
      <button type="submit" className="btn btn-primary btn-sm" disabled={form.submitting}>
        {form.submitting ? m.forms.saving : m.comments.submit}
      </button>
      <p role="status" className="small mt-2 mb-0">
        {posted ? m.comments.posted : ''}
      </p>
    </form>
  );
}
