import { TRPCError } from '@trpc/server';
import { describe, expect, it } from 'vitest';
import { createContextInner } from '../context';
import { appRouter, createCaller } from '../root';
import { createTestWorld } from '../testing';
import { PUBLIC_READ_PATHS } from './public-reads.testing';

/**
 * What a caller who is not logged in may call: public reads, the login itself, who am I.
 * Every other procedure needs a login and must say so (UNAUTHORIZED) before it looks at the
 * input: a refusal of the input would tell an anonymous caller what the procedure expects.
 */
const OPEN_TO_ANYONE = new Set<string>(['auth.login', 'auth.logout', 'auth.me', ...PUBLIC_READ_PATHS]);

/** Inputs no procedure accepts: wrong types where objects, codes and slugs are expected. */
const INVALID_INPUTS: unknown[] = [undefined, 42, { istat: 'abc' }, { istat: '019001', scope: 7, id: 'x' }];

type Callable = (input: unknown) => Promise<unknown>;

describe('a login is checked before the input', () => {
  const caller: unknown = createCaller(createContextInner({ db: createTestWorld().db }));
  const paths = Object.keys(appRouter._def.procedures);

  it.each(paths.filter((path) => !OPEN_TO_ANYONE.has(path)))(
    '%s refuses an anonymous caller with UNAUTHORIZED',
    async (path) => {
      const procedure = path.split('.').reduce((node, key) => (node as Record<string, unknown>)[key], caller);
      for (const input of INVALID_INPUTS) {
        const error = await (procedure as Callable)(input).then(
          () => null,
          (e: unknown) => e,
        );
        expect(error, `${path} ${JSON.stringify(input)}`).toBeInstanceOf(TRPCError);
        expect((error as TRPCError).code, `${path} ${JSON.stringify(input)}`).toBe('UNAUTHORIZED');
      }
    },
  );

  it('lists only procedures that exist', () => {
    for (const path of OPEN_TO_ANYONE) expect(paths, path).toContain(path);
  });
});
