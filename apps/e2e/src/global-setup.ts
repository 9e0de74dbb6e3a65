import type { TestProject } from 'vitest/node';
import { startBuiltServer } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The address of the built server the tests drive, e.g. http://127.0.0.1:41234. */
    baseUrl: string;
  }
}

/** One built server with a fresh demo database and the demo accounts for the whole run. */
export default async function setup(project: TestProject) {
  const server = await startBuiltServer({ demo: true });
  project.provide('baseUrl', server.base);
  return async () => {
    await server.stop();
  };
}
