import { TRPCError } from '@trpc/server';

/** Throws NOT_FOUND with a message a person can read. */
export function notFound(message: string): never {
  throw new TRPCError({ code: 'NOT_FOUND', message });
}
