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

/**
 * The numbers, dates and times the API's messages name, in one language (`it-IT`, `en-GB`):
 * times in Italian time, whoever reads them; each Intl formatter made on first use.
 */
export function messageFormatsOf(tag: string) {
  const number = lazyValue(() => new Intl.NumberFormat(tag));
  const dateTime = lazyValue(
    () =>
      new Intl.DateTimeFormat(tag, {
        timeZone: 'Europe/Rome',
        day: 'numeric',
        month: 'long',
        year: 'numeric',
        hour: '2-digit',
        minute: '2-digit',
      }),
  );
  const clock = lazyValue(
    () => new Intl.DateTimeFormat(tag, { hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Rome' }),
  );
  return {
    number: (value: number) => number().format(value),
    /** A stored UTC timestamp: "27 novembre 2026, 17:56"; what is not a date, as it is. */
    dateTime: (iso: string) => {
      const date = new Date(iso);
      return Number.isNaN(date.getTime()) ? iso : dateTime().format(date);
    },
    /** The hour and minute of an instant: "17:56". */
    clock: (at: Date | number) => clock().format(at),
  };
}
