import "server-only";

import { systemClock, type Clock } from "./clock";
import type { RedisBus } from "./redis-bus";
import { ServiceWatch, type HubWatch } from "./service-watch";
import { SharedServiceWatch } from "./shared-watch";
import type { WatchUpstream } from "./upstream";
import { ViewerLimits } from "./viewer-limits";
import type { WatchSubscriber } from "./watch-message";
import { DEFAULT_WATCH_OPTIONS, type WatchOptions } from "./watch-options";
import type { ServiceSnapshot } from "./wire";

export type WatchHubDeps = {
  upstream: WatchUpstream;
  clock?: Clock;
  options?: Partial<WatchOptions>;
  random?: () => number;
  /**
   * Several replicas share their loops through Redis (REDIS_URL): one replica polls each service
   * and every replica's viewers read what it publishes. Unset: everything stays in this process.
   */
  shared?: RedisBus;
};

export type WatchHubStats = { services: number; viewers: number };

/** A stream the hub agreed to: subscribe once; the returned function leaves. */
export type OpenedStream = {
  ok: true;
  subscribe(subscriber: WatchSubscriber, lastEventId?: number): () => void;
};

/** Why the hub will not stream this service to this viewer now. */
export type StreamRefusal = {
  ok: false;
  reason: "gone" | "too-many-streams" | "too-many-services" | "server-busy";
  message: string;
};

/** Services App Runner called not-found, remembered at most this many at once. */
const MAX_GONE = 10_000;

/**
 * All live viewers of all services. Viewers of one service share one poll loop, so upstream
 * calls grow with the number of services watched, never with the number of viewers.
 */
export class WatchHub {
  private readonly watches = new Map<string, HubWatch>();
  private readonly clock: Clock;
  private readonly options: WatchOptions;
  private readonly random: () => number;
  private readonly limits: ViewerLimits;
  /** ARN → until when it is answered "gone" without asking App Runner again. */
  private readonly gone = new Map<string, number>();
  private lastId: number;

  constructor(private readonly deps: WatchHubDeps) {
    this.clock = deps.clock ?? systemClock;
    this.options = { ...DEFAULT_WATCH_OPTIONS, ...deps.options };
    this.random = deps.random ?? Math.random;
    this.limits = new ViewerLimits(this.options, () => this.clock.now());
    // Ids start at the clock so a restarted server keeps issuing ids above the ones it sent before.
    this.lastId = Math.max(0, Math.floor(this.clock.now()));
    // Another replica's viewers acted on a service: the replica polling it here polls now.
    deps.shared?.onNudge((arn) => {
      this.gone.delete(arn);
      this.watches.get(arn)?.nudge();
    });
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

  /**
   * A live stream of `arn` for `viewer` (a person's id), if the service exists and the caps
   * allow it. The first poll doubles as the existence check, so a made-up ARN costs one read
   * and no loop; a known-gone one costs nothing for a while. `alone`: sign-in is off, so the
   * viewer is the one local person and only the server's stream cap applies to their streams.
   */
  async open(arn: string, viewer: string, alone = false): Promise<OpenedStream | StreamRefusal> {
    if (this.isGone(arn)) return goneRefusal();
    const refusal = this.limits.check(viewer, arn, alone ? this.options.maxStreams : undefined);
    if (refusal) return { ok: false, ...refusal };
    if (this.stats().viewers >= this.options.maxStreams)
      return {
        ok: false,
        reason: "server-busy",
        message: `Runnerdeck is already serving ${this.options.maxStreams} live views, its limit. Try again in a minute.`,
      };
    if (!this.watches.has(arn) && this.watches.size >= this.options.maxLoops)
      return {
        ok: false,
        reason: "server-busy",
        message: `Runnerdeck is already watching ${this.watches.size} services, its limit. Try again in a minute.`,
      };
    // Counted from now, so many requests at once cannot all slip under the cap while they wait.
    const release = this.limits.take(viewer, arn);
    const watch = this.watchFor(arn);
    watch.start();
    if ((await watch.firstAnswer()) === "gone") {
      release();
      return goneRefusal();
    }
    return {
      ok: true,
      subscribe: (subscriber, lastEventId) => {
        const leave = this.subscribe(arn, subscriber, lastEventId);
        return () => {
          leave();
          release();
        };
      },
    };
  }

  /** True while App Runner's latest word on `arn` was "not found". */
  isGone(arn: string): boolean {
    const until = this.gone.get(arn);
    if (until === undefined) return false;
    if (until > this.clock.now()) return true;
    this.gone.delete(arn);
    return false;
  }

  /** App Runner called `arn` not-found (a loop, or a route that read it directly). */
  markGone(arn: string): void {
    this.gone.delete(arn);
    this.gone.set(arn, this.clock.now() + this.options.goneMemoryMs);
    // A Map iterates in insertion order: the oldest go first.
    if (this.gone.size > MAX_GONE) this.gone.delete(this.gone.keys().next().value!);
  }

  /** Someone acted on `arn` from this dashboard: poll it now if anyone is watching. */
  nudge(arn: string): void {
    // An action on a service means it exists (a new one may reuse a name and id seen gone).
    this.gone.delete(arn);
    this.watches.get(arn)?.nudge();
    // The replica holding the service's lease may be another one.
    void this.deps.shared?.nudge(arn).catch(() => {});
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

  private watchFor(arn: string): HubWatch {
    const existing = this.watches.get(arn);
    if (existing && !existing.isStopped) return existing;
    const onStop = () => {
      if (this.watches.get(arn) === watch) this.watches.delete(arn);
    };
    const onGone = () => this.markGone(arn);
    const loop = (stopped: () => void) =>
      new ServiceWatch(arn, {
        upstream: this.deps.upstream,
        clock: this.clock,
        options: this.options,
        random: this.random,
        nextId: () => ++this.lastId,
        onStop: stopped,
        onGone,
      });
    const shared = this.deps.shared;
    const watch: HubWatch = shared
      ? new SharedServiceWatch(arn, {
          bus: shared,
          clock: this.clock,
          options: this.options,
          // The shared watch ends its loop itself (lease lost, or no viewers left here).
          makeLoop: () => loop(() => {}),
          onStop,
          onGone,
        })
      : loop(onStop);
    this.watches.set(arn, watch);
    return watch;
  }
}

function goneRefusal(): StreamRefusal {
  return {
    ok: false,
    reason: "gone",
    message: "App Runner has no such service: it was deleted, or never existed.",
  };
}
