export type BackoffOptions = { baseMs: number; maxMs: number };

/**
 * Delay before retry number `attempt` (1, 2, …): exponential, capped, with "equal jitter" — half
 * fixed, half random — so many dashboards throttled at once do not retry in lockstep, yet the
 * wait never collapses to nothing.
 */
export function backoffDelay(
  attempt: number,
  { baseMs, maxMs }: BackoffOptions,
  random: () => number = Math.random,
): number {
  const ceiling = Math.min(maxMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(ceiling / 2 + random() * (ceiling / 2));
}
