import { afterEach, describe, expect, it } from "vitest";

import { FakeClock } from "@/lib/apprunner/watch/testing/fake-clock";
import { FakeUpstream } from "@/lib/apprunner/watch/testing/fake-upstream";
import type { WatchMessage } from "@/lib/apprunner/watch/watch-message";
import { WatchHub } from "@/lib/apprunner/watch/watch-hub";
import type { LogBatch, ServiceSnapshot, WatchHealth } from "@/lib/apprunner/watch/wire";

const ARN =
  "arn:aws:apprunner:us-east-1:123456789012:service/web-app/0123456789abcdef0123456789abcdef";
const OPTIONS = { activeIntervalMs: 1_000, idleIntervalMs: 12_000, lingerMs: 5_000 };

class Viewer {
  readonly messages: WatchMessage[] = [];
  send(message: WatchMessage): void {
    this.messages.push(message);
  }
  of<T>(event: WatchMessage["event"]): T[] {
    return this.messages.filter((m) => m.event === event).map((m) => JSON.parse(m.data) as T);
  }
  get statuses(): string[] {
    return this.of<ServiceSnapshot>("service").map((s) => s.service.Status!);
  }
  get lines(): string[] {
    return this.of<LogBatch>("log").flatMap((b) => b.lines.map((l) => l.message));
  }
  get lastId(): number {
    return this.messages.at(-1)!.id;
  }
}

function setup(status: "RUNNING" | "OPERATION_IN_PROGRESS" = "RUNNING") {
  const clock = new FakeClock();
  const upstream = new FakeUpstream(ARN, status);
  const hub = new WatchHub({ upstream, clock, options: OPTIONS, random: () => 0.5 });
  hubs.push(hub);
  return { clock, upstream, hub };
}

function startOperation(upstream: FakeUpstream, clock: FakeClock): void {
  const at = new Date(clock.now()).toISOString();
  upstream.service.Status = "OPERATION_IN_PROGRESS";
  upstream.service.UpdatedAt = at;
  upstream.operations = [
    { Id: "op-1", Type: "START_DEPLOYMENT", Status: "IN_PROGRESS", StartedAt: at, UpdatedAt: at },
  ];
}

function finishOperation(upstream: FakeUpstream, clock: FakeClock): void {
  const at = new Date(clock.now()).toISOString();
  upstream.service.Status = "RUNNING";
  upstream.service.UpdatedAt = at;
  upstream.operations = [
    { ...upstream.operations[0]!, Status: "SUCCEEDED", EndedAt: at, UpdatedAt: at },
  ];
}

const hubs: WatchHub[] = [];
afterEach(() => {
  for (const hub of hubs.splice(0)) hub.close();
});

describe("watch hub: sharing", () => {
  it("makes the same upstream calls for 100 viewers as for 1", async () => {
    async function callsFor(viewers: number) {
      const { clock, upstream, hub } = setup();
      startOperation(upstream, clock);
      const all = Array.from({ length: viewers }, () => new Viewer());
      for (const viewer of all) hub.subscribe(ARN, viewer);
      await clock.advance(30_000);
      return { calls: { ...upstream.calls }, all };
    }
    const one = await callsFor(1);
    const hundred = await callsFor(100);
    expect(one.calls.describeService).toBeGreaterThanOrEqual(25);
    expect(hundred.calls).toEqual(one.calls);
    // Every viewer got the service's state.
    for (const viewer of hundred.all) expect(viewer.statuses).toEqual(["OPERATION_IN_PROGRESS"]);
  });

  it("delivers the end of an operation to every viewer within one fast poll", async () => {
    const { clock, upstream, hub } = setup();
    startOperation(upstream, clock);
    const viewers = [new Viewer(), new Viewer(), new Viewer()];
    for (const viewer of viewers) hub.subscribe(ARN, viewer);
    await clock.advance(3_000);
    finishOperation(upstream, clock);
    await clock.advance(1_000);
    for (const viewer of viewers)
      expect(viewer.statuses).toEqual(["OPERATION_IN_PROGRESS", "RUNNING"]);
  });

  it("gives a late viewer the current state at once, without an extra upstream call", async () => {
    const { clock, upstream, hub } = setup();
    hub.subscribe(ARN, new Viewer());
    await clock.advance(1);
    const before = upstream.calls.describeService;
    const late = new Viewer();
    hub.subscribe(ARN, late);
    expect(late.statuses).toEqual(["RUNNING"]);
    expect(upstream.calls.describeService).toBe(before);
  });
});

describe("watch hub: cadence", () => {
  it("polls about every second during an operation and every 12 s when stable", async () => {
    const { clock, upstream, hub } = setup();
    hub.subscribe(ARN, new Viewer());
    await clock.advance(60_000);
    const stable = upstream.calls.describeService;
    expect(stable).toBeGreaterThanOrEqual(5);
    expect(stable).toBeLessThanOrEqual(6);

    startOperation(upstream, clock);
    await clock.advance(12_000); // the slow poll notices the operation
    const before = upstream.calls.describeService;
    await clock.advance(10_000);
    expect(upstream.calls.describeService - before).toBe(10);
  });

  it("keeps the period from poll start to poll start when App Runner answers slowly", async () => {
    const { clock, upstream, hub } = setup();
    startOperation(upstream, clock);
    const describe = upstream.describeService.bind(upstream);
    const starts: number[] = [];
    upstream.describeService = async (arn: string) => {
      starts.push(clock.now());
      await new Promise<void>((resolve) => clock.setTimeout(resolve, 300));
      return describe(arn);
    };
    hub.subscribe(ARN, new Viewer());
    const t0 = clock.now();
    await clock.advance(5_000);
    // Each answer takes 300 ms, yet polls still start a second apart.
    expect(starts.map((t) => t - t0)).toEqual([0, 1_000, 2_000, 3_000, 4_000, 5_000]);
  });

  it("polls at once and then fast after a nudge (an action taken from the dashboard)", async () => {
    const { clock, upstream, hub } = setup();
    const viewer = new Viewer();
    hub.subscribe(ARN, viewer);
    await clock.advance(1);
    startOperation(upstream, clock);
    hub.nudge(ARN);
    await clock.advance(1);
    expect(viewer.statuses).toEqual(["RUNNING", "OPERATION_IN_PROGRESS"]);
  });
});

describe("watch hub: back-off", () => {
  it("backs off exponentially on throttling, tells viewers it is degraded, then recovers", async () => {
    const { clock, upstream, hub } = setup("OPERATION_IN_PROGRESS");
    startOperation(upstream, clock);
    const viewer = new Viewer();
    hub.subscribe(ARN, viewer);
    await clock.advance(1);
    upstream.fail("throttle", 4);
    const times: number[] = [];
    const describe = upstream.describeService.bind(upstream);
    upstream.describeService = async (arn: string) => {
      times.push(clock.now());
      return describe(arn);
    };
    await clock.advance(60_000);
    const gaps = times.slice(1, 6).map((t, i) => t - times[i]!);
    // With random() = 0.5 the jitter sits at 3/4 of each ceiling: 0.75, 1.5, 3, 6 s, then normal.
    expect(gaps).toEqual([750, 1_500, 3_000, 6_000, 1_000]);
    const health = viewer.of<WatchHealth>("status");
    expect(health.map((h) => h.state)).toEqual([
      "degraded",
      "degraded",
      "degraded",
      "degraded",
      "ok",
    ]);
    expect(health[0]).toMatchObject({ state: "degraded", retryInMs: 750 });
    expect((health[0] as { reason: string }).reason).toMatch(/throttling/i);
  });

  it("backs off on server errors too, and never polls faster than normal while degraded", async () => {
    const { clock, upstream, hub } = setup();
    hub.subscribe(ARN, new Viewer());
    await clock.advance(1);
    upstream.fail("server", 3);
    const before = upstream.calls.describeService;
    await clock.advance(12_000 + 9_000 + 18_000 - 1);
    // 12 s normal, then 9 s and 18 s (3/4 of 12 and 24): exactly three failing calls so far.
    expect(upstream.calls.describeService - before).toBe(3);
  });

  it("tells viewers when the service no longer exists", async () => {
    const { clock, upstream, hub } = setup();
    const viewer = new Viewer();
    hub.subscribe(ARN, viewer);
    await clock.advance(1);
    upstream.fail("not-found", 100);
    await clock.advance(12_000);
    expect(viewer.of<WatchHealth>("status")).toEqual([expect.objectContaining({ state: "gone" })]);
  });
});

describe("watch hub: viewers leaving", () => {
  it("stops polling once the last viewer has left (after a short linger)", async () => {
    const { clock, upstream, hub } = setup();
    startOperation(upstream, clock);
    const leaveA = hub.subscribe(ARN, new Viewer());
    const leaveB = hub.subscribe(ARN, new Viewer());
    await clock.advance(5_000);
    leaveA();
    await clock.advance(5_000);
    expect(hub.stats()).toEqual({ services: 1, viewers: 1 });
    leaveB();
    await clock.advance(5_000);
    expect(hub.stats()).toEqual({ services: 0, viewers: 0 });
    const after = upstream.calls.describeService;
    await clock.advance(120_000);
    expect(upstream.calls.describeService).toBe(after);
    expect(clock.pendingTimers).toBe(0);
  });

  it("keeps the loop when a viewer comes back within the linger", async () => {
    const { clock, upstream, hub } = setup();
    startOperation(upstream, clock);
    const leave = hub.subscribe(ARN, new Viewer());
    await clock.advance(2_000);
    leave();
    await clock.advance(2_000);
    const back = new Viewer();
    hub.subscribe(ARN, back);
    await clock.advance(10_000);
    expect(hub.stats()).toEqual({ services: 1, viewers: 1 });
    expect(back.statuses).toEqual(["OPERATION_IN_PROGRESS"]);
  });
});

describe("watch hub: logs and Last-Event-ID", () => {
  it("tails the events stream and the current deployment log, each line once", async () => {
    const { clock, upstream, hub } = setup();
    startOperation(upstream, clock);
    upstream.log("events", { timestamp: 1, message: "Deployment started." });
    const viewer = new Viewer();
    hub.subscribe(ARN, viewer);
    await clock.advance(2_000);
    upstream.log("events", { timestamp: 2, message: "Successfully pulled image from ECR." });
    upstream.log("deployment/op-1", { timestamp: 2, message: "[AppRunner] Pulling image." });
    await clock.advance(2_000);
    expect(viewer.lines).toEqual([
      "Deployment started.",
      "Successfully pulled image from ECR.",
      "[AppRunner] Pulling image.",
    ]);
    const streams = viewer.of<LogBatch>("log").map((b) => b.stream);
    expect(streams).toEqual(["events", "events", "deployment/op-1"]);
  });

  it("reads every page of a long log", async () => {
    const { clock, upstream, hub } = setup();
    upstream.pageSize = 10;
    for (let i = 0; i < 35; i++) upstream.log("events", { timestamp: i, message: `line ${i}` });
    const viewer = new Viewer();
    hub.subscribe(ARN, viewer);
    await clock.advance(1);
    expect(viewer.lines).toHaveLength(35);
  });

  it("gives a reconnecting viewer the current state and only the lines it missed", async () => {
    const { clock, upstream, hub } = setup();
    startOperation(upstream, clock);
    upstream.log("events", { timestamp: 1, message: "one" });
    hub.subscribe(ARN, new Viewer()); // keeps the loop alive
    const first = new Viewer();
    const leave = hub.subscribe(ARN, first);
    await clock.advance(1_000);
    const lastSeen = first.lastId;
    leave();
    upstream.log("events", { timestamp: 2, message: "two" }, { timestamp: 3, message: "three" });
    finishOperation(upstream, clock);
    await clock.advance(3_000);

    const again = new Viewer();
    hub.subscribe(ARN, again, lastSeen);
    expect(again.statuses).toEqual(["RUNNING"]);
    expect(again.lines).toEqual(["two", "three"]);
    const ids = again.messages.map((m) => m.id);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    expect(Math.min(...ids)).toBeGreaterThan(lastSeen);
  });

  it("sends every kept line when the Last-Event-ID is one it never issued", async () => {
    const { clock, upstream, hub } = setup();
    upstream.log("events", { timestamp: 1, message: "one" }, { timestamp: 2, message: "two" });
    hub.subscribe(ARN, new Viewer());
    await clock.advance(1);
    const stranger = new Viewer();
    hub.subscribe(ARN, stranger, 42);
    expect(stranger.lines).toEqual(["one", "two"]);
  });

  it("issues ids that only go up, across loops that stop and start again", async () => {
    const { clock, upstream, hub } = setup();
    const a = new Viewer();
    const leave = hub.subscribe(ARN, a);
    await clock.advance(1);
    leave();
    await clock.advance(10_000);
    expect(hub.stats().services).toBe(0);
    upstream.service.Status = "PAUSED";
    const b = new Viewer();
    hub.subscribe(ARN, b);
    await clock.advance(1);
    expect(b.messages[0]!.id).toBeGreaterThan(a.lastId);
  });
});
