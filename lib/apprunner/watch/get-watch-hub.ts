import "server-only";

import { recordRevision } from "@/lib/apprunner/api/record-revision";
import { watchUpstream } from "@/lib/apprunner/api/watch-upstream";
import { onShutdown } from "@/lib/shutdown";

import { getSharedBus } from "./shared-bus";
import { WatchHub } from "./watch-hub";

const KEY = Symbol.for("runnerdeck.watchHub");
type WithHub = typeof globalThis & { [KEY]?: WatchHub };

/**
 * The process's one hub. Kept on `globalThis` because route handlers and server actions can be
 * bundled separately, and they must share loops (an action nudges the loop viewers listen to).
 */
export function getWatchHub(): WatchHub {
  const scope = globalThis as WithHub;
  if (!scope[KEY]) {
    // Each operation the live page sees succeed is recorded as a revision of the service.
    const hub = new WatchHub({
      upstream: watchUpstream,
      options: { recordRevision },
      shared: getSharedBus(),
    });
    // Told to stop: once the streams have ended, every loop ends and Redis leases go back.
    onShutdown(() => hub.close(), { last: true });
    scope[KEY] = hub;
  }
  return scope[KEY];
}
