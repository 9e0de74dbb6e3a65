import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import { authRouter } from './router/auth';
import { comuniRouter } from './router/comuni';
import { consortiaRouter } from './router/consortia';
import { milestonesRouter } from './router/milestones';
import { servicesRouter } from './router/services';
import { createCallerFactory, router } from './trpc';

export const appRouter = router({
  auth: authRouter,
  consortia: consortiaRouter,
  comuni: comuniRouter,
  services: servicesRouter,
  milestones: milestonesRouter,
});

export type AppRouter = typeof appRouter;
export type RouterInputs = inferRouterInputs<AppRouter>;
export type RouterOutputs = inferRouterOutputs<AppRouter>;

export const createCaller = createCallerFactory(appRouter);
