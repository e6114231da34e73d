import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { REOPEN_DEBOUNCE_MS } from "./live-connection";
import { LiveTab, type ViewUpdate } from "./live-tab";
import { FakeBroadcast, FakeLocks, sourceFactory } from "./testing-fakes";

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

/** One browser origin: its locks, its channel, and every EventSource its tabs open. */
function origin() {
  const locks = new FakeLocks();
  const broadcast = new FakeBroadcast();
  const factory = sourceFactory();
  const tabs: LiveTab[] = [];
  const openTab = () => {
    const tab = new LiveTab({
      locks,
      channel: () => broadcast.open(),
      openSource: factory.open,
    });
    tabs.push(tab);
    return tab;
  };
  return { factory, openTab, tabs };
}

/** A view: what it heard, in order. */
function view(tab: LiveTab, arn: string) {
  const heard: ViewUpdate[] = [];
  const leave = tab.subscribe(arn, (update) => heard.push(update));
  return {
    heard,
    leave,
    ids: () => heard.flatMap((u) => (u.kind === "message" ? [u.id] : [])),
    connection: () => heard.findLast((u) => u.kind === "connection")?.connection,
  };
}

/** Lets channel messages, lock grants and the reopen debounce run. */
const settle = () => vi.advanceTimersByTimeAsync(REOPEN_DEBOUNCE_MS * 2);

describe("LiveTab: one connection for every tab of an origin", () => {
  it("three tabs, three services: one stream; each view hears its own service", async () => {
    const { factory, openTab } = origin();
    const views = ["a", "b", "c"].map((arn) => view(openTab(), arn));
    await settle();

    expect(factory.live()).toHaveLength(1);
    const source = factory.live()[0]!;
    expect(source.entries.map((e) => e.arn).sort()).toEqual(["a", "b", "c"]);
    source.open();
    source.message("b", 1);
    source.message("a", 2);
    source.message("b", 3, "log");
    await settle();
    expect(views.map((v) => v.ids())).toEqual([[2], [1, 3], []]);
    expect(views.map((v) => v.connection())).toEqual(["live", "live", "live"]);
  });

  it("a view that leaves takes its service out of the stream; one that comes gets it replayed", async () => {
    const { factory, openTab } = origin();
    const first = openTab();
    const second = openTab();
    const a = view(first, "a");
    const b = view(second, "b");
    await settle();
    factory.live()[0]!.message("a", 7);
    factory.live()[0]!.message("b", 8);
    await settle();

    b.leave();
    await settle();
    expect(factory.live()[0]!.entries).toEqual([{ arn: "a", lastEventId: 7 }]);

    // A second view of "a", in the other tab: the stream sends "a" from its start again.
    view(second, "a");
    await settle();
    expect(factory.live()[0]!.entries).toEqual([{ arn: "a" }]);
    expect(a.ids()).toEqual([7]);
  });

  it("when the leader tab closes the next takes over, after each service's last message", async () => {
    const { factory, openTab } = origin();
    const leader = openTab();
    const others = [openTab(), openTab()];
    view(leader, "a");
    const b = view(others[0]!, "b");
    const c = view(others[1]!, "c");
    await settle();
    expect(leader.isLeader).toBe(true);
    const first = factory.live()[0]!;
    first.open();
    first.message("a", 1);
    first.message("b", 2);
    first.message("c", 3);
    first.message("b", 4, "log");
    await settle();

    leader.close();
    await settle();
    expect(first.closed).toBe(true);
    expect(others[0]!.isLeader).toBe(true);
    expect(others[1]!.isLeader).toBe(false);
    expect(factory.live()).toHaveLength(1);
    const second = factory.live()[0]!;
    // The closed tab's service is gone; the others continue where they were.
    expect(second.entries.sort((x, y) => x.arn.localeCompare(y.arn))).toEqual([
      { arn: "b", lastEventId: 4 },
      { arn: "c", lastEventId: 3 },
    ]);
    second.open();
    second.message("c", 5);
    second.message("b", 6);
    await settle();
    expect(b.ids()).toEqual([2, 4, 6]);
    expect(c.ids()).toEqual([3, 5]);
    expect(c.connection()).toBe("live");
  });

  it("a follower's view of a refused service goes offline (to poll), the others stay live", async () => {
    const { factory, openTab } = origin();
    const a = view(openTab(), "a");
    const b = view(openTab(), "b");
    await settle();
    const source = factory.live()[0]!;
    source.open();
    source.send("refused", { arn: "b", reason: "gone", message: "no such", retryAfterSeconds: 60 });
    await settle();
    expect(a.connection()).toBe("live");
    expect(b.connection()).toBe("offline");
  });

  it("a hidden follower's services leave the stream at once", async () => {
    const { factory, openTab } = origin();
    view(openTab(), "a");
    const follower = openTab();
    view(follower, "b");
    await settle();
    follower.hide();
    await settle();
    expect(factory.live()[0]!.entries.map((e) => e.arn)).toEqual(["a"]);
  });

  it("without Web Locks or BroadcastChannel, each tab streams on its own", async () => {
    const factory = sourceFactory();
    const tabs = [0, 1].map(() => new LiveTab({ openSource: factory.open }));
    view(tabs[0]!, "a");
    view(tabs[1]!, "b");
    await settle();
    expect(factory.live().map((s) => s.entries.map((e) => e.arn))).toEqual([["a"], ["b"]]);
  });
  it("a leader the browser freezes hands the stream to the next tab, and queues behind it", async () => {
    const { factory, openTab } = origin();
    const first = openTab();
    const second = openTab();
    const a = view(first, "a");
    view(second, "b");
    await settle();
    const old = factory.live()[0]!;
    old.open();
    old.message("b", 1);
    await settle();

    first.freeze();
    await settle();
    expect(old.closed).toBe(true);
    expect([first.isLeader, second.isLeader]).toEqual([false, true]);
    expect(factory.live()).toHaveLength(1);
    expect(factory.live()[0]!.entries).toContainEqual({ arn: "b", lastEventId: 1 });

    // Back from the freeze: its service is sent from its state again, in case it missed some.
    factory.live()[0]!.open();
    first.resume();
    await settle();
    const current = factory.live()[0]!;
    expect(current.entries).toContainEqual({ arn: "a" });
    current.message("a", 5);
    await settle();
    expect(a.ids()).toContain(5);

    // It waited in line: when the new leader's tab closes, it leads again.
    second.close();
    await settle();
    expect(first.isLeader).toBe(true);
  });
});
