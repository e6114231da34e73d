import type { LastEventIds } from "./last-event-ids";
import {
  LIVE_STREAM_PATH,
  MAX_SERVICES_PER_STREAM,
  liveQuery,
  type LiveEnvelope,
  type LiveEvent,
  type LiveRefusal,
} from "./protocol";

export type Connection = "connecting" | "live" | "reconnecting" | "offline";

/** What the leader needs of an EventSource (a fake one in tests). */
export interface SourceLike {
  onopen: (() => void) | null;
  onerror: (() => void) | null;
  addEventListener(type: string, listener: (event: { data: string }) => void): void;
  close(): void;
}

export type OpenSource = (url: string) => SourceLike;

export type LiveConnectionEvents = {
  message(arn: string, event: LiveEvent, id: number, data: unknown): void;
  refused(refusal: LiveRefusal): void;
  /** The stream's state, and the services it carries while live. */
  state(connection: Connection, arns: readonly string[]): void;
};

/** How long views' changes settle before the stream is opened again with the new set. */
export const REOPEN_DEBOUNCE_MS = 150;
/** A stream not open after this long counts as failed (say, stuck behind other connections). */
export const OPEN_TIMEOUT_MS = 10_000;
/** Failures in a row before views are told to poll instead. */
export const ERRORS_BEFORE_OFFLINE = 4;
/** While offline, how often to try the stream again. */
export const STREAM_RETRY_MS = 10_000;

const EVENTS: readonly LiveEvent[] = ["service", "log", "status"];

/**
 * The leader tab's one EventSource on the multi-service stream. It carries the services the
 * views of all tabs want (at most MAX_SERVICES_PER_STREAM); when that set changes it is opened
 * again, after a short settle, asking for each service after its last seen message. A service
 * the server refuses is left out until its retry time; a stream that keeps failing is reported
 * offline (views poll) and tried again now and then.
 */
export class LiveConnection {
  private wanted: readonly string[] = [];
  private readonly replay = new Set<string>();
  /** Refused services → when to ask again. */
  private readonly excluded = new Map<string, number>();
  /** Services over the cap, told so once. */
  private readonly overCap = new Set<string>();
  private source: SourceLike | undefined;
  private carried: readonly string[] = [];
  private connection: Connection = "connecting";
  private errors = 0;
  private reopenTimer: ReturnType<typeof setTimeout> | undefined;
  private openTimer: ReturnType<typeof setTimeout> | undefined;
  private closed = false;

  constructor(
    private readonly openSource: OpenSource,
    private readonly lastIds: LastEventIds,
    private readonly events: LiveConnectionEvents,
  ) {}

  /** The services wanted now; `replay`: those whose new views need their state sent again. */
  want(arns: readonly string[], replay: Iterable<string> = []): void {
    this.wanted = arns;
    for (const arn of replay) this.replay.add(arn);
    for (const arn of this.overCap) if (!arns.includes(arn)) this.overCap.delete(arn);
    this.schedule(REOPEN_DEBOUNCE_MS);
  }

  /** The state as last reported, for a tab that has just announced itself. */
  current(): { connection: Connection; arns: readonly string[] } {
    return { connection: this.connection, arns: this.connection === "live" ? this.carried : [] };
  }

  close(): void {
    this.closed = true;
    this.shut();
    if (this.reopenTimer !== undefined) clearTimeout(this.reopenTimer);
  }

  private schedule(ms: number): void {
    if (this.closed) return;
    if (this.reopenTimer !== undefined) clearTimeout(this.reopenTimer);
    this.reopenTimer = setTimeout(() => {
      this.reopenTimer = undefined;
      this.reopen();
    }, ms);
  }

  /** The services the stream should carry now, telling views of those over the cap why not. */
  private next(): string[] {
    const now = Date.now();
    const open = this.wanted.filter((arn) => (this.excluded.get(arn) ?? 0) <= now);
    for (const arn of open.slice(MAX_SERVICES_PER_STREAM)) {
      if (this.overCap.has(arn)) continue;
      this.overCap.add(arn);
      this.events.refused({
        arn,
        reason: "too-many-services",
        message: `This browser's live connection already carries ${MAX_SERVICES_PER_STREAM} services.`,
        retryAfterSeconds: 60,
      });
    }
    return open.slice(0, MAX_SERVICES_PER_STREAM);
  }

  private reopen(force = false): void {
    const next = this.next();
    const same =
      this.source !== undefined &&
      next.length === this.carried.length &&
      next.every((arn) => this.carried.includes(arn)) &&
      !next.some((arn) => this.replay.has(arn));
    if (same && !force) return;
    this.shut();
    this.carried = next;
    if (next.length === 0) return;
    const entries = this.lastIds.entries(next, this.replay);
    for (const arn of next) this.replay.delete(arn);
    const source = this.openSource(`${LIVE_STREAM_PATH}?${liveQuery(entries)}`);
    this.source = source;
    this.openTimer = setTimeout(() => source.onerror?.(), OPEN_TIMEOUT_MS);
    source.onopen = () => {
      if (this.openTimer !== undefined) clearTimeout(this.openTimer);
      this.errors = 0;
      this.report("live");
    };
    for (const event of EVENTS)
      source.addEventListener(event, (e) => {
        const { arn, id, data } = JSON.parse(e.data) as LiveEnvelope;
        this.lastIds.record(arn, id);
        this.events.message(arn, event, id, data);
      });
    source.addEventListener("refused", (e) => this.refuse(JSON.parse(e.data) as LiveRefusal));
    source.onerror = () => {
      if (this.source !== source) return;
      this.shut();
      this.errors += 1;
      const offline = this.errors >= ERRORS_BEFORE_OFFLINE;
      this.report(offline ? "offline" : "reconnecting");
      // Opened again by hand, not by EventSource: its Last-Event-ID is one id for all services.
      if (this.reopenTimer !== undefined) clearTimeout(this.reopenTimer);
      this.reopenTimer = setTimeout(
        () => {
          this.reopenTimer = undefined;
          this.reopen(true);
        },
        offline ? STREAM_RETRY_MS : 1_000 * this.errors,
      );
    };
  }

  private refuse(refusal: LiveRefusal): void {
    // A server newer than this page may give a reason or time it doesn't know: then 10 s.
    const retryMs = Math.max(1, Number(refusal.retryAfterSeconds) || 10) * 1_000;
    this.excluded.set(refusal.arn, Date.now() + retryMs);
    this.carried = this.carried.filter((arn) => arn !== refusal.arn);
    this.events.refused(refusal);
    // Back in the stream once its time has come, if anyone still wants it then.
    setTimeout(() => {
      if (this.wanted.includes(refusal.arn)) this.schedule(0);
    }, retryMs);
    if (this.carried.length === 0) this.schedule(0);
    else if (this.connection === "live") this.report("live");
  }

  private report(connection: Connection): void {
    this.connection = connection;
    const { arns } = this.current();
    this.events.state(connection, arns);
  }

  private shut(): void {
    if (this.openTimer !== undefined) clearTimeout(this.openTimer);
    this.openTimer = undefined;
    if (!this.source) return;
    this.source.onopen = this.source.onerror = null;
    this.source.close();
    this.source = undefined;
  }
}
