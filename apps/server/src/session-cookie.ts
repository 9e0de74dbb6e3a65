import { parse, serialize } from 'cookie';
import type { Request } from 'express';

/** The session cookie: an opaque random token, never readable by scripts. */
export const SESSION_COOKIE = 'switchoff_session';

export function readSessionToken(req: Request): string | null {
  const header = req.headers.cookie;
  if (!header) return null;
  return parse(header)[SESSION_COOKIE] ?? null;
}

/** httpOnly, SameSite=Lax, Path=/, Secure over HTTPS; it lives as long as the session. */
export function sessionCookie({
  token,
  expiresAt,
  secure,
  now,
}: {
  token: string;
  expiresAt: Date;
  secure: boolean;
  now: Date;
}): string {
  return serialize(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure,
    maxAge: Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000)),
    expires: expiresAt,
  });
}

export function clearedSessionCookie(secure: boolean): string {
  return serialize(SESSION_COOKIE, '', {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure,
    maxAge: 0,
    expires: new Date(0),
  });
}
