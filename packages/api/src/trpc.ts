import { initTRPC, TRPCError } from '@trpc/server';
import { ZodError, z } from 'zod';
import type { Context } from './context';

const t = initTRPC.context<Context>().create({
  errorFormatter({ shape, error }) {
    const cause = error.cause;
    return {
      ...shape,
      data: {
        ...shape.data,
        // One message per field, so a form can show each next to its input.
        fieldErrors: cause instanceof ZodError ? z.flattenError(cause).fieldErrors : null,
      },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Anyone, logged in or not: answers carry public items and public fields only. */
export const publicProcedure = t.procedure;

/** Throws NOT_FOUND with a message a person can read. */
export function notFound(message: string): never {
  throw new TRPCError({ code: 'NOT_FOUND', message });
}
