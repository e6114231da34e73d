import "server-only";

import type { Clock, TimerHandle } from "./clock";
import { entryNumber, type BusEntry, type RedisBus } from "./redis-bus";
import type { FirstAnswer, HubWatch, ServiceWatch, WatchSeed } from "./service-watch";
import { sseFrame } from "./sse-frame";
import type { WatchMessage, WatchSubscriber } from "./watch-message";
import type { WatchOptions } from "./watch-options";
import type { LogBatch, LogLine, ServiceSnapshot, WatchHealth } from "./wire";

export type SharedWatchDeps = {
  bus: RedisBus;
  clock: Clock;
  options: WatchOptions;
  /** A poll loop of this process for the service, run while this replica holds the lease. */
  makeLoop: () => ServiceWatch;
  onStop: () => void;
  onGone: () => void;
};

/** How long `open` waits for a first word when another replica holds the lease but is silent. */
const FIRST_ANSWER_WAIT_MS = 10_000;
/**
 * A Last-Event-ID this little ahead of what this replica has read (ids count milliseconds × 1000)
 * is another replica's newer message this one has yet to read: nothing is replayed, and what
 * arrives up to that id is not sent again.
 */
const AHEAD_MS = 60_000;

/** What this replica's viewers are told while Redis does not answer. */
export const REDIS_AWAY_REASON =
  "The dashboard's shared hub (Redis) is not answering, so this page is not being updated.";

function toMessage(entry: BusEntry): WatchMessage {
  const id = entryNumber(entry.id);
  return { id, event: entry.event, data: entry.data, frame: sseFrame(id, entry.event, entry.data) };
}

/**
 * One service as one replica sees it when replicas share the hub through Redis. Its viewers are
 * fed from the service's Redis Stream (every replica reads the same Stream, so all viewers get
 * the same messages in the same order, with the same ids); a mirror of the Stream's recent
 * messages replays what a (re)connecting viewer missed. While this replica holds the service's
 * lease, it also runs the poll loop, whose messages go to the Stream rather than to viewers.
 */
export class SharedServiceWatch implements HubWatch {
  private readonly subscribers = new Set<WatchSubscriber>();
  private readonly waiting: [WatchSubscriber, number | undefined][] = [];
  /** Subscribers that have seen up to this id, further than this replica has read. */
  private readonly floors = new Map<WatchSubscriber, number>();
  /** Recent messages of the Stream, oldest first. */
  private mirror: WatchMessage[] = [];
  private latestService: WatchMessage | undefined;
  private latestStatus: WatchMessage | undefined;
  private ready = false;
  private started = false;
  private stopped = false;
  private loop: ServiceWatch | undefined;
  private leaseTimer: TimerHandle | undefined;
  private lingerTimer: TimerHandle | undefined;
  /** Redis failed this replica's last look at the lease: its viewers were told (see `redisAway`). */
  private away = false;
  private answered: (answer: FirstAnswer) => void = () => {};
  private readonly first: Promise<FirstAnswer>;

  constructor(
    readonly arn: string,
    private readonly deps: SharedWatchDeps,
  ) {
    this.first = new Promise((resolve) => (this.answered = resolve));
  }

  firstAnswer(): Promise<FirstAnswer> {
    return this.first;
  }

  get viewerCount(): number {
    return this.subscribers.size + this.waiting.length;
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  /** True while this replica polls the service for everyone. */
  get isHolder(): boolean {
    return this.loop !== undefined;
  }

  start(): void {
    if (this.started || this.stopped) return;
    this.started = true;
    const wait = this.deps.clock.setTimeout(() => this.answered("unknown"), FIRST_ANSWER_WAIT_MS);
    void this.first.then(() => {
      this.deps.clock.clearTimeout(wait);
      if (!this.stopped && this.viewerCount === 0 && this.lingerTimer === undefined)
        this.armLinger();
    });
    void this.load();
  }

  add(subscriber: WatchSubscriber, lastEventId: number | undefined): void {
    if (this.lingerTimer !== undefined) {
      this.deps.clock.clearTimeout(this.lingerTimer);
      this.lingerTimer = undefined;
    }
    if (this.ready) {
      this.subscribers.add(subscriber);
      this.replay(subscriber, lastEventId);
      if (this.away) subscriber.send(this.healthMessage());
    } else this.waiting.push([subscriber, lastEventId]);
    this.start();
  }

  remove(subscriber: WatchSubscriber): void {
    this.floors.delete(subscriber);
    const queued = this.waiting.findIndex(([s]) => s === subscriber);
    if (queued >= 0) this.waiting.splice(queued, 1);
    else if (!this.subscribers.delete(subscriber)) return;
    if (this.viewerCount === 0) this.armLinger();
  }

  nudge(): void {
    this.loop?.nudge();
  }

  snapshot(): ServiceSnapshot | undefined {
    return this.latestService && (JSON.parse(this.latestService.data) as ServiceSnapshot);
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    for (const timer of [this.leaseTimer, this.lingerTimer])
      if (timer !== undefined) this.deps.clock.clearTimeout(timer);
    this.leaseTimer = this.lingerTimer = undefined;
    this.deps.bus.unfollow(this.arn);
    if (this.loop) {
      this.dropLoop();
      // Another replica with viewers takes the service over at its next look, not at expiry.
      void this.deps.bus.release(this.arn).catch(() => {});
    }
    const subscribers = [...this.subscribers, ...this.waiting.map(([s]) => s)];
    this.subscribers.clear();
    this.floors.clear();
    this.waiting.length = 0;
    this.answered("unknown");
    this.deps.onStop();
    for (const subscriber of subscribers) subscriber.close?.();
  }

  private armLinger(): void {
    if (this.lingerTimer !== undefined) this.deps.clock.clearTimeout(this.lingerTimer);
    this.lingerTimer = this.deps.clock.setTimeout(() => this.stop(), this.deps.options.lingerMs);
  }

  /** Reads what the Stream already holds, then follows it and starts looking after the lease. */
  private async load(): Promise<void> {
    const { bus } = this.deps;
    let from = "0-0";
    try {
      const state = await bus.load(this.arn, bus.options.streamLength);
      if (this.stopped) return;
      for (const entry of state.entries) this.keep(toMessage(entry));
      // A long log may have trimmed the latest service and status out of the Stream.
      const kept = new Set(this.mirror.map((m) => m.id));
      for (const latest of [state.service, state.status]) {
        if (!latest) continue;
        const message = toMessage(latest);
        if (kept.has(message.id)) continue;
        if (message.event === "service") this.latestService = message;
        else this.latestStatus = message;
      }
      from = state.entries.at(-1)?.id ?? "0-0";
    } catch {
      // Redis is away: follow from the start; the reader retries until it answers.
    }
    if (this.stopped) return;
    this.ready = true;
    if (this.isGoneStatus(this.latestStatus)) {
      this.answered("gone");
      this.deps.onGone();
    } else if (this.latestService) this.answered("found");
    for (const [subscriber, lastEventId] of this.waiting.splice(0)) {
      this.subscribers.add(subscriber);
      this.replay(subscriber, lastEventId);
      if (this.away) subscriber.send(this.healthMessage());
    }
    bus.follow(this.arn, from, (entries) => this.receive(entries));
    void this.lookAfterLease();
  }

  /** Takes the lease when it is free, renews it while held, and lets the loop go when lost. */
  private async lookAfterLease(): Promise<void> {
    if (this.stopped) return;
    const { bus } = this.deps;
    try {
      // A Redis that holds the connection open but does not answer counts as away too.
      const answer = this.withinLease(this.loop ? bus.renew(this.arn) : bus.acquire(this.arn));
      if (this.loop) {
        if (!(await answer)) this.dropLoop();
      } else if (await answer) {
        if (this.stopped) {
          void bus.release(this.arn).catch(() => {});
          return;
        }
        this.startLoop();
      }
      this.redisAway(false);
    } catch {
      // Redis did not answer: a holder that cannot renew stops polling before its lease ends,
      // so two replicas never poll at once for long. Nobody polls until Redis is back, so the
      // viewers are told rather than left looking at a page that says "Live".
      if (this.loop) this.dropLoop();
      this.redisAway(true);
    }
    if (this.stopped) return;
    this.leaseTimer = this.deps.clock.setTimeout(
      () => void this.lookAfterLease(),
      bus.options.renewMs,
    );
  }

  /** `answer`, or a failure once the lease would have run out waiting for it. */
  private withinLease<T>(answer: Promise<T>): Promise<T> {
    const { clock } = this.deps;
    let timer: TimerHandle | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = clock.setTimeout(
        () => reject(new Error("Redis did not answer")),
        this.deps.bus.options.leaseMs,
      );
    });
    return Promise.race([answer, timeout]).finally(() => clock.clearTimeout(timer!));
  }

  /**
   * Tells this replica's viewers, once, that Redis went away, and once that it is back: a
   * `status` message sent to them directly (it cannot go through Redis). It carries the id of
   * the last message they had, so a viewer that reconnects is replayed from there.
   */
  private redisAway(away: boolean): void {
    if (away === this.away) return;
    this.away = away;
    const message = this.healthMessage();
    for (const subscriber of this.subscribers) subscriber.send(message);
  }

  /** The health viewers should see now: Redis away, else the latest published status. */
  private healthMessage(): WatchMessage {
    const health: WatchHealth = this.away
      ? { state: "degraded", reason: REDIS_AWAY_REASON, retryInMs: this.deps.bus.options.renewMs }
      : this.latestStatus
        ? (JSON.parse(this.latestStatus.data) as WatchHealth)
        : { state: "ok" };
    const id = this.mirror.at(-1)?.id ?? this.latestService?.id ?? 0;
    const data = JSON.stringify(health);
    return { id, event: "status", data, frame: sseFrame(id, "status", data) };
  }

  private startLoop(): void {
    const loop = this.deps.makeLoop();
    this.loop = loop;
    loop.seed(this.seed());
    void loop.firstAnswer().then((answer) => {
      if (answer !== "unknown") this.answered(answer);
    });
    // The loop's one subscriber publishes; the lease check in Redis drops a stale holder's word.
    loop.add(
      {
        send: (message) => {
          void this.deps.bus.publish(this.arn, message.event, message.data).then(
            (published) => {
              if (!published && this.loop === loop) this.dropLoop();
            },
            () => {},
          );
        },
      },
      undefined,
    );
  }

  private dropLoop(): void {
    const loop = this.loop;
    this.loop = undefined;
    loop?.stop();
  }

  /** What the previous holder had published, so the new loop does not publish it again. */
  private seed(): WatchSeed {
    const snapshot = this.snapshot();
    const status = this.latestStatus && (JSON.parse(this.latestStatus.data) as WatchHealth);
    const logs = new Map<string, LogLine[]>();
    for (const message of this.mirror) {
      if (message.event !== "log") continue;
      const batch = JSON.parse(message.data) as LogBatch;
      logs.set(batch.stream, [...(logs.get(batch.stream) ?? []), ...batch.lines]);
    }
    return { snapshot, healthState: status?.state, logs };
  }

  private receive(entries: BusEntry[]): void {
    if (this.stopped) return;
    for (const entry of entries) {
      const message = toMessage(entry);
      this.keep(message);
      for (const subscriber of this.subscribers) {
        const floor = this.floors.get(subscriber);
        if (floor !== undefined) {
          if (message.id <= floor) continue;
          this.floors.delete(subscriber);
        }
        subscriber.send(message);
      }
      if (message.event === "service") this.answered("found");
      if (this.isGoneStatus(message)) {
        this.answered("gone");
        this.deps.onGone();
        this.stop();
        return;
      }
    }
  }

  private isGoneStatus(message: WatchMessage | undefined): boolean {
    return (
      message?.event === "status" && (JSON.parse(message.data) as WatchHealth).state === "gone"
    );
  }

  private keep(message: WatchMessage): void {
    this.mirror.push(message);
    if (message.event === "service") this.latestService = message;
    if (message.event === "status") this.latestStatus = message;
    const excess = this.mirror.length - this.deps.bus.options.streamLength;
    if (excess > 0) this.mirror.splice(0, excess);
  }

  /**
   * What a (re)connecting viewer needs. An id inside the mirror: every message after it, so a
   * viewer that moves to another replica misses nothing and sees nothing twice. No id, or one
   * the mirror does not cover: the current state, a non-ok status, and the recent log lines.
   */
  private replay(subscriber: WatchSubscriber, lastEventId: number | undefined): void {
    const oldest = this.mirror[0]?.id;
    const newest = this.mirror.at(-1)?.id;
    if (
      lastEventId !== undefined &&
      oldest !== undefined &&
      lastEventId >= oldest &&
      lastEventId <= newest!
    ) {
      for (const message of this.mirror) if (message.id > lastEventId) subscriber.send(message);
      return;
    }
    if (
      lastEventId !== undefined &&
      newest !== undefined &&
      lastEventId > newest &&
      lastEventId - newest <= AHEAD_MS * 1000
    ) {
      this.floors.set(subscriber, lastEventId);
      return;
    }
    const messages: WatchMessage[] = [];
    if (this.latestService) messages.push(this.latestService);
    if (this.latestStatus && (JSON.parse(this.latestStatus.data) as WatchHealth).state !== "ok")
      messages.push(this.latestStatus);
    // The newest log messages, up to the ring's worth of lines per stream.
    const lines = new Map<string, number>();
    const logs: WatchMessage[] = [];
    for (let i = this.mirror.length - 1; i >= 0; i--) {
      const message = this.mirror[i]!;
      if (message.event !== "log") continue;
      const batch = JSON.parse(message.data) as LogBatch;
      const held = lines.get(batch.stream) ?? 0;
      if (held >= this.deps.options.ringLines) continue;
      lines.set(batch.stream, held + batch.lines.length);
      logs.push(message);
    }
    messages.push(...logs);
    messages.sort((a, b) => a.id - b.id);
    for (const message of messages) subscriber.send(message);
  }
}
