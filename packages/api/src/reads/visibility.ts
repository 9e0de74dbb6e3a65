/**
 * Public answers are built from explicit field lists; the internal-only fields are added here,
 * computed only when the reader may see them, so an internal value cannot reach the public by
 * being added to a table or a query.
 */
export function withInternal<T extends object, X extends object>(
  base: T,
  internal: boolean,
  extra: () => X,
): T & Partial<X> {
  return internal ? { ...base, ...extra() } : base;
}
