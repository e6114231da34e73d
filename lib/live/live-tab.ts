import { LastEventIds } from "./last-event-ids";
import { LiveConnection, type Connection, type OpenSource } from "./live-connection";
import type { LiveEvent, LiveRefusal } from "./protocol";
import { SubscriptionTable } from "./subscription-table";

/** What a live view hears about its service. */
export type ViewUpdate =
  | { kind: "message"; event: LiveEvent; id: number; data: unknown }
  | { kind: "connection"; connection: Connection };

export type ViewListener = (update: ViewUpdate) => void;

/** The Web Locks API, as far as it is used here (a fake one in tests). */
export interface LocksLike {
  request(name: string, callback: () => Promise<void>): Promise<unknown>;
}

/** A BroadcastChannel, as far as it is used here. */
export interface ChannelLike {
  postMessage(message: TabMessage): void;
  onmessage: ((event: { data: TabMessage }) => void) | null;
  close(): void;
}

export type LiveTabEnv = {
  /** Absent (an old browser, or a page not served over HTTPS or from localhost): no sharing. */
  locks?: LocksLike;
  channel?: () => ChannelLike;
  openSource: OpenSource;
};

/** What tabs tell each other over the channel. */
export type TabMessage =
  | { type: "subs"; tab: string; arns: string[] }
  | { type: "replay"; arn: string }
  | { type: "bye"; tab: string }
  | { type: "hello" }
  | { type: "msg"; arn: string; event: LiveEvent; id: number; data: unknown }
  | { type: "refused"; refusal: LiveRefusal }
  | { type: "state"; connection: Connection; arns: readonly string[] };

export const LEADER_LOCK = "runnerdeck-live-leader";
export const CHANNEL_NAME = "runnerdeck-live";
/** How often a tab says again what it watches (hidden tabs' timers may run once a minute). */
export const ANNOUNCE_MS = 30_000;
/** A tab silent this long (it crashed without a word) is forgotten by the leader. */
export const FORGET_AFTER_MS = 5 * 60_000;

type Leading = {
  table: SubscriptionTable;
  connection: LiveConnection;
  prune: ReturnType<typeof setInterval>;
};

/**
 * One tab's side of the browser's one live connection. Views subscribe here; one tab (the
 * leader, whoever holds a Web Lock; the next in line takes over when it closes) holds the
 * EventSource for the services of every tab and relays each message over a BroadcastChannel,
 * in the order it came. Without Web Locks or BroadcastChannel the tab streams on its own.
 */
export class LiveTab {
  readonly id: string;
  private readonly views = new Map<string, Set<ViewListener>>();
  private readonly lastIds = new LastEventIds();
  private readonly refused = new Set<string>();
  private readonly channel: ChannelLike | undefined;
  private state: { connection: Connection; arns: readonly string[] } = {
    connection: "connecting",
    arns: [],
  };
  private leading: Leading | undefined;
  private announcer: ReturnType<typeof setInterval> | undefined;
  private release: (() => void) | undefined;
  private closed = false;

  constructor(
    private readonly env: LiveTabEnv,
    id = `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`,
  ) {
    this.id = id;
    const shared = env.locks && env.channel;
    this.channel = shared ? env.channel!() : undefined;
    if (!this.channel || !env.locks) {
      this.lead();
      return;
    }
    this.channel.onmessage = (event) => this.receive(event.data);
    this.queueForLead();
    this.announcer = setInterval(() => this.announce(), ANNOUNCE_MS);
  }

  /** Waits in line for the leader's lock; leads once granted, until released. */
  private queueForLead(): void {
    void this.env.locks!.request(LEADER_LOCK, () => {
      if (this.closed) return Promise.resolve();
      this.lead();
      // Held for the tab's life (the browser lets go when the tab closes), or until frozen.
      return new Promise<void>((resolve) => (this.release = resolve));
    });
  }

  get isLeader(): boolean {
    return this.leading !== undefined;
  }

  /** Starts `listener` on `arn`'s messages (from its current state on); returns the leave. */
  subscribe(arn: string, listener: ViewListener): () => void {
    let listeners = this.views.get(arn);
    const added = !listeners;
    if (!listeners) this.views.set(arn, (listeners = new Set()));
    listeners.add(listener);
    if (added) this.announce();
    // The new view may have missed messages since its page was rendered: send them again.
    this.toLeader({ type: "replay", arn });
    listener({ kind: "connection", connection: this.connectionOf(arn) });
    return () => {
      const set = this.views.get(arn);
      if (!set?.delete(listener) || set.size > 0) return;
      this.views.delete(arn);
      this.announce();
    };
  }

  /**
   * The page is hidden for good or into the back/forward cache (pagehide): the leader forgets
   * this tab's services now rather than later. A leader needs nothing: when its page goes, the
   * browser closes its stream and hands the lock to the next tab.
   */
  hide(): void {
    if (!this.leading) this.channel?.postMessage({ type: "bye", tab: this.id });
  }

  /** Stops taking part (tests; a tab's own ends with its page). Lets the next tab lead. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    if (this.announcer !== undefined) clearInterval(this.announcer);
    if (this.leading) this.stopLeading();
    else this.channel?.postMessage({ type: "bye", tab: this.id });
    this.release?.();
    this.channel?.close();
  }

  /**
   * The page is being frozen (Chromium freezes some hidden tabs, and runs nothing in them until
   * they resume). A frozen leader would keep the one stream while relaying nothing, stalling
   * every other tab: it hands the lead to the next tab in line and queues behind it.
   */
  freeze(): void {
    const release = this.release;
    if (!this.leading || !release) return;
    this.stopLeading();
    this.release = undefined;
    release();
    this.queueForLead();
  }

  /**
   * The tab is back from being frozen or from the back/forward cache: say again what it
   * watches, and have each service's state sent again, as messages may have gone by meanwhile.
   */
  resume(): void {
    this.announce();
    for (const arn of this.views.keys()) this.toLeader({ type: "replay", arn });
  }

  private stopLeading(): void {
    if (!this.leading) return;
    this.leading.connection.close();
    clearInterval(this.leading.prune);
    this.leading = undefined;
  }

  private lead(): void {
    const table = new SubscriptionTable();
    const connection = new LiveConnection(this.env.openSource, this.lastIds, {
      message: (arn, event, id, data) => this.relay({ type: "msg", arn, event, id, data }),
      refused: (refusal) => this.relay({ type: "refused", refusal }),
      state: (connection, arns) => this.relay({ type: "state", connection, arns }),
    });
    const prune = setInterval(() => {
      if (table.prune(Date.now() - FORGET_AFTER_MS, this.id)) connection.want(table.union());
    }, ANNOUNCE_MS);
    this.leading = { table, connection, prune };
    table.set(this.id, [...this.views.keys()], Date.now());
    // Each service is asked for after the last message relayed to this tab: none is missed
    // while the old leader was going, none sent twice.
    connection.want(table.union());
    this.channel?.postMessage({ type: "hello" });
  }

  /** Handles a message from the leader (or, as leader, from another tab). */
  private receive(message: TabMessage): void {
    const leading = this.leading;
    switch (message.type) {
      case "msg":
      case "refused":
      case "state":
        if (!leading) this.deliver(message);
        return;
      case "hello":
        this.announce();
        return;
      case "subs":
        if (!leading) return;
        if (leading.table.set(message.tab, message.arns, Date.now()))
          leading.connection.want(leading.table.union());
        this.channel?.postMessage({ type: "state", ...leading.connection.current() });
        return;
      case "bye":
        if (leading?.table.drop(message.tab)) leading.connection.want(leading.table.union());
        return;
      case "replay":
        leading?.connection.want(leading.table.union(), [message.arn]);
        return;
    }
  }

  /** As leader: to this tab's views, and to every other tab's. */
  private relay(message: TabMessage): void {
    this.deliver(message);
    this.channel?.postMessage(message);
  }

  private toLeader(message: TabMessage): void {
    if (this.leading) this.receive(message);
    else this.channel?.postMessage(message);
  }

  private announce(): void {
    if (this.closed) return;
    this.toLeader({ type: "subs", tab: this.id, arns: [...this.views.keys()] });
  }

  private deliver(message: TabMessage): void {
    if (message.type === "msg") {
      this.lastIds.record(message.arn, message.id);
      const { event, id, data } = message;
      for (const listener of this.views.get(message.arn) ?? [])
        listener({ kind: "message", event, id, data });
      return;
    }
    if (message.type === "refused") this.refused.add(message.refusal.arn);
    if (message.type === "state") {
      this.state = { connection: message.connection, arns: message.arns };
      for (const arn of message.arns) this.refused.delete(arn);
    }
    for (const [arn, listeners] of this.views) {
      const connection = this.connectionOf(arn);
      for (const listener of listeners) listener({ kind: "connection", connection });
    }
  }

  /** A view's state: its service refused means offline (it polls), otherwise the stream's. */
  private connectionOf(arn: string): Connection {
    if (this.refused.has(arn)) return "offline";
    const { connection, arns } = this.state;
    if (connection !== "live") return connection;
    return arns.includes(arn) ? "live" : "connecting";
  }
}
