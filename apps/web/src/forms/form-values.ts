/** A value a form holds: a text, a yes/no, or the texts chosen of a list. */
type FormValue = string | boolean | readonly string[];

/** What a record may hold for a field of a form: its value, or a number for a text field, or nothing. */
type RecordOf<V extends Record<string, FormValue>> = {
  readonly [K in keyof V]?: (V[K] extends string ? V[K] | number : V[K]) | null;
};

/**
 * The values a form starts from for a record: each field's value in the record (a number written
 * as text), or the field's default where the record has none (null) or there is no record yet.
 */
export function formValues<V extends Record<string, FormValue>>(
  defaults: V,
  record: RecordOf<V> | null | undefined,
): V {
  const values = { ...defaults };
  for (const key of Object.keys(defaults) as (keyof V)[]) {
    const value = record?.[key];
    if (value !== null && value !== undefined)
      values[key] = (typeof value === 'number' ? String(value) : value) as V[keyof V];
  }
  return values;
}
