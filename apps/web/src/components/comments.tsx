import type { RouterOutputs } from '@switchoff/api';
import { addCommentInput } from '@switchoff/domain/schemas-editing';
import { useMutation } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useInvalidate } from '../editing/invalidate';
import { ErrorSummary } from '../forms/error-summary';
import { TextArea } from '../forms/fields';
import { validateWith } from '../forms/form-errors';
import { useForm } from '../forms/use-form';
import { useI18n } from '../i18n/i18n';
import { useTRPC } from '../trpc';
import { Icon } from './icon';
import { InternalBadge } from './internal';

export type CommentView = NonNullable<RouterOutputs['comuni']['overview']['comments']>[number];
type Target = { service?: string; milestoneId?: number };

function TargetLabel({ target }: { target: CommentView['target'] }) {
  const { m } = useI18n();
  if (target.kind === 'service') return <>{m.comments.onService(target.name)}</>;
  if (target.kind === 'milestone') return <>{m.comments.onMilestone(target.title)}</>;
  return <>{m.comments.onComune}</>;
}

/** Comments, newest first: who, when, on what. */
export function CommentList({ comments, showTarget = true }: { comments: readonly CommentView[]; showTarget?: boolean }) {
  const { m, f } = useI18n();
  if (comments.length === 0) return <p className="text-muted">{m.comments.empty}</p>;
  return (
    <ol className="comment-list list-unstyled" aria-label={m.comments.listCaption}>
      {comments.map((comment) => (
        <li key={comment.id} className="comment">
          <p className="comment-meta small mb-1">
            <Icon name="it-comment" size="xs" className="me-1" />
            <strong>{comment.author}</strong> · <time dateTime={comment.createdAt}>{f.dateTime(comment.createdAt)}</time>
            {showTarget ? (
              <>
                {' · '}
                <TargetLabel target={comment.target} />
              </>
            ) : null}
          </p>
          <p className="comment-body mb-0">{comment.body}</p>
        </li>
      ))}
    </ol>
  );
}

/** Writes a comment on the comune, a service or a milestone (council members and staff). */
export function CommentForm({ istat, target, label }: { istat: string; target: Target; label?: string }) {
  const { m } = useI18n();
  const trpc = useTRPC();
  const invalidate = useInvalidate();
  const add = useMutation(trpc.comments.add.mutationOptions());
  const id = useId();
  const [posted, setPosted] = useState(false);
  const form = useForm<{ body: string }>({
    initial: { body: '' },
    validate: (values) => validateWith(addCommentInput, { ...values, ...target }),
    submit: (values) => add.mutateAsync({ istat, body: values.body, ...target }),
    onSuccess: () => {
      form.reset({ body: '' });
      setPosted(true);
      void invalidate.comments(istat);
    },
  });
  const fields = { body: { id: `${id}-body`, label: label ?? m.comments.body } };
  return (
    <form noValidate onSubmit={form.onSubmit} className="so-form comment-form" aria-label={m.comments.title}>
      <ErrorSummary errors={form.errors} fields={fields} summaryRef={form.summaryRef} />
      <TextArea
        id={fields.body.id}
        label={fields.body.label}
        required
        value={form.values.body}
        onChange={(v) => {
          setPosted(false);
          form.set('body', v);
        }}
        errors={form.errors.fields.body}
        maxLength={2000}
      />
      <button type="submit" className="btn btn-primary btn-sm" disabled={form.submitting}>
        {form.submitting ? m.forms.saving : m.comments.submit}
      </button>
      <p role="status" className="small mt-2 mb-0">
        {posted ? m.comments.posted : ''}
      </p>
    </form>
  );
}

type CommentsSectionProps = {
  comments: readonly CommentView[] | undefined;
  istat: string;
  target: Target;
  /** Whether the reader may comment (council of the comune, staff of its consortium). */
  canComment: boolean;
  showTarget?: boolean;
  headingId: string;
};

/** The comments block of a screen, shown to readers of internal data only. */
export function CommentsSection({ comments, istat, target, canComment, showTarget = true, headingId }: CommentsSectionProps) {
  const { m } = useI18n();
  if (comments === undefined) return null;
  return (
    <section aria-labelledby={headingId} className="mb-5 comments-section">
      <h2 id={headingId} className="h3">
        {m.comments.title}
      </h2>
      <p>
        <InternalBadge /> <span className="small">{m.comments.lead}</span>
      </p>
      <CommentList comments={comments} showTarget={showTarget} />
      {canComment ? <CommentForm istat={istat} target={target} label={m.comments.add} /> : null}
    </section>
  );
}
