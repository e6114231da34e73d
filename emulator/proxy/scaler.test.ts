import { describe, expect, it } from "vitest";

import type { InstanceRuntime, RunningInstance } from "./instance-runtime";
import { Scaler } from "./scaler";

const ARN = "arn:aws:apprunner:us-east-1:123456789012:service/web/0123";

/** A runtime whose instances start at once; it records what the scaler asked of it. */
function fakeRuntime(initial: number) {
  let next = 0;
  const running: RunningInstance[] = [];
  const add = () => {
    const instance = { instanceId: `i${next}`, port: 9000 + next, startedAt: next };
    next++;
    running.push(instance);
    return instance;
  };
  for (let i = 0; i < initial; i++) add();
  const runtime: InstanceRuntime = {
    instances: () => [...running],
    addInstance: () => Promise.resolve(add()),
    removeInstance: (_arn, id) => {
      running.splice(
        running.findIndex((r) => r.instanceId === id),
        1,
      );
      return Promise.resolve();
    },
    on: () => runtime,
  };
  return { runtime, running };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe("auto scaling", () => {
  const limits = { maxConcurrency: 1, minSize: 1, maxSize: 3 };

  it("adds instances while requests in flight exceed MaxConcurrency per instance, up to MaxSize", async () => {
    const { runtime, running } = fakeRuntime(1);
    const scaler = new Scaler(runtime, 1_000);
    const leases = [];
    for (let i = 0; i < 5; i++) {
      leases.push(scaler.acquire(ARN, limits, true)!);
      await settle();
    }
    expect(running).toHaveLength(3);
    // New requests went to the new instances as they came up.
    expect(new Set(leases.map((l) => l.instanceId)).size).toBe(3);
    for (const lease of leases) lease.release();
    expect(scaler.inFlight(ARN)).toBe(0);
  });

  it("sends a trickle to the oldest instance and stops idle ones down to MinSize", async () => {
    let now = 0;
    const { runtime, running } = fakeRuntime(3);
    const scaler = new Scaler(runtime, 1_000, undefined, () => now);
    for (let i = 0; i < 3; i++) {
      const lease = scaler.acquire(ARN, limits, true)!;
      expect(lease.instanceId).toBe("i0");
      lease.release();
    }
    now = 999;
    scaler.scaleIn();
    await settle();
    expect(running).toHaveLength(3);
    now = 1_000;
    scaler.scaleIn();
    await settle();
    scaler.scaleIn();
    await settle();
    scaler.scaleIn();
    await settle();
    expect(running.map((r) => r.instanceId)).toEqual(["i0"]);
  });

  it("keeps a busy instance and never scales when told not to (during an operation)", async () => {
    let now = 0;
    const { runtime, running } = fakeRuntime(2);
    const scaler = new Scaler(runtime, 10, undefined, () => now);
    const a = scaler.acquire(ARN, limits, false)!;
    const b = scaler.acquire(ARN, limits, false)!;
    const c = scaler.acquire(ARN, limits, false)!;
    await settle();
    expect(running).toHaveLength(2);
    now = 100;
    scaler.scaleIn();
    await settle();
    expect(running).toHaveLength(2);
    for (const lease of [a, b, c]) lease.release();
  });
});
