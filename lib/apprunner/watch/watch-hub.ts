import "server-only";

import { systemClock, type Clock } from "./clock";
import { ServiceWatch } from "./service-watch";
import type { WatchUpstream } from "./upstream";
import type { WatchSubscriber } from "./watch-message";
import { DEFAULT_WATCH_OPTIONS, type WatchOptions } from "./watch-options";
import type { ServiceSnapshot } from "./wire";

export type WatchHubDeps = {
  upstream: WatchUpstream;
  clock?: Clock;
  options?: Partial<WatchOptions>;
  random?: () => number;
};

export type WatchHubStats = { services: number; viewers: number };

/**
 * All live viewers of all services. Viewers of one service share one poll loop, so upstream
 * calls grow with the number of services watched, never with the number of viewers.
 */
export class WatchHub {
  private readonly watches = new Map<string, ServiceWatch>();
  private readonly clock: Clock;
  private readonly options: WatchOptions;
  private readonly random: () => number;
  private lastId: number;

  constructor(private readonly deps: WatchHubDeps) {
    this.clock = deps.clock ?? systemClock;
    this.options = { ...DEFAULT_WATCH_OPTIONS, ...deps.options };
    this.random = deps.random ?? Math.random;
    // Ids start at the clock so a restarted server keeps issuing ids above the ones it sent before.
    this.lastId = Math.max(0, Math.floor(this.clock.now()));
  }

  /**
   * Starts sending `arn`'s messages to `subscriber`: first what it missed since `lastEventId`
   * (or the current state and recent log lines), then every change. Returns the unsubscribe.
   */
  subscribe(arn: string, subscriber: WatchSubscriber, lastEventId?: number): () => void {
    const watch = this.watchFor(arn);
    watch.add(subscriber, lastEventId);
    return () => watch.remove(subscriber);
  }

  /** Someone acted on `arn` from this dashboard: poll it now if anyone is watching. */
  nudge(arn: string): void {
    this.watches.get(arn)?.nudge();
  }

  /** The latest state the loop for `arn` has seen, if one is running. */
  peek(arn: string): ServiceSnapshot | undefined {
    return this.watches.get(arn)?.snapshot();
  }

  stats(): WatchHubStats {
    let viewers = 0;
    for (const watch of this.watches.values()) viewers += watch.viewerCount;
    return { services: this.watches.size, viewers };
  }

  /** Stops every loop (tests, shutdown). */
  close(): void {
    for (const watch of [...this.watches.values()]) watch.stop();
  }

  private watchFor(arn: string): ServiceWatch {
    const existing = this.watches.get(arn);
    if (existing && !existing.isStopped) return existing;
    const watch: ServiceWatch = new ServiceWatch(arn, {
      upstream: this.deps.upstream,
      clock: this.clock,
      options: this.options,
      random: this.random,
      nextId: () => ++this.lastId,
      onStop: () => {
        if (this.watches.get(arn) === watch) this.watches.delete(arn);
      },
    });
    this.watches.set(arn, watch);
    return watch;
  }
}
