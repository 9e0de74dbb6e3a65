import type { RouterOutputs } from '@switchoff/api';
import { useI18n } from '../i18n/i18n';
import { loadOnRender } from '../lazy';
import { Icon } from './icon';
import { InternalBadge } from './internal';
import { Section } from './section';

export type CommentView = NonNullable<RouterOutputs['comuni']['overview']['comments']>[number];
type Target = { service?: string; milestoneId?: number };

function TargetLabel({ target }: { target: CommentView['target'] }) {
  const { m } = useI18n();
  if (target.kind === 'service') return <>{m.comments.onService({ name: target.name })}</>;
  if (target.kind === 'milestone') return <>{m.comments.onMilestone({ title: target.title })}</>;
  return <>{m.comments.onComune}</>;
}

/** Comments, newest first: who, when, on what. */
export function CommentList({
  comments,
  showTarget = true,
}: {
  comments: readonly CommentView[];
  showTarget?: boolean;
}) {
  const { m, f } = useI18n();
  if (comments.length === 0) return <p className="text-muted">{m.comments.empty}</p>;
  return (
    <ol className="comment-list list-unstyled" aria-label={m.comments.listCaption}>
      {comments.map((comment) => (
        <li key={comment.id} className="comment">
          <p className="comment-meta small mb-1">
            <Icon name="it-comment" size="xs" className="me-1" />
            <strong>{comment.author}</strong> ·{' '}
            <time dateTime={comment.createdAt}>{f.dateTime(comment.createdAt)}</time>
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

/**
 * Writes a comment on the comune, a service or a milestone (council members and staff); its
 * code (a form, zod) loads when it first shows, never on public screens.
 */
export const CommentForm = loadOnRender(() => import('./comment-form').then((module) => module.CommentForm));

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
export function CommentsSection({
  comments,
  istat,
  target,
  canComment,
  showTarget = true,
  headingId,
}: CommentsSectionProps) {
  const { m } = useI18n();
  if (comments === undefined) return null;
  return (
    <Section headingId={headingId} title={m.comments.title} className="mb-5 comments-section">
      <p>
        <InternalBadge /> <span className="small">{m.comments.lead}</span>
      </p>
      <CommentList comments={comments} showTarget={showTarget} />
      {canComment ? <CommentForm istat={istat} target={target} label={m.comments.add} /> : null}
    </Section>
  );
}
