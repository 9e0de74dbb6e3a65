import type { AppRouter, Context } from '@switchoff/api';
import type { CreateExpressContextOptions } from '@trpc/server/adapters/express';
import { incomingMessageToRequest } from '@trpc/server/adapters/node-http';
import { type HTTPErrorHandler, type ResponseMetaFn, resolveResponse } from '@trpc/server/http';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { sendBody } from './http-cache';

export type TrpcHandlerOptions = {
  router: AppRouter;
  createContext: (opts: CreateExpressContextOptions) => Context;
  maxBodySize: number;
  responseMeta: ResponseMetaFn<AppRouter>;
  onError: HTTPErrorHandler<AppRouter, Request>;
};

/**
 * tRPC over Express, as createExpressMiddleware does it, except that the answer is read whole
 * and sent in one piece: so it gets an ETag (304 when unchanged) and is compressed, and it
 * skips piping a one-chunk web stream into the Node response.
 */
export function trpcHandler(opts: TrpcHandlerOptions): RequestHandler {
  return (req: Request, res: Response, next: NextFunction) => {
    const path = req.path.slice(req.path.lastIndexOf('/') + 1);
    const answer = async () => {
      const request = incomingMessageToRequest(req, res, { maxBodySize: opts.maxBodySize });
      const response = await resolveResponse({
        router: opts.router,
        req: request,
        path,
        error: null,
        createContext: async ({ info }) => opts.createContext({ req, res, info }),
        responseMeta: opts.responseMeta,
        onError: (o) => opts.onError({ ...o, req }),
      });
      res.statusCode = response.status;
      for (const [key, value] of response.headers) {
        if (key.toLowerCase() !== 'set-cookie') res.setHeader(key, value);
      }
      const cookies = response.headers.getSetCookie();
      if (cookies.length > 0) res.append('Set-Cookie', cookies);
      sendBody(req, res, Buffer.from(await response.arrayBuffer()));
    };
    answer().catch(next);
  };
}
