/** Where the login page sends the user back: an address of this site only (no `//host`). */
export function safeReturnPath(value: string | null): string {
  if (!value?.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value.startsWith('/accedi')) return '/';
  return value;
}

/** The login page, remembering where to come back to. */
export function loginPath(returnTo: string): string {
  const back = safeReturnPath(returnTo);
  return back === '/' ? '/accedi' : `/accedi?da=${encodeURIComponent(back)}`;
}
