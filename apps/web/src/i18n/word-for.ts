/**
 * The word a catalogue's group gives a key known only at run time (an action or a table from the
 * change log, a CSV column, an import's phase), or undefined for a key it does not name.
 */
export function wordFor(words: Readonly<Record<string, string>>, key: string): string | undefined {
  return Object.hasOwn(words, key) ? words[key] : undefined;
}
