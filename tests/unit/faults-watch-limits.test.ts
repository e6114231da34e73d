import { afterEach, describe, expect, it } from "vitest";

import { FakeClock } from "@/lib/apprunner/watch/testing/fake-clock";
import { FakeUpstream } from "@/lib/apprunner/watch/testing/fake-upstream";
import type { WatchMessage } from "@/lib/apprunner/watch/watch-message";
import { WatchHub } from "@/lib/apprunner/watch/watch-hub";
import type { WatchHealth } from "@/lib/apprunner/watch/wire";

const ACCOUNT = "arn:aws:apprunner:us-east-1:123456789012:service";
const arnOf = (i: number) => `${ACCOUNT}/svc-${i}/${i.toString(16).padStart(32, "0")}`;
const ARN = arnOf(0);
const LIMITS = {
  idleIntervalMs: 12_000,
  lingerMs: 5_000,
  streamsPerViewer: 3,
  servicesPerViewer: 4,
  serviceWindowMs: 60_000,
  maxLoops: 6,
  maxStreams: 10,
  goneMemoryMs: 60_000,
};

class Viewer {
  readonly messages: WatchMessage[] = [];
  closed = false;
  send(message: WatchMessage): void {
    this.messages.push(message);
  }
  close(): void {
    this.closed = true;
  }
}

const hubs: WatchHub[] = [];
afterEach(() => {
  for (const hub of hubs.splice(0)) hub.close();
});

function setup() {
  const clock = new FakeClock();
  const upstream = new FakeUpstream(ARN);
  const hub = new WatchHub({ upstream, clock, options: LIMITS, random: () => 0.5 });
  hubs.push(hub);
  return { clock, upstream, hub };
}

/** Opens a stream and subscribes, as the route does; returns the leave function or the refusal. */
async function watch(hub: WatchHub, arn: string, viewer = "alice", alone = false) {
  const opened = await hub.open(arn, viewer, alone);
  if (!opened.ok) return opened;
  const v = new Viewer();
  return { ok: true as const, viewer: v, leave: opened.subscribe(v) };
}

describe("live stream: only services that exist", () => {
  it("answers a service App Runner doesn't know as gone after one read, and runs no loop", async () => {
    const { clock, upstream, hub } = setup();
    upstream.fail("not-found", 1);
    const opened = await hub.open(ARN, "alice");
    expect(opened).toMatchObject({ ok: false, reason: "gone" });
    expect(upstream.calls.describeService).toBe(1);
    await clock.advance(120_000);
    expect(upstream.calls.describeService).toBe(1);
    expect(hub.stats()).toEqual({ services: 0, viewers: 0 });
    expect(clock.pendingTimers).toBe(0);
  });

  it("remembers a gone service: asking again within a minute costs no call", async () => {
    const { clock, upstream, hub } = setup();
    upstream.fail("not-found", 1);
    await hub.open(ARN, "alice");
    await clock.advance(30_000);
    expect(await hub.open(ARN, "bob")).toMatchObject({ ok: false, reason: "gone" });
    expect(upstream.calls.describeService).toBe(1);
    await clock.advance(31_000);
    // A minute on, App Runner is asked again (the name and id could not come back, but a
    // wrong not-found must not stick forever).
    expect(await watch(hub, ARN, "bob")).toMatchObject({ ok: true });
    expect(upstream.calls.describeService).toBe(2);
  });

  it("ends the loop at once when a watched service disappears, and ends its streams", async () => {
    const { clock, upstream, hub } = setup();
    const opened = await watch(hub, ARN);
    if (!opened.ok) throw new Error("refused");
    upstream.fail("not-found", 100);
    await clock.advance(12_000);
    const statuses = opened.viewer.messages
      .filter((m) => m.event === "status")
      .map((m) => (JSON.parse(m.data) as WatchHealth).state);
    expect(statuses).toEqual(["gone"]);
    expect(opened.viewer.closed).toBe(true);
    const calls = upstream.calls.describeService;
    await clock.advance(120_000);
    expect(upstream.calls.describeService).toBe(calls);
    expect(hub.stats()).toEqual({ services: 0, viewers: 0 });
  });

  it("opens a stream when App Runner can't say (throttled): the viewer sees it degraded", async () => {
    const { upstream, hub } = setup();
    upstream.fail("throttle", 1);
    const opened = await watch(hub, ARN);
    expect(opened).toMatchObject({ ok: true });
  });
});

describe("live stream: caps per viewer and for the server", () => {
  it("refuses a viewer's stream beyond their open-stream cap, not another viewer's", async () => {
    const { hub } = setup();
    for (let i = 0; i < LIMITS.streamsPerViewer; i++)
      expect(await watch(hub, ARN)).toMatchObject({ ok: true });
    expect(await hub.open(ARN, "alice")).toMatchObject({
      ok: false,
      reason: "too-many-streams",
      message: expect.stringMatching(/close some pages/),
    });
    expect(await watch(hub, ARN, "bob")).toMatchObject({ ok: true });
  });

  it("caps the distinct services a viewer asks about in a minute, made-up ones too", async () => {
    const { clock, upstream, hub } = setup();
    upstream.fail("not-found", LIMITS.servicesPerViewer);
    for (let i = 1; i <= LIMITS.servicesPerViewer; i++)
      expect(await hub.open(arnOf(i), "mallory")).toMatchObject({ reason: "gone" });
    const calls = upstream.calls.describeService;
    for (let i = 100; i < 200; i++)
      expect(await hub.open(arnOf(i), "mallory")).toMatchObject({
        ok: false,
        reason: "too-many-services",
      });
    expect(upstream.calls.describeService).toBe(calls);
    // Someone else is not held up by it; and the viewer may go on after the window.
    expect(await watch(hub, arnOf(300), "alice")).toMatchObject({ ok: true });
    await clock.advance(LIMITS.serviceWindowMs);
    expect(await watch(hub, arnOf(400), "mallory")).toMatchObject({ ok: true });
  });

  it("keeps counting a service while its stream is open, and for a minute after it closes", async () => {
    const { clock, hub } = setup();
    for (let i = 1; i <= LIMITS.servicesPerViewer - 1; i++) {
      const opened = await watch(hub, arnOf(i));
      if (opened.ok) opened.leave();
    }
    const last = await watch(hub, arnOf(10));
    if (!last.ok) throw new Error("refused");
    // The same service again is no new one.
    expect(await watch(hub, arnOf(10))).toMatchObject({ ok: true });
    last.leave();
    await clock.advance(LIMITS.serviceWindowMs - 1);
    expect(await hub.open(arnOf(11), "alice")).toMatchObject({ reason: "too-many-services" });
  });

  it("runs at most maxLoops loops for everyone together", async () => {
    const { hub } = setup();
    for (let i = 1; i <= LIMITS.maxLoops; i++)
      expect(await watch(hub, arnOf(i), `viewer-${i}`)).toMatchObject({ ok: true });
    expect(await hub.open(arnOf(99), "someone-else")).toMatchObject({
      ok: false,
      reason: "server-busy",
    });
    // A service already watched costs no new loop.
    expect(await watch(hub, arnOf(1), "someone-else")).toMatchObject({ ok: true });
  });

  it("frees a viewer's stream slot when the stream ends", async () => {
    const { hub } = setup();
    const opened = [];
    for (let i = 0; i < LIMITS.streamsPerViewer; i++) opened.push(await watch(hub, ARN));
    const first = opened[0];
    if (!first?.ok) throw new Error("refused");
    first.leave();
    first.leave();
    expect(await watch(hub, ARN)).toMatchObject({ ok: true });
    expect(await hub.open(ARN, "alice")).toMatchObject({ reason: "too-many-streams" });
  });

  it("lets the one local person (sign-in off) hold up to the server's streams, not more services", async () => {
    const { hub } = setup();
    for (let i = 0; i < LIMITS.maxStreams; i++)
      expect(await watch(hub, ARN, "local", true)).toMatchObject({ ok: true });
    expect(await hub.open(ARN, "local", true)).toMatchObject({
      ok: false,
      reason: "too-many-streams",
    });
    expect(await hub.open(ARN, "bob")).toMatchObject({ ok: false, reason: "server-busy" });
  });

  it("holds the local person to the distinct-services cap all the same", async () => {
    const { hub } = setup();
    for (let i = 1; i <= LIMITS.servicesPerViewer; i++)
      expect(await watch(hub, arnOf(i), "local", true)).toMatchObject({ ok: true });
    expect(await hub.open(arnOf(99), "local", true)).toMatchObject({
      reason: "too-many-services",
    });
  });
});
