import "server-only";

/**
 * Remembers each submission token's outcome, so a double click or a retry with the same token
 * joins the first attempt instead of sending a second CreateService (or UpdateService). Failures
 * that certainly changed nothing are forgotten, so a retry after fixing the form can go through.
 */
export type CreateOutcome =
  | { kind: "created"; serviceName: string; serviceId: string }
  | { kind: "failed"; retryable: boolean; result: unknown };

type Outcome = { kind: string } | { kind: "failed"; retryable: boolean; result: unknown };

const MAX_TOKENS = 1_000;
const outcomes = new Map<string, Promise<Outcome>>();

export function runOnce<T extends Outcome = CreateOutcome>(
  token: string,
  attempt: () => Promise<T>,
): Promise<T> {
  const existing = outcomes.get(token) as Promise<T> | undefined;
  if (existing) return existing;
  const pending = attempt().then((outcome) => {
    if ("retryable" in outcome && outcome.kind === "failed" && outcome.retryable)
      outcomes.delete(token);
    return outcome;
  });
  outcomes.set(token, pending);
  // Bounded memory: the oldest tokens go first (a Map iterates in insertion order).
  if (outcomes.size > MAX_TOKENS) outcomes.delete(outcomes.keys().next().value!);
  return pending;
}
