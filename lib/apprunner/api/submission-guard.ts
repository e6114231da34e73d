import "server-only";

import type { RedisBus } from "@/lib/apprunner/watch/redis-bus";
import { getSharedBus } from "@/lib/apprunner/watch/shared-bus";

/**
 * Remembers each submission token's outcome, so a double click or a retry with the same token
 * joins the first attempt instead of sending a second CreateService (or UpdateService). Failures
 * that certainly changed nothing are forgotten, so a retry after fixing the form can go through.
 * With REDIS_URL the tokens live in Redis, so a retry that a load balancer sends to another
 * replica joins the first attempt too.
 */
export type CreateOutcome =
  | { kind: "created"; serviceName: string; serviceId: string }
  | { kind: "failed"; retryable: boolean; result: unknown };

type Outcome = { kind: string } | { kind: "failed"; retryable: boolean; result: unknown };

const MAX_TOKENS = 1_000;
const outcomes = new Map<string, Promise<Outcome>>();

/** How long a token's outcome is kept in Redis. */
const OUTCOME_KEEP_MS = 60 * 60_000;
/**
 * How long another replica waits for a first attempt still under way: longer than any one
 * create or update takes. A first attempt whose replica died holds the token this long.
 */
const PENDING_MS = 2 * 60_000;
const POLL_MS = 100;
const PENDING = "pending";

/** The token could not be settled; its message is for the person who submitted the form. */
export class SubmissionGuardError extends Error {}

function forgettable(outcome: Outcome): boolean {
  return "retryable" in outcome && outcome.kind === "failed" && outcome.retryable;
}

export function runOnce<T extends Outcome = CreateOutcome>(
  token: string,
  attempt: () => Promise<T>,
): Promise<T> {
  const existing = outcomes.get(token) as Promise<T> | undefined;
  if (existing) return existing;
  const bus = getSharedBus();
  const first = bus ? runOnceShared(bus, token, attempt) : attempt();
  const pending = first.then(
    (outcome) => {
      if (forgettable(outcome)) outcomes.delete(token);
      return outcome;
    },
    (error: unknown) => {
      outcomes.delete(token);
      throw error;
    },
  );
  outcomes.set(token, pending);
  // Bounded memory: the oldest tokens go first (a Map iterates in insertion order).
  if (outcomes.size > MAX_TOKENS) outcomes.delete(outcomes.keys().next().value!);
  return pending;
}

/**
 * The token across replicas: the first to claim it in Redis (`SET … NX`) makes the attempt and
 * stores its outcome; any other waits for that outcome, up to `waitMs`.
 */
export async function runOnceShared<T extends Outcome>(
  bus: RedisBus,
  token: string,
  attempt: () => Promise<T>,
  waitMs = PENDING_MS,
): Promise<T> {
  const key = bus.key("token", token);
  let redis: Awaited<ReturnType<RedisBus["command"]>>;
  let claimed: string | null;
  try {
    redis = await bus.command();
    claimed = await redis.sendCommand<string | null>([
      "SET",
      key,
      PENDING,
      "NX",
      "PX",
      `${PENDING_MS}`,
    ]);
  } catch (error) {
    // Redis is away and nothing was claimed: this replica goes ahead (its own map still joins
    // a double click), as a dashboard without Redis would, rather than refuse the person.
    console.error(`Redis (submission tokens): ${(error as Error).message}`);
    return attempt();
  }
  if (claimed === "OK") {
    let outcome: T;
    try {
      outcome = await attempt();
    } catch (error) {
      await redis.sendCommand(["DEL", key]).catch(() => {});
      throw error;
    }
    // Redis gone meanwhile: the outcome stands; the token expires as pending (PENDING_MS).
    const keep = forgettable(outcome)
      ? redis.sendCommand(["DEL", key])
      : redis.sendCommand(["SET", key, JSON.stringify(outcome), "PX", `${OUTCOME_KEEP_MS}`]);
    await keep.catch(() => {});
    return outcome;
  }
  const deadline = Date.now() + waitMs;
  for (;;) {
    let stored: string | null;
    try {
      stored = await redis.sendCommand<string | null>(["GET", key]);
    } catch {
      throw new SubmissionGuardError(
        "The first attempt with this form could not be checked: the dashboard's shared hub is not answering. Try again shortly.",
      );
    }
    // Forgotten (a failure that changed nothing, or expired): this attempt goes ahead.
    if (stored === null) return runOnceShared(bus, token, attempt, deadline - Date.now());
    if (stored !== PENDING) return JSON.parse(stored) as T;
    if (Date.now() >= deadline)
      throw new SubmissionGuardError(
        "The first attempt with this form has not finished yet. Try again shortly.",
      );
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
