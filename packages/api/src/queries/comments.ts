import { type Db, schema, writeTransaction } from '@switchoff/db';
import { and, desc, eq, inArray, isNotNull, or, type SQL } from 'drizzle-orm';
import type { SessionUser } from '../access';
import { notFound } from '../errors';
import { type Author, recordAudit } from './audit';
import type { ComuneRow } from './lookup';

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
      .where(eq(milestones.serviceId, scope.serviceId))
      .all()
      .map((m) => m.id);
    narrow = or(
      eq(comments.serviceId, scope.serviceId),
      inArray(comments.milestoneId, ofService.length ? ofService : [-1]),
    );
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

function targetOf(r: {
  service: { slug: string; name: string } | null;
  milestone: { id: number; title: string } | null;
}): CommentTarget {
  if (r.milestone) return { kind: 'milestone', id: r.milestone.id, title: r.milestone.title };
  if (r.service) return { kind: 'service', slug: r.service.slug, name: r.service.name };
  return { kind: 'comune' };
}

/** Adds a comment (with its audit row, in one transaction) and returns it as screens show it. */
export function addComment(
  db: Db,
  params: {
    comune: ComuneRow;
    user: SessionUser;
    author: Author;
    body: string;
    service?: string | undefined;
    milestoneId?: number | undefined;
  },
): CommentView {
  const { comune } = params;
  return writeTransaction(db, (tx) => {
    const service = params.service
      ? (tx
          .select({ id: services.id, slug: services.slug, name: services.name })
          .from(services)
          .where(and(eq(services.comuneId, comune.id), eq(services.slug, params.service)))
          .get() ?? notFound(`Il comune di ${comune.name} non ha un servizio "${params.service}"`))
      : null;
    const milestone =
      params.milestoneId !== undefined
        ? (tx
            .select({ id: milestones.id, title: milestones.title })
            .from(milestones)
            .where(and(eq(milestones.comuneId, comune.id), eq(milestones.id, params.milestoneId)))
            .get() ?? notFound(`Il comune di ${comune.name} non ha il traguardo ${params.milestoneId}`))
        : null;
    const row = tx
      .insert(comments)
      .values({
        comuneId: comune.id,
        serviceId: service?.id ?? null,
        milestoneId: milestone?.id ?? null,
        userId: params.user.id,
        body: params.body,
      })
      .returning()
      .get();
    recordAudit(tx, {
      author: params.author,
      action: 'create',
      entity: 'comments',
      entityId: row.id,
      comuneId: comune.id,
      before: null,
      after: { body: row.body, serviceId: row.serviceId, milestoneId: row.milestoneId },
    });
    return {
      id: row.id,
      author: params.user.name,
      body: row.body,
      createdAt: row.createdAt,
      target: targetOf({ service, milestone }),
    };
  });
}
