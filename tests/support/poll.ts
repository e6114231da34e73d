/**
 * Polls instead of sleeping: a test waits exactly as long as the server needs, and a timeout
 * says what was last seen. On AWS the wait is minutes and the polls seconds apart (target.ts).
 */
import { waitBudget } from "./target";

export type PollOptions = { timeoutMs?: number; intervalMs?: number; what?: string };

export async function poll<T>(
  read: () => Promise<T>,
  done: (value: T) => boolean,
  {
    timeoutMs: askedMs = 20_000,
    intervalMs: askedInterval = 40,
    what = "condition",
  }: PollOptions = {},
): Promise<T> {
  const { timeoutMs, intervalMs } = waitBudget(askedMs, askedInterval);
  const deadline = Date.now() + timeoutMs;
  let last: T | undefined;
  for (;;) {
    last = await read();
    if (done(last)) return last;
    if (Date.now() > deadline) {
      throw new Error(
        `timed out after ${timeoutMs} ms waiting for ${what}; last seen: ${JSON.stringify(last)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
