import type { ServerResponse } from 'node:http';
import { appMessage } from '@switchoff/domain';
import type { NextFunction, Request, Response } from 'express';
import { sendRefusal } from './refusals';

/**
 * Fits the built Vite SPA: its scripts and styles are files of this origin (no inline script);
 * recharts sets inline style attributes, hence 'unsafe-inline' for styles only.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** The headers every answer carries; HSTS only over HTTPS (`secure`, as Express's req.secure decides it). */
export function setSecurityHeaders(res: ServerResponse, secure: boolean): void {
  res.setHeader('Content-Security-Policy', CONTENT_SECURITY_POLICY);
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'same-origin');
  res.setHeader('X-Frame-Options', 'DENY');
  res.setHeader('Cross-Origin-Opener-Policy', 'same-origin');
  res.setHeader('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
  if (secure) res.setHeader('Strict-Transport-Security', 'max-age=31536000');
}

export function securityHeaders(req: Request, res: Response, next: NextFunction): void {
  setSecurityHeaders(res, req.secure);
  next();
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function hostOf(origin: string): string | null {
  try {
    return new URL(origin).host.toLowerCase();
  } catch {
    return null;
  }
}

/**
 * Refuses a state-changing request that a browser says comes from another site: Sec-Fetch-Site
 * other than same-origin/none, or an Origin whose host is not this request's host. Requests
 * with neither header (curl, scripts) are not browsers acting for someone else and pass.
 */
export function crossSiteGuard(req: Request, res: Response, next: NextFunction): void {
  if (SAFE_METHODS.has(req.method)) {
    next();
    return;
  }
  const site = req.get('sec-fetch-site');
  const origin = req.get('origin');
  const host = (req.host ?? '').toLowerCase();
  const crossSite =
    (site !== undefined && site !== 'same-origin' && site !== 'none') ||
    (origin !== undefined && hostOf(origin) !== host);
  if (crossSite) {
    sendRefusal(res, 403, appMessage('access.crossSite'));
    return;
  }
  next();
}

/** tRPC mutations come as JSON; a form or text/plain POST (which needs no CORS preflight) is refused. */
export function requireJsonPost(req: Request, res: Response, next: NextFunction): void {
  const type = (req.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (req.method === 'POST' && type !== 'application/json') {
    sendRefusal(res, 415, appMessage('request.jsonRequired'));
    return;
  }
  next();
}
