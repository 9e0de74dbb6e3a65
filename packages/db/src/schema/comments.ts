import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './accounts';
import { childRow, requiredRef, stamp } from './columns';
import { milestones } from './milestones';
import { services } from './services';
import { comuni } from './tenancy';

/** A comment by a council member (or staff) on a comune, one of its services or milestones. Internal. */
export const comments = sqliteTable(
  'comments',
  {
    ...childRow('comuneId', () => comuni.id),
    serviceId: integer('service_id').references(() => services.id),
    milestoneId: integer('milestone_id').references(() => milestones.id),
    userId: requiredRef('user_id', () => users.id),
    body: text('body').notNull(),
    createdAt: stamp('created_at'),
  },
  (t) => [index('comments_comune_idx').on(t.comuneId, t.createdAt)],
);
