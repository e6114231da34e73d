/**
 * A driver's error as one line. Node reports a refused connection to every address of a host
 * as an AggregateError with an empty message; its first error says what happened.
 */
export function describeError(error: unknown): string {
  if (error instanceof AggregateError && !error.message && error.errors.length > 0)
    return describeError(error.errors[0]);
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}
