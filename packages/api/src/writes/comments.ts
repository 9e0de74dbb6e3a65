import { type Db, schema, writeTransaction } from '@switchoff/db';
import { token } from '@switchoff/domain';
import { and, eq } from 'drizzle-orm';
import type { SessionUser } from '../access';
import { notFound } from '../errors';
import { type CommentView, targetOf } from '../reads/comments';
import type { ComuneRow } from '../reads/lookup';
import { type Author, insertAudited } from './audit';

const { comments, milestones, services } = schema;

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
          .get() ?? notFound(token('service.notFound', { comune: comune.name, service: params.service })))
      : null;
    const milestone =
      params.milestoneId !== undefined
        ? (tx
            .select({ id: milestones.id, title: milestones.title })
            .from(milestones)
            .where(and(eq(milestones.comuneId, comune.id), eq(milestones.id, params.milestoneId)))
            .get() ??
          notFound(token('milestone.notFound', { comune: comune.name, milestone: String(params.milestoneId) })))
        : null;
    const row = insertAudited(tx, comments, {
      author: params.author,
      values: {
        comuneId: comune.id,
        serviceId: service?.id ?? null,
        milestoneId: milestone?.id ?? null,
        userId: params.user.id,
        body: params.body,
      },
      after: (r) => ({ body: r.body, serviceId: r.serviceId, milestoneId: r.milestoneId }),
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
