/**
 * A value made on first use, then kept. The messages' Intl formatters are made so: a module's
 * top level runs as the browser starts the page, and the first Intl object there loads ICU's
 * data (a long task on a phone) for texts that few pages ever show.
 */
export function lazyValue<T>(make: () => T): () => T {
  let value: { made: T } | undefined;
  return () => {
    value ??= { made: make() };
    return value.made;
  };
}
