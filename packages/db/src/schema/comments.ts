import { sql } from 'drizzle-orm';
import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './accounts';
import { milestones } from './milestones';
import { services } from './services';
import { comuni } from './tenancy';

/** A comment by a council member (or staff) on a comune, one of its services or milestones. Internal. */
export const comments = sqliteTable(
  'comments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    comuneId: integer('comune_id')
      .notNull()
      .references(() => comuni.id),
    serviceId: integer('service_id').references(() => services.id),
    milestoneId: integer('milestone_id').references(() => milestones.id),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    body: text('body').notNull(),
    createdAt: text('created_at').notNull().default(sql`(strftime('%Y-%m-%dT%H:%M:%fZ','now'))`),
  },
  (t) => [index('comments_comune_idx').on(t.comuneId, t.createdAt)],
);
