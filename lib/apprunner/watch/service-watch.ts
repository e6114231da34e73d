import "server-only";

import { toAppRunnerFailure } from "@/lib/apprunner/errors";

import { backoffDelay } from "./backoff";
import type { Clock, TimerHandle } from "./clock";
import { LogDedupe } from "./log-dedupe";
import { serviceLogGroup } from "./service-arn";
import type { WatchUpstream } from "./upstream";
import { watchMessage, type WatchMessage, type WatchSubscriber } from "./watch-message";
import { backoffFor, type WatchOptions } from "./watch-options";
import {
  snapshotVersion,
  type LogLine,
  type ServiceSnapshot,
  type WatchHealth,
  type WireOperation,
  type WireService,
} from "./wire";

const RUNNING_OPERATION = new Set(["PENDING", "IN_PROGRESS", "ROLLBACK_IN_PROGRESS"]);

export function isOperationRunning(op: WireOperation | undefined): boolean {
  return op?.Status !== undefined && RUNNING_OPERATION.has(op.Status);
}

type StreamState = {
  token: string | undefined;
  dedupe: LogDedupe;
  /** Recent `log` messages of this stream, oldest first. */
  ring: WatchMessage[];
  ringLines: number;
};

export type ServiceWatchDeps = {
  upstream: WatchUpstream;
  clock: Clock;
  options: WatchOptions;
  nextId: () => number;
  random: () => number;
  onStop: () => void;
  /** App Runner called the service not-found: the loop has ended for good. */
  onGone: () => void;
};

/** What the first poll learnt: the service is there, is not, or App Runner did not say. */
export type FirstAnswer = "found" | "gone" | "unknown";

/** One service's viewers as the hub sees them: a poll loop here, or one shared via Redis. */
export interface HubWatch {
  start(): void;
  firstAnswer(): Promise<FirstAnswer>;
  add(subscriber: WatchSubscriber, lastEventId: number | undefined): void;
  remove(subscriber: WatchSubscriber): void;
  nudge(): void;
  snapshot(): ServiceSnapshot | undefined;
  stop(): void;
  readonly viewerCount: number;
  readonly isStopped: boolean;
}

/** What another replica's loop already published, so a loop taking over does not repeat it. */
export type WatchSeed = {
  snapshot: ServiceSnapshot | undefined;
  healthState: WatchHealth["state"] | undefined;
  /** Log lines already published, per stream. */
  logs: Map<string, LogLine[]>;
};

/**
 * One poll loop for one service, shared by all of its viewers: DescribeService, ListOperations
 * and the tails of the `events` and current `deployment/<id>` log streams. Fast while an
 * operation runs, slow when stable, backing off (and saying so) when AWS throttles or fails.
 */
export class ServiceWatch implements HubWatch {
  private readonly subscribers = new Set<WatchSubscriber>();
  private readonly streams = new Map<string, StreamState>();
  private latestService: WatchMessage | undefined;
  private latestKey = "";
  private operations: WireOperation[] = [];
  private health: WatchMessage | undefined;
  private healthState: WatchHealth["state"] = "ok";
  private deploymentStream: string | undefined;
  private deploymentSettled = false;
  private active = true;
  private activeUntil = 0;
  private failures = 0;
  private started = false;
  private stopped = false;
  private polling = false;
  private pollAgain = false;
  private timer: TimerHandle | undefined;
  private lingerTimer: TimerHandle | undefined;
  private answered: (answer: FirstAnswer) => void = () => {};
  private readonly first: Promise<FirstAnswer>;

  constructor(
    readonly arn: string,
    private readonly deps: ServiceWatchDeps,
  ) {
    this.first = new Promise((resolve) => (this.answered = resolve));
  }

  /** Resolves once the first poll has answered (at once if it already has). */
  firstAnswer(): Promise<FirstAnswer> {
    return this.first;
  }

  /**
   * Starts polling before anyone subscribes, so a stream is only opened for a service that
   * exists. Without a subscriber within the linger, the loop stops again.
   */
  start(): void {
    if (this.started || this.stopped) return;
    this.started = true;
    void this.poll();
    // Counted from the first answer, so a slow App Runner cannot end the loop before it starts.
    void this.first.then(() => {
      if (!this.stopped && this.subscribers.size === 0 && this.lingerTimer === undefined)
        this.armLinger();
    });
  }

  get viewerCount(): number {
    return this.subscribers.size;
  }

  get isStopped(): boolean {
    return this.stopped;
  }

  add(subscriber: WatchSubscriber, lastEventId: number | undefined): void {
    if (this.lingerTimer !== undefined) {
      this.deps.clock.clearTimeout(this.lingerTimer);
      this.lingerTimer = undefined;
    }
    this.subscribers.add(subscriber);
    this.replay(subscriber, lastEventId);
    if (!this.started) {
      this.started = true;
      void this.poll();
    }
  }

  remove(subscriber: WatchSubscriber): void {
    if (!this.subscribers.delete(subscriber) || this.subscribers.size > 0) return;
    this.armLinger();
  }

  private armLinger(): void {
    if (this.lingerTimer !== undefined) this.deps.clock.clearTimeout(this.lingerTimer);
    this.lingerTimer = this.deps.clock.setTimeout(() => this.stop(), this.deps.options.lingerMs);
  }

  /** Poll now and keep polling fast for a while: someone just acted on the service. */
  nudge(): void {
    if (this.stopped) return;
    this.activeUntil = this.deps.clock.now() + this.deps.options.nudgeActiveMs;
    if (this.polling) {
      this.pollAgain = true;
      return;
    }
    if (this.timer !== undefined) this.deps.clock.clearTimeout(this.timer);
    this.timer = undefined;
    void this.poll();
  }

  /**
   * Before the first poll: takes over from a loop that ran elsewhere. An unchanged state and
   * lines already published are not published again.
   */
  seed({ snapshot, healthState, logs }: WatchSeed): void {
    if (snapshot) {
      this.latestKey = JSON.stringify([snapshot.service, snapshot.operations]);
      this.operations = snapshot.operations;
    }
    if (healthState) this.healthState = healthState;
    for (const [name, lines] of logs) {
      const stream = this.streamState(name);
      for (const line of lines) stream.dedupe.accept(line);
    }
  }

  /** The latest snapshot, if the loop has one. */
  snapshot(): ServiceSnapshot | undefined {
    return this.latestService && (JSON.parse(this.latestService.data) as ServiceSnapshot);
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    if (this.timer !== undefined) this.deps.clock.clearTimeout(this.timer);
    if (this.lingerTimer !== undefined) this.deps.clock.clearTimeout(this.lingerTimer);
    this.timer = this.lingerTimer = undefined;
    const subscribers = [...this.subscribers];
    this.subscribers.clear();
    this.answered("unknown");
    this.deps.onStop();
    for (const subscriber of subscribers) subscriber.close?.();
  }

  /**
   * What a (re)connecting viewer needs: the current state, any non-ok health, and the log lines
   * it has not seen. An id this process never issued (another server process, or older than the
   * ring) means "unknown": then every kept line is sent and the browser drops duplicates.
   */
  private replay(subscriber: WatchSubscriber, lastEventId: number | undefined): void {
    const messages: WatchMessage[] = [];
    if (this.latestService) messages.push(this.latestService);
    if (this.health && this.healthState !== "ok") messages.push(this.health);
    for (const stream of this.streams.values()) {
      const oldest = stream.ring[0]?.id;
      const known =
        lastEventId !== undefined &&
        oldest !== undefined &&
        lastEventId >= oldest - 1 &&
        lastEventId <= this.lastIssued;
      for (const message of stream.ring) {
        if (!known || message.id > lastEventId!) messages.push(message);
      }
    }
    messages.sort((a, b) => a.id - b.id);
    for (const message of messages) subscriber.send(message);
  }

  private lastIssued = 0;

  private message(event: WatchMessage["event"], body: unknown): WatchMessage {
    const id = this.deps.nextId();
    this.lastIssued = id;
    return watchMessage(id, event, body);
  }

  private broadcast(message: WatchMessage): void {
    for (const subscriber of this.subscribers) subscriber.send(message);
  }

  private publishSnapshot(service: WireService, operations: WireOperation[]): void {
    const key = JSON.stringify([service, operations]);
    if (key === this.latestKey) return;
    this.latestKey = key;
    const body: ServiceSnapshot = {
      service,
      operations,
      version: snapshotVersion(service, operations),
    };
    this.latestService = this.message("service", body);
    this.broadcast(this.latestService);
    this.recordRevision(body);
  }

  /** Only changed snapshots get here, so a stable service costs the history nothing. */
  private recordRevision(snapshot: ServiceSnapshot): void {
    const record = this.deps.options.recordRevision;
    if (!record) return;
    // The recorder logs its own failures; whatever it throws must not stop the loop.
    Promise.resolve()
      .then(() => record(snapshot))
      .catch(() => {});
  }

  private publishHealth(health: WatchHealth): void {
    // Repeat only "degraded": each one carries a new retry time.
    if (health.state === this.healthState && health.state !== "degraded") return;
    this.healthState = health.state;
    this.health = this.message("status", health);
    this.broadcast(this.health);
  }

  private publishLines(streamName: string, stream: StreamState, lines: LogLine[]): void {
    const fresh = lines.filter((line) => stream.dedupe.accept(line));
    if (fresh.length === 0) return;
    const message = this.message("log", { stream: streamName, lines: fresh });
    stream.ring.push(message);
    stream.ringLines += fresh.length;
    // Keep whole messages; drop the oldest while the rest still hold enough lines.
    while (stream.ring.length > 1) {
      const oldest = stream.ring[0]!;
      const oldestLines = (JSON.parse(oldest.data) as { lines: unknown[] }).lines.length;
      if (stream.ringLines - oldestLines < this.deps.options.ringLines) break;
      stream.ring.shift();
      stream.ringLines -= oldestLines;
    }
    this.broadcast(message);
  }

  private streamState(name: string): StreamState {
    let state = this.streams.get(name);
    if (!state) {
      state = { token: undefined, dedupe: new LogDedupe(), ring: [], ringLines: 0 };
      this.streams.set(name, state);
    }
    return state;
  }

  private async tail(group: string, name: string): Promise<void> {
    const stream = this.streamState(name);
    for (let page = 0; page < this.deps.options.maxLogPagesPerPoll; page++) {
      let result;
      try {
        result = await this.deps.upstream.getLogEvents(group, name, stream.token);
      } catch (error) {
        const kind = toAppRunnerFailure(error).kind;
        // The stream may not exist yet (an operation that has not logged anything).
        if (kind === "not-found") return;
        // A token the server no longer knows (e.g. it restarted): read again from the start;
        // the dedupe keeps viewers from seeing lines twice.
        if ((kind === "invalid-request" || kind === "unknown") && stream.token !== undefined) {
          stream.token = undefined;
          continue;
        }
        throw error;
      }
      if (this.stopped) return;
      this.publishLines(name, stream, result.lines);
      const unchanged = result.nextForwardToken === stream.token;
      if (result.nextForwardToken !== undefined) stream.token = result.nextForwardToken;
      if (unchanged || result.nextForwardToken === undefined) return;
    }
  }

  private async tailLogs(): Promise<void> {
    const group = serviceLogGroup(this.arn);
    if (!group) return;
    await this.tail(group, "events");
    const newest = this.operations[0];
    if (!newest?.Id) return;
    const name = `deployment/${newest.Id}`;
    if (name !== this.deploymentStream) {
      // Only the current operation's log is live; older ones are read on demand.
      if (this.deploymentStream) this.streams.delete(this.deploymentStream);
      this.deploymentStream = name;
      this.deploymentSettled = false;
    }
    if (this.deploymentSettled) return;
    const running = isOperationRunning(newest);
    await this.tail(group, name);
    // One read after the operation ends collects its last lines; then the stream is finished.
    if (!running) this.deploymentSettled = true;
  }

  private async poll(): Promise<void> {
    if (this.stopped) return;
    this.polling = true;
    this.timer = undefined;
    const { options, clock } = this.deps;
    const startedAt = clock.now();
    let delay: number;
    try {
      const [service, operations] = await Promise.all([
        this.deps.upstream.describeService(this.arn),
        this.deps.upstream.listOperations(this.arn).catch((error: unknown) => {
          // A deleted service may keep describing while its operations are gone.
          if (toAppRunnerFailure(error).kind === "not-found") return this.operations;
          throw error;
        }),
      ]);
      if (this.stopped) return;
      this.operations = operations;
      this.publishSnapshot(service, operations);
      // The service exists: a viewer waiting to subscribe need not wait for the logs too.
      this.answered("found");
      await this.tailLogs();
      if (this.stopped) return;
      this.failures = 0;
      this.publishHealth({ state: "ok" });
      this.active =
        service.Status === "OPERATION_IN_PROGRESS" ||
        isOperationRunning(operations[0]) ||
        clock.now() < this.activeUntil;
      // The period runs from poll start to poll start, so slow answers do not stretch it.
      const period = this.active ? options.activeIntervalMs : options.idleIntervalMs;
      delay = Math.max(0, period - (clock.now() - startedAt));
    } catch (error) {
      if (this.stopped) return;
      const failure = toAppRunnerFailure(error);
      const normal = this.active ? options.activeIntervalMs : options.idleIntervalMs;
      if (failure.kind === "not-found") {
        // Nothing more will come: polling on would only cost upstream calls (a made-up ARN
        // would otherwise keep a loop alive for as long as someone holds its stream open).
        this.publishHealth({ state: "gone", reason: failure.message });
        this.answered("gone");
        this.deps.onGone();
        this.stop();
        return;
      }
      this.failures += 1;
      delay = backoffDelay(this.failures, backoffFor(normal, options), this.deps.random);
      this.publishHealth({ state: "degraded", reason: failure.message, retryInMs: delay });
      this.answered("unknown");
    } finally {
      this.polling = false;
    }
    if (this.stopped) return;
    if (this.pollAgain) {
      this.pollAgain = false;
      delay = 0;
    }
    this.timer = clock.setTimeout(() => void this.poll(), delay);
  }
}
