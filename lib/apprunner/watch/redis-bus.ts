import { randomBytes } from "node:crypto";
import { hostname } from "node:os";

import { createClient } from "redis";

import type { WatchEvent } from "./watch-message";

/**
 * What the watch hubs of several dashboard replicas share through Redis (or Valkey; only commands
 * both have): per service, a lease naming the one replica that polls it, a Stream of every
 * message that replica published (so every replica's viewers get the same messages in the same
 * order, and a reconnecting viewer is replayed what it missed), and the latest `service` and
 * `status` messages (which a long log could trim out of the Stream). A pub/sub channel carries
 * nudges to whichever replica holds the lease.
 */
export type RedisBusOptions = {
  /** How long a lease lasts unless renewed: how soon another replica takes over a dead one's. */
  leaseMs: number;
  /** How often a holder renews (and a replica with viewers tries to take a free lease). */
  renewMs: number;
  /** Messages a service's Stream keeps (approximately: MAXLEN ~). */
  streamLength: number;
  /** How long a service's keys outlive its last message. */
  keepMs: number;
  /** How long one blocking read waits before looking again at which Streams to read. */
  readBlockMs: number;
  /** Prefix of every key and channel. */
  prefix: string;
};

export const DEFAULT_REDIS_BUS_OPTIONS: RedisBusOptions = {
  leaseMs: 3_000,
  renewMs: 1_000,
  streamLength: 1_000,
  keepMs: 10 * 60_000,
  readBlockMs: 500,
  prefix: "runnerdeck:",
};

/** One message as the Stream holds it. `id` is the Stream entry id, e.g. `1767225600000-3`. */
export type BusEntry = { id: string; event: WatchEvent; data: string };

/**
 * The number an entry's SSE `id:` carries: milliseconds × 1000 + sequence, so it increases with
 * the Stream (the sequence within one millisecond stays far below 1000) and stays a safe integer.
 */
export function entryNumber(id: string): number {
  const [ms, seq] = id.split("-");
  return Number(ms) * 1000 + Math.min(Number(seq ?? 0), 999);
}

function connectTo(url: string) {
  return createClient({
    url,
    RESP: 2,
    // While Redis is away a command fails at once rather than waiting to be sent when it is
    // back: a lease renewal sent late would be wrong, and viewers are told without delay.
    disableOfflineQueue: true,
    socket: { reconnectStrategy: (retries) => Math.min(100 * 2 ** retries, 2_000) },
  });
}

type Redis = ReturnType<typeof connectTo>;
type Reader = (entries: BusEntry[]) => void;
type RawEntry = [string, string[]];

/** Publishes only while `ARGV[5]` holds the lease, and keeps the latest service/status beside. */
const PUBLISH = `
if redis.call('GET', KEYS[3]) ~= ARGV[5] then return false end
local id = redis.call('XADD', KEYS[1], 'MAXLEN', '~', ARGV[1], '*', 'event', ARGV[2], 'data', ARGV[3])
if ARGV[2] ~= 'log' then redis.call('HSET', KEYS[2], ARGV[2], id .. '\\n' .. ARGV[3]) end
redis.call('PEXPIRE', KEYS[1], ARGV[4])
redis.call('PEXPIRE', KEYS[2], ARGV[4])
return id`;
const RENEW = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`;
const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;

function toEntry([id, fields]: RawEntry): BusEntry | undefined {
  const get = (name: string) => {
    const i = fields.indexOf(name);
    return i >= 0 && i % 2 === 0 ? fields[i + 1] : undefined;
  };
  const event = get("event");
  const data = get("data");
  if ((event !== "service" && event !== "log" && event !== "status") || data === undefined)
    return undefined;
  return { id, event, data };
}

function latestEntry(event: WatchEvent, raw: string | null): BusEntry | undefined {
  if (raw === null) return undefined;
  const cut = raw.indexOf("\n");
  return cut < 0 ? undefined : { id: raw.slice(0, cut), event, data: raw.slice(cut + 1) };
}

/** The Stream id that sorts first: "which of two is newer". */
export function compareEntryIds(a: string, b: string): number {
  const [am, as] = a.split("-").map(Number);
  const [bm, bs] = b.split("-").map(Number);
  return am! - bm! || (as ?? 0) - (bs ?? 0);
}

let reportedError = "";

/** Logs a Redis failure once per distinct message (never the URL, which may hold a password). */
function report(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  if (message === reportedError) return;
  reportedError = message;
  console.error(`Redis (shared watch hub): ${message}`);
}

export class RedisBus {
  /** This process's name in leases: host, process id, and a random part for a restarted one. */
  readonly replicaId = `${hostname()}/${process.pid}/${randomBytes(4).toString("hex")}`;
  readonly options: RedisBusOptions;
  private readonly client: Redis;
  private readonly reader: Redis;
  private readonly listener: Redis;
  private connected: Promise<void> | undefined;
  private isConnected = false;
  private readonly readers = new Map<string, { from: string; read: Reader }>();
  private readLoop: Promise<void> | undefined;
  private readonly nudgeListeners = new Set<(arn: string) => void>();
  private closed = false;

  constructor(url: string, options: Partial<RedisBusOptions> = {}) {
    this.options = { ...DEFAULT_REDIS_BUS_OPTIONS, ...options };
    this.client = connectTo(url);
    // A blocking XREAD holds its connection, and a subscribed connection can only listen.
    this.reader = this.client.duplicate();
    this.listener = this.client.duplicate();
    for (const client of [this.client, this.reader, this.listener]) client.on("error", report);
  }

  /** Connects the three connections once; later calls wait for the same. */
  ready(): Promise<void> {
    this.connected ??= (async () => {
      await Promise.all([this.client.connect(), this.reader.connect(), this.listener.connect()]);
      await this.listener.subscribe(this.key("nudges"), (text) => {
        const { arn, from } = JSON.parse(text) as { arn: string; from: string };
        if (from === this.replicaId) return;
        for (const listen of this.nudgeListeners) listen(arn);
      });
      this.isConnected = true;
    })();
    return this.connected;
  }

  /**
   * `ready()`, or a failure once a lease's time has gone by: a Redis that was away when this
   * replica started must not hold up a viewer, a list or a submission forever.
   */
  private async answering(): Promise<void> {
    // Once connected (the usual case, on every publish), nothing to wait for.
    if (this.isConnected) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error("Redis did not answer")), this.options.leaseMs);
    });
    try {
      await Promise.race([this.ready(), timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  /** The client for other shared state (submission tokens, the services list). */
  async command(): Promise<Redis> {
    await this.answering();
    return this.client;
  }

  key(...parts: string[]): string {
    return this.options.prefix + parts.join(":");
  }

  private keys(arn: string) {
    return {
      stream: this.key("watch", arn, "stream"),
      latest: this.key("watch", arn, "latest"),
      lease: this.key("watch", arn, "lease"),
    };
  }

  /** The newest `count` messages (oldest first) and the latest service and status messages. */
  async load(
    arn: string,
    count: number,
  ): Promise<{ entries: BusEntry[]; service?: BusEntry; status?: BusEntry }> {
    await this.answering();
    const keys = this.keys(arn);
    const [raw, latest] = await Promise.all([
      this.client.sendCommand<RawEntry[]>([
        "XREVRANGE",
        keys.stream,
        "+",
        "-",
        "COUNT",
        `${count}`,
      ]),
      this.client.sendCommand<(string | null)[]>(["HMGET", keys.latest, "service", "status"]),
    ]);
    const entries = raw
      .map(toEntry)
      .filter((e): e is BusEntry => e !== undefined)
      .reverse();
    return {
      entries,
      service: latestEntry("service", latest[0] ?? null),
      status: latestEntry("status", latest[1] ?? null),
    };
  }

  /** Takes `arn`'s lease if it is free. */
  async acquire(arn: string): Promise<boolean> {
    await this.answering();
    const answer = await this.client.sendCommand<string | null>([
      "SET",
      this.keys(arn).lease,
      this.replicaId,
      "NX",
      "PX",
      `${this.options.leaseMs}`,
    ]);
    return answer === "OK";
  }

  /** Extends the lease if this replica still holds it. */
  async renew(arn: string): Promise<boolean> {
    await this.answering();
    const answer = await this.client.sendCommand([
      "EVAL",
      RENEW,
      "1",
      this.keys(arn).lease,
      this.replicaId,
      `${this.options.leaseMs}`,
    ]);
    return Number(answer) === 1;
  }

  /** Gives the lease up (if held), so a replica that still has viewers takes it at once. */
  async release(arn: string): Promise<void> {
    await this.answering();
    await this.client.sendCommand(["EVAL", RELEASE, "1", this.keys(arn).lease, this.replicaId]);
  }

  /** Who holds `arn`'s lease now (tests, the bench). */
  async holder(arn: string): Promise<string | null> {
    await this.answering();
    return this.client.sendCommand<string | null>(["GET", this.keys(arn).lease]);
  }

  /**
   * Appends a message to `arn`'s Stream, if this replica holds the lease (else nothing is written
   * and the answer is false). Calls from one process reach Redis in the order they are made.
   */
  async publish(arn: string, event: WatchEvent, data: string): Promise<boolean> {
    await this.answering();
    const keys = this.keys(arn);
    const id = await this.client.sendCommand([
      "EVAL",
      PUBLISH,
      "3",
      keys.stream,
      keys.latest,
      keys.lease,
      `${this.options.streamLength}`,
      event,
      data,
      `${this.options.keepMs}`,
      this.replicaId,
    ]);
    return typeof id === "string";
  }

  /** Asks whichever replica holds `arn`'s lease to poll it now. */
  async nudge(arn: string): Promise<void> {
    await this.answering();
    await this.client.sendCommand([
      "PUBLISH",
      this.key("nudges"),
      JSON.stringify({ arn, from: this.replicaId }),
    ]);
  }

  /** `listen` hears other replicas' nudges. */
  onNudge(listen: (arn: string) => void): void {
    this.nudgeListeners.add(listen);
  }

  /** Delivers `arn`'s messages after entry `from` (in order) until `unfollow`. */
  follow(arn: string, from: string, read: Reader): void {
    this.readers.set(arn, { from, read });
    this.readLoop ??= this.readForever().finally(() => (this.readLoop = undefined));
  }

  unfollow(arn: string): void {
    this.readers.delete(arn);
  }

  private async readForever(): Promise<void> {
    await this.ready().catch(report);
    while (!this.closed && this.readers.size > 0) {
      const arns = [...this.readers.keys()];
      const streams = arns.map((arn) => this.keys(arn).stream);
      const ids = arns.map((arn) => this.readers.get(arn)!.from);
      try {
        const answer = await this.reader.sendCommand<[string, RawEntry[]][] | null>([
          "XREAD",
          "COUNT",
          "1000",
          "BLOCK",
          `${this.options.readBlockMs}`,
          "STREAMS",
          ...streams,
          ...ids,
        ]);
        for (const [stream, raw] of answer ?? []) {
          const arn = arns[streams.indexOf(stream)];
          const reader = arn === undefined ? undefined : this.readers.get(arn);
          if (!reader) continue;
          // Followed again during this read: only what comes after where it now starts.
          const fresh = raw.filter(([id]) => compareEntryIds(id, reader.from) > 0);
          if (fresh.length === 0) continue;
          reader.from = fresh[fresh.length - 1]![0];
          reader.read(fresh.map(toEntry).filter((e): e is BusEntry => e !== undefined));
        }
      } catch (error) {
        if (this.closed) return;
        report(error);
        await new Promise((resolve) => setTimeout(resolve, 500));
      }
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    this.readers.clear();
    await Promise.all(
      [this.client, this.reader, this.listener].map(async (client) => {
        try {
          if (client.isOpen) client.destroy();
        } catch {
          // already closed
        }
      }),
    );
  }
}
