import "server-only";

import { getSettings } from "@/lib/env";

import { RedisBus } from "./redis-bus";

const BUS = Symbol.for("runnerdeck.redisBus");
type WithBus = typeof globalThis & { [BUS]?: RedisBus | null };

/**
 * The Redis this replica shares its watch hub, submission tokens and services list through
 * (REDIS_URL), or undefined when it runs alone. One per process, kept on `globalThis` because
 * route handlers and server actions can be bundled separately.
 */
export function getSharedBus(): RedisBus | undefined {
  const scope = globalThis as WithBus;
  if (scope[BUS] === undefined) {
    const url = getSettings().redisUrl;
    scope[BUS] = url ? new RedisBus(url) : null;
  }
  return scope[BUS] ?? undefined;
}
