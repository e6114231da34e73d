/**
 * The watch hub shared through a real Redis (started by the test on a free loopback port): two
 * hubs in one process stand for two dashboard replicas pointing at the same Redis and the same
 * App Runner.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

import { sharedServiceList } from "@/lib/apprunner/api/load-service-list";
import { runOnceShared } from "@/lib/apprunner/api/submission-guard";
import { RedisBus } from "@/lib/apprunner/watch/redis-bus";
import { REDIS_AWAY_REASON } from "@/lib/apprunner/watch/shared-watch";
import { FakeUpstream } from "@/lib/apprunner/watch/testing/fake-upstream";
import type { LogPage, WatchUpstream } from "@/lib/apprunner/watch/upstream";
import type { WatchMessage } from "@/lib/apprunner/watch/watch-message";
import { WatchHub } from "@/lib/apprunner/watch/watch-hub";
import type { LogBatch, ServiceSnapshot, WatchHealth } from "@/lib/apprunner/watch/wire";

import { startRedis, type RedisServer } from "../support/redis-server";

const OPTIONS = { activeIntervalMs: 50, idleIntervalMs: 200, lingerMs: 2_000 };
const BUS = { leaseMs: 600, renewMs: 150, readBlockMs: 100 };

let redis: RedisServer;
let arnCount = 0;
const buses: RedisBus[] = [];
const hubs: WatchHub[] = [];

beforeAll(async () => {
  redis = await startRedis();
});
afterAll(async () => {
  await redis?.stop();
});
afterEach(async () => {
  for (const hub of hubs.splice(0)) hub.close();
  await Promise.all(buses.splice(0).map((bus) => bus.close()));
});

function newArn(): string {
  arnCount += 1;
  return `arn:aws:apprunner:us-east-1:123456789012:service/web-${arnCount}/${String(arnCount).padStart(32, "0")}`;
}

/** One replica's view of App Runner: the shared fake, with this replica's own call count. */
class CountingUpstream implements WatchUpstream {
  describeCalls = 0;
  constructor(private readonly fake: FakeUpstream) {}
  describeService(arn: string) {
    this.describeCalls += 1;
    return this.fake.describeService(arn);
  }
  listOperations(arn: string) {
    return this.fake.listOperations(arn);
  }
  getLogEvents(group: string, stream: string, token: string | undefined): Promise<LogPage> {
    return this.fake.getLogEvents(group, stream, token);
  }
}

function replica(fake: FakeUpstream, options = OPTIONS, url = redis.url, busOptions = BUS) {
  const bus = new RedisBus(url, busOptions);
  buses.push(bus);
  const upstream = new CountingUpstream(fake);
  const hub = new WatchHub({ upstream, options, shared: bus });
  hubs.push(hub);
  return { bus, upstream, hub };
}

class Viewer {
  readonly messages: WatchMessage[] = [];
  send(message: WatchMessage): void {
    this.messages.push(message);
  }
  get statuses(): string[] {
    return this.messages
      .filter((m) => m.event === "service")
      .map((m) => (JSON.parse(m.data) as ServiceSnapshot).service.Status!);
  }
  get lines(): string[] {
    return this.messages
      .filter((m) => m.event === "log")
      .flatMap((m) => (JSON.parse(m.data) as LogBatch).lines.map((l) => l.message));
  }
  get ids(): number[] {
    return this.messages.map((m) => m.id);
  }
  get health(): WatchHealth[] {
    return this.messages
      .filter((m) => m.event === "status")
      .map((m) => JSON.parse(m.data) as WatchHealth);
  }
}

async function until(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("timed out");
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

function setStatus(fake: FakeUpstream, status: "RUNNING" | "OPERATION_IN_PROGRESS"): void {
  fake.service.Status = status;
  fake.service.UpdatedAt = new Date().toISOString();
}

function increasing(ids: number[]): boolean {
  return ids.every((id, i) => i === 0 || id > ids[i - 1]!);
}

describe("watch hub shared through Redis", () => {
  it("polls each service from one replica, and every replica's viewers get the same messages in the same order", async () => {
    const arn = newArn();
    const fake = new FakeUpstream(arn, "RUNNING");
    const a = replica(fake);
    const b = replica(fake);
    const onA = new Viewer();
    const onB = new Viewer();
    a.hub.subscribe(arn, onA);
    b.hub.subscribe(arn, onB);
    await until(() => onA.statuses.length > 0 && onB.statuses.length > 0);

    setStatus(fake, "OPERATION_IN_PROGRESS");
    await until(() => onA.statuses.includes("OPERATION_IN_PROGRESS"));
    for (let i = 1; i <= 5; i++) {
      fake.log("events", { timestamp: Date.now() + i, message: `line ${i}` });
      await new Promise((resolve) => setTimeout(resolve, 60));
    }
    setStatus(fake, "RUNNING");
    await until(() => onA.statuses.at(-1) === "RUNNING" && onA.lines.length === 5);
    await until(() => onB.messages.length === onA.messages.length);

    expect(onA.statuses).toEqual(["RUNNING", "OPERATION_IN_PROGRESS", "RUNNING"]);
    expect(onA.lines).toEqual(["line 1", "line 2", "line 3", "line 4", "line 5"]);
    expect(onB.messages.map((m) => m.frame)).toEqual(onA.messages.map((m) => m.frame));
    expect(increasing(onA.ids)).toBe(true);
    // Exactly one replica asked App Runner.
    expect([a.upstream.describeCalls, b.upstream.describeCalls].filter((n) => n > 0)).toHaveLength(
      1,
    );
  });

  it("moves the lease to a replica with viewers when the holder stops renewing; no viewer misses a message", async () => {
    const arn = newArn();
    const fake = new FakeUpstream(arn, "RUNNING");
    const a = replica(fake);
    const onA = new Viewer();
    a.hub.subscribe(arn, onA);
    await until(() => onA.statuses.length > 0);
    expect(await a.bus.holder(arn)).toBe(a.bus.replicaId);

    const b = replica(fake);
    const onB = new Viewer();
    b.hub.subscribe(arn, onB);
    await until(() => onB.statuses.length > 0);
    setStatus(fake, "OPERATION_IN_PROGRESS");
    await until(() => onB.statuses.includes("OPERATION_IN_PROGRESS"));

    // The holder's Redis connections die: it can neither renew nor publish.
    await a.bus.close();
    const diedAt = Date.now();
    await until(() => b.upstream.describeCalls > 0, 5_000);
    expect(await b.bus.holder(arn)).toBe(b.bus.replicaId);
    expect(Date.now() - diedAt).toBeLessThan(BUS.leaseMs + 3 * BUS.renewMs + 1_000);

    fake.log("events", { timestamp: Date.now(), message: "after the takeover" });
    setStatus(fake, "RUNNING");
    await until(() => onB.statuses.at(-1) === "RUNNING" && onB.lines.length === 1);
    expect(onB.statuses).toEqual(["RUNNING", "OPERATION_IN_PROGRESS", "RUNNING"]);
    expect(onB.lines).toEqual(["after the takeover"]);
    expect(increasing(onB.ids)).toBe(true);
  });

  it("hands the lease back when the holder's hub closes (the dashboard told to stop): another replica polls at once", async () => {
    // A lease that would take 5 s to run out: a takeover well before that was handed over.
    const longLease = { ...BUS, leaseMs: 5_000 };
    const arn = newArn();
    const fake = new FakeUpstream(arn, "RUNNING");
    const a = replica(fake, OPTIONS, redis.url, longLease);
    const onA = new Viewer();
    a.hub.subscribe(arn, onA);
    await until(() => onA.statuses.length > 0);
    expect(await a.bus.holder(arn)).toBe(a.bus.replicaId);
    const b = replica(fake, OPTIONS, redis.url, longLease);
    const onB = new Viewer();
    b.hub.subscribe(arn, onB);
    await until(() => onB.statuses.length > 0);
    expect(b.upstream.describeCalls).toBe(0);

    const closedAt = Date.now();
    a.hub.close();
    await until(() => b.upstream.describeCalls > 0, 5_000);
    expect(Date.now() - closedAt).toBeLessThan(2_500);
    expect(await b.bus.holder(arn)).toBe(b.bus.replicaId);
  });

  it("replays, on another replica, exactly what a viewer missed after its Last-Event-ID", async () => {
    const arn = newArn();
    const fake = new FakeUpstream(arn, "OPERATION_IN_PROGRESS");
    const a = replica(fake);
    const b = replica(fake);
    // B watches all along (another viewer of the same service on that replica).
    const always = new Viewer();
    b.hub.subscribe(arn, always);
    const moving = new Viewer();
    const leave = a.hub.subscribe(arn, moving);
    fake.log("events", { timestamp: Date.now(), message: "seen on A" });
    await until(() => moving.lines.length === 1);
    leave();
    const lastEventId = moving.messages.at(-1)!.id;

    fake.log("events", { timestamp: Date.now() + 1, message: "missed 1" });
    await until(() => always.lines.includes("missed 1"));
    setStatus(fake, "RUNNING");
    fake.log("events", { timestamp: Date.now() + 2, message: "missed 2" });
    await until(() => always.lines.includes("missed 2") && always.statuses.at(-1) === "RUNNING");

    const back = new Viewer();
    b.hub.subscribe(arn, back, lastEventId);
    await until(() => back.lines.length === 2);
    expect(back.lines).toEqual(["missed 1", "missed 2"]);
    expect(back.statuses).toEqual(["RUNNING"]);
    // Exactly the messages after the id, as B's own viewer got them.
    const after = always.messages.filter((m) => m.id > lastEventId).map((m) => m.frame);
    expect(back.messages.map((m) => m.frame)).toEqual(after);
  });

  it("replays nothing twice to a viewer whose Last-Event-ID this replica has not read yet", async () => {
    const arn = newArn();
    const fake = new FakeUpstream(arn, "OPERATION_IN_PROGRESS");
    const a = replica(fake);
    const onA = new Viewer();
    a.hub.subscribe(arn, onA);
    await until(() => onA.statuses.length === 1);
    // As if another replica had already sent this viewer a message 1 ms newer.
    const ahead = onA.ids.at(-1)! + 1_000;
    const moved = new Viewer();
    a.hub.subscribe(arn, moved, ahead);
    fake.log("events", { timestamp: Date.now(), message: "next" });
    await until(() => onA.lines.length === 1);
    await until(() => moved.lines.length === 1);
    expect(moved.statuses).toEqual([]);
    expect(moved.ids.every((id) => id > ahead)).toBe(true);
  });

  it("refuses a service App Runner calls not-found on every replica", async () => {
    const arn = newArn();
    const fake = new FakeUpstream(arn, "RUNNING");
    fake.fail("not-found", 100);
    const a = replica(fake);
    const b = replica(fake);
    expect(await a.hub.open(arn, "alice")).toMatchObject({ ok: false, reason: "gone" });
    expect(await b.hub.open(arn, "bob")).toMatchObject({ ok: false, reason: "gone" });
  });

  it("tells viewers when Redis stops answering, and again when it is back, with updates flowing again", async () => {
    // A Redis of this test's own, to stop and start again on the same port.
    let own = await startRedis();
    try {
      const arn = newArn();
      const fake = new FakeUpstream(arn, "RUNNING");
      const a = replica(fake, OPTIONS, own.url);
      const viewer = new Viewer();
      a.hub.subscribe(arn, viewer);
      await until(() => viewer.statuses.length > 0);

      await own.stop();
      await until(() => viewer.health.some((h) => h.state === "degraded"));
      expect(viewer.health.at(-1)).toMatchObject({ state: "degraded", reason: REDIS_AWAY_REASON });
      // A viewer arriving meanwhile is told at once too.
      const late = new Viewer();
      a.hub.subscribe(arn, late);
      await until(() => late.health.some((h) => h.state === "degraded"));

      own = await startRedis(own.port);
      await until(() => viewer.health.at(-1)?.state === "ok");
      setStatus(fake, "OPERATION_IN_PROGRESS");
      await until(() => viewer.statuses.at(-1) === "OPERATION_IN_PROGRESS");
      await until(() => late.statuses.at(-1) === "OPERATION_IN_PROGRESS");
      // Each viewer was told once of each change, not at every failed look at the lease.
      expect(viewer.health.map((h) => h.state)).toEqual(["degraded", "ok"]);
    } finally {
      await own.stop();
    }
  });

  it("tells viewers at once on a replica whose Redis never answered", async () => {
    const arn = newArn();
    const a = replica(new FakeUpstream(arn, "RUNNING"), OPTIONS, await unansweredUrl());
    const viewer = new Viewer();
    a.hub.subscribe(arn, viewer);
    await until(() => viewer.health.some((h) => h.state === "degraded"), 5_000);
    expect(viewer.health.at(-1)).toMatchObject({ reason: REDIS_AWAY_REASON });
  });

  it("carries a nudge to the replica holding the lease", async () => {
    const arn = newArn();
    const fake = new FakeUpstream(arn, "RUNNING");
    const slow = { ...OPTIONS, idleIntervalMs: 60_000 };
    const a = replica(fake, slow);
    const onA = new Viewer();
    a.hub.subscribe(arn, onA);
    await until(() => onA.statuses.length > 0);
    // Stable: A polls only every idle period. B's viewers acted on the service.
    const b = replica(fake, slow);
    b.hub.subscribe(arn, new Viewer());
    await b.bus.ready();
    await new Promise((resolve) => setTimeout(resolve, 300));
    setStatus(fake, "OPERATION_IN_PROGRESS");
    const before = a.upstream.describeCalls;
    b.hub.nudge(arn);
    await until(() => onA.statuses.includes("OPERATION_IN_PROGRESS"), 150);
    expect(a.upstream.describeCalls).toBeGreaterThan(before);
  });
});

/** A Redis URL nobody answers at: a port just found free on loopback. */
async function unansweredUrl(): Promise<string> {
  const { createServer } = await import("node:net");
  const port = await new Promise<number>((resolve) => {
    const probe = createServer().listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
  return `redis://127.0.0.1:${port}`;
}

describe("submission tokens shared through Redis", () => {
  it("with Redis away, goes ahead on its replica rather than refuse the person", async () => {
    const away = new RedisBus(await unansweredUrl(), BUS);
    buses.push(away);
    const create = async () => ({ kind: "created" as const, serviceName: "web", serviceId: "1" });
    expect(await runOnceShared(away, "token-away", create)).toMatchObject({ kind: "created" });
  });

  it("makes one attempt when the same token reaches two replicas; both answer its outcome", async () => {
    const one = new RedisBus(redis.url, BUS);
    const two = new RedisBus(redis.url, BUS);
    buses.push(one, two);
    let attempts = 0;
    const attempt = async () => {
      attempts += 1;
      await new Promise((resolve) => setTimeout(resolve, 300));
      return { kind: "created" as const, serviceName: "web", serviceId: `id-${attempts}` };
    };
    const [first, second] = await Promise.all([
      runOnceShared(one, "token-shared-1", attempt),
      runOnceShared(two, "token-shared-1", attempt),
    ]);
    expect(attempts).toBe(1);
    expect(second).toEqual(first);
    // A later retry, elsewhere, still joins it.
    expect(await runOnceShared(two, "token-shared-1", attempt)).toEqual(first);
    expect(attempts).toBe(1);
  });

  it("forgets a failure that changed nothing, so a retry on another replica goes through", async () => {
    const one = new RedisBus(redis.url, BUS);
    const two = new RedisBus(redis.url, BUS);
    buses.push(one, two);
    const fail = async () => ({ kind: "failed" as const, retryable: true, result: "bad" });
    const create = async () => ({ kind: "created" as const, serviceName: "web", serviceId: "1" });
    expect(await runOnceShared(one, "token-shared-2", fail)).toMatchObject({ kind: "failed" });
    expect(await runOnceShared<{ kind: string }>(two, "token-shared-2", create)).toMatchObject({
      kind: "created",
    });
  });
});

describe("the services list shared through Redis", () => {
  it("walks ListServices once for lists asked of two replicas at once", async () => {
    const one = new RedisBus(redis.url, { ...BUS, prefix: "list-test-1:" });
    const two = new RedisBus(redis.url, { ...BUS, prefix: "list-test-1:" });
    buses.push(one, two);
    let walks = 0;
    const walk = async () => {
      walks += 1;
      await new Promise((resolve) => setTimeout(resolve, 200));
      return { services: [], fetchedAt: new Date().toISOString() };
    };
    const lists = await Promise.all([
      sharedServiceList(one, walk),
      sharedServiceList(two, walk),
      sharedServiceList(two, walk),
    ]);
    expect(walks).toBe(1);
    expect(lists[1]).toEqual(lists[0]);
    expect(lists[2]).toEqual(lists[0]);
    // Older than the sharing window: walked again.
    await new Promise((resolve) => setTimeout(resolve, 1_100));
    await sharedServiceList(one, walk);
    expect(walks).toBe(2);
  });

  it("with Redis away, each replica walks for itself instead of waiting", async () => {
    const away = new RedisBus(await unansweredUrl(), BUS);
    buses.push(away);
    const list = { services: [], fetchedAt: new Date().toISOString() };
    expect(await sharedServiceList(away, async () => list)).toEqual(list);
  });
});
