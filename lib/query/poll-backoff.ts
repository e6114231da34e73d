import { backoffDelay } from "@/lib/apprunner/watch/backoff";

import { RouteResponseError } from "./route-response-error";

/**
 * The browser's side of backing off, for one polled query: after a failed poll the next waits
 * longer each time (exponential, with jitter so many tabs don't ask in step), and never less
 * than the server's Retry-After. The server's watch hub backs off the same way.
 */
export class PollBackoff {
  private failures = 0;
  private notBefore = 0;

  constructor(
    private readonly maxMs: number,
    private readonly random: () => number = Math.random,
    private readonly now: () => number = Date.now,
  ) {}

  /** Runs one poll, keeping count of failures in a row and of what the server asked. */
  async track<T>(poll: () => Promise<T>): Promise<T> {
    try {
      const value = await poll();
      this.failures = 0;
      this.notBefore = 0;
      return value;
    } catch (error) {
      this.failures += 1;
      const asked = error instanceof RouteResponseError ? error.retryAfterMs : undefined;
      this.notBefore = asked ? this.now() + asked : 0;
      throw error;
    }
  }

  /** How long to wait before the next poll, given the normal period. */
  delay(normalMs: number): number {
    if (this.failures === 0) return normalMs;
    // Attempt n+1: the first failure already waits between one and two normal periods.
    const wait = backoffDelay(
      this.failures + 1,
      { baseMs: normalMs, maxMs: Math.max(normalMs, this.maxMs) },
      this.random,
    );
    return Math.max(normalMs, wait, this.notBefore - this.now());
  }
}

/**
 * Whether TanStack Query should send a failed poll again at once: only when the dashboard
 * itself could not be reached (fetch throws a TypeError). An answer from it (throttled, App
 * Runner failing) already includes the server's own retries, and so does a server render's
 * read; sending either again would only add to the load.
 */
export function retryUnanswered(failureCount: number, error: Error): boolean {
  return failureCount < 3 && error instanceof TypeError;
}
