/** A member App Runner always answers with; its absence is a broken backend, not a state. */
export function required<T>(value: T | undefined, operation: string): T {
  if (value === undefined) throw new Error(`${operation} was empty.`);
  return value;
}
