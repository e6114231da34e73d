/** Stand-ins for Web Locks, BroadcastChannel and EventSource, for the live-sharing tests. */
import type { SourceLike } from "./live-connection";
import type { ChannelLike, LocksLike, TabMessage } from "./live-tab";
import { parseLiveQuery, type LiveEntry } from "./protocol";

/** One origin's locks: granted in the order asked, each held until its callback's promise ends. */
export class FakeLocks implements LocksLike {
  private readonly queues = new Map<string, (() => void)[]>();
  private readonly held = new Set<string>();

  request(name: string, callback: () => Promise<void>): Promise<unknown> {
    return new Promise((resolve) => {
      const run = () => {
        void callback().then(() => {
          resolve(undefined);
          const next = this.queues.get(name)?.shift();
          if (next) next();
          else this.held.delete(name);
        });
      };
      if (this.held.has(name)) {
        const queue = this.queues.get(name) ?? [];
        queue.push(run);
        this.queues.set(name, queue);
      } else {
        this.held.add(name);
        queueMicrotask(run);
      }
    });
  }
}

/** One origin's channel of one name: a message reaches every other open end, in order. */
export class FakeBroadcast {
  private readonly ends = new Set<ChannelLike>();

  open(): ChannelLike {
    const ends = this.ends;
    const end: ChannelLike = {
      onmessage: null,
      postMessage(message: TabMessage) {
        const copy = structuredClone(message);
        for (const other of ends)
          if (other !== end) queueMicrotask(() => other.onmessage?.({ data: copy }));
      },
      close() {
        ends.delete(end);
      },
    };
    ends.add(end);
    return end;
  }
}

type Listener = (event: { data: string }) => void;

export class FakeSource implements SourceLike {
  onopen: (() => void) | null = null;
  onerror: (() => void) | null = null;
  closed = false;
  private readonly listeners = new Map<string, Listener[]>();

  constructor(readonly url: string) {}

  /** The services the stream was opened for, with their last event ids. */
  get entries(): LiveEntry[] {
    return parseLiveQuery(new URL(this.url, "http://x").searchParams);
  }

  addEventListener(type: string, listener: Listener): void {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }

  close(): void {
    this.closed = true;
  }

  open(): void {
    this.onopen?.();
  }

  fail(): void {
    this.onerror?.();
  }

  send(event: string, data: unknown): void {
    if (this.closed) throw new Error("sent on a closed source");
    for (const listener of this.listeners.get(event) ?? [])
      listener({ data: JSON.stringify(data) });
  }

  /** A service's message, as the route wraps it. */
  message(arn: string, id: number, event = "service", data: unknown = { id }): void {
    this.send(event, { arn, id, data });
  }
}

/** Every source opened, newest last. */
export function sourceFactory() {
  const sources: FakeSource[] = [];
  return {
    sources,
    open: (url: string) => {
      const source = new FakeSource(url);
      sources.push(source);
      return source;
    },
    /** The open ones. */
    live: () => sources.filter((s) => !s.closed),
  };
}
