export type { SessionUser } from './access';
export { type Context, createContextInner, type SessionTransport } from './context';
export { checkHealth } from './reads/health';
export { type AppRouter, appRouter, createCaller, type RouterInputs, type RouterOutputs } from './root';
export type { ProcedureMeta } from './trpc';
