import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { accountRouter } from './router/account';
import { adminRouter } from './router/admin';
import { authRouter } from './router/auth';
import { backupsRouter } from './router/backups';
import { commentsRouter } from './router/comments';
import { comuniRouter } from './router/comuni';
import { consortiaRouter } from './router/consortia';
import { exportsRouter } from './router/exports';
import { figuresRouter } from './router/figures';
import { historyRouter } from './router/history';
import { importsRouter } from './router/imports';
import { italyRouter } from './router/italy';
import { milestonesRouter } from './router/milestones';
import { nationalRouter } from './router/national';
import { platformsRouter, pnrrRouter } from './router/platforms';
import { reportsRouter } from './router/reports';
import { servicesRouter } from './router/services';
import { createCallerFactory, router } from './trpc';

export const appRouter = router({
  auth: authRouter,
  account: accountRouter,
  consortia: consortiaRouter,
  national: nationalRouter,
  italy: italyRouter,
  comuni: comuniRouter,
  services: servicesRouter,
  milestones: milestonesRouter,
  figures: figuresRouter,
  platforms: platformsRouter,
  pnrr: pnrrRouter,
  comments: commentsRouter,
  history: historyRouter,
  admin: adminRouter,
  imports: importsRouter,
  exports: exportsRouter,
  backups: backupsRouter,
  reports: reportsRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export const createCaller = createCallerFactory(appRouter);
