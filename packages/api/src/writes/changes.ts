/**
 * The fields an edit really changes: those present in the input (not undefined) whose value
 * differs from the row's. The audit log keeps exactly these, before and after.
 */
export function changedFields<R extends object, K extends keyof R & string>(
  row: R,
  input: { [P in K]?: R[P] | undefined },
  fields: readonly K[],
): { before: Partial<Pick<R, K>>; after: Partial<Pick<R, K>> } {
  const before: Partial<Pick<R, K>> = {};
  const after: Partial<Pick<R, K>> = {};
  for (const field of fields) {
    const value = input[field];
    if (value === undefined || sameValue(value, row[field])) continue;
    before[field] = row[field];
    after[field] = value;
  }
  return { before, after };
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
