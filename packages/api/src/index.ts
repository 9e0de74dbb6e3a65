export { type Context, createContextInner } from './context';
export { checkHealth } from './queries/health';
export { type AppRouter, appRouter, createCaller, type RouterInputs, type RouterOutputs } from './root';
