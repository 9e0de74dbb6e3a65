import { type Db, schema } from '@switchoff/db';
import { and, desc, eq, inArray, isNotNull, or, type SQL } from 'drizzle-orm';

const { comments, milestones, services, users } = schema;

/** What a comment is about: the comune as a whole, one of its services, or one of its milestones. */
export type CommentTarget =
  | { kind: 'comune' }
  | { kind: 'service'; slug: string; name: string }
  | { kind: 'milestone'; id: number; title: string };

export type CommentView = { id: number; author: string; body: string; createdAt: string; target: CommentTarget };

/** How many comments a screen shows at most, newest first. */
const MAX_COMMENTS = 200;

/**
 * Comments of a comune, newest first (internal: callers pass only when the reader may see them).
 * `scope` narrows them to one service (and its milestones) or to the milestones only.
 */
export function loadComments(
  db: Db,
  params: { comuneId: number; scope?: { serviceId: number } | 'milestones' },
): CommentView[] {
  const { scope } = params;
  let narrow: SQL | undefined;
  if (scope === 'milestones') narrow = isNotNull(comments.milestoneId);
  else if (scope) {
    const ofService = db
      .select({ id: milestones.id })
      .from(milestones)
      .where(eq(milestones.serviceId, scope.serviceId));
    narrow = or(eq(comments.serviceId, scope.serviceId), inArray(comments.milestoneId, ofService));
  }
  const rows = db
    .select({
      id: comments.id,
      author: users.name,
      body: comments.body,
      createdAt: comments.createdAt,
      service: { slug: services.slug, name: services.name },
      milestone: { id: milestones.id, title: milestones.title },
    })
    .from(comments)
    .innerJoin(users, eq(users.id, comments.userId))
    .leftJoin(services, eq(services.id, comments.serviceId))
    .leftJoin(milestones, eq(milestones.id, comments.milestoneId))
    .where(and(eq(comments.comuneId, params.comuneId), narrow))
    .orderBy(desc(comments.createdAt), desc(comments.id))
    .limit(MAX_COMMENTS)
    .all();
  return rows.map((r) => ({
    id: r.id,
    author: r.author,
    body: r.body,
    createdAt: r.createdAt,
    target: targetOf(r),
  }));
}

/** What a comment is about, from its service and milestone (either may be null). */
export function targetOf(r: {
  service: { slug: string; name: string } | null;
  milestone: { id: number; title: string } | null;
}): CommentTarget {
  if (r.milestone) return { kind: 'milestone', id: r.milestone.id, title: r.milestone.title };
  if (r.service) return { kind: 'service', slug: r.service.slug, name: r.service.name };
  return { kind: 'comune' };
}
