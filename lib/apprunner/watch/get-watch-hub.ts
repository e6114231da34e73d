import "server-only";

import { watchUpstream } from "@/lib/apprunner/api/watch-upstream";

import { WatchHub } from "./watch-hub";

const KEY = Symbol.for("runnerdeck.watchHub");
type WithHub = typeof globalThis & { [KEY]?: WatchHub };

/**
 * The process's one hub. Kept on `globalThis` because route handlers and server actions can be
 * bundled separately, and they must share loops (an action nudges the loop viewers listen to).
 */
export function getWatchHub(): WatchHub {
  const scope = globalThis as WithHub;
  scope[KEY] ??= new WatchHub({ upstream: watchUpstream });
  return scope[KEY];
}
