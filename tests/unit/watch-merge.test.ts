import { describe, expect, it } from "vitest";

import { MAX_KEPT_LINES, mergeLogLines } from "@/lib/apprunner/watch/merge-log-lines";
import { newerSnapshot } from "@/lib/apprunner/watch/merge-snapshot";
import {
  snapshotVersion,
  type ServiceSnapshot,
  type WireOperation,
  type WireService,
} from "@/lib/apprunner/watch/wire";

function snapshot(status: string, updatedAt: string, endedAt?: string): ServiceSnapshot {
  const service = { ServiceName: "web", Status: status, UpdatedAt: updatedAt } as WireService;
  const operations: WireOperation[] = [
    {
      Id: "op",
      Status: endedAt ? ("SUCCEEDED" as const) : ("IN_PROGRESS" as const),
      StartedAt: "2026-01-01T00:00:00Z",
      EndedAt: endedAt,
      UpdatedAt: endedAt ?? updatedAt,
    },
  ];
  return { service, operations, version: snapshotVersion(service, operations) };
}

describe("the browser never shows an older state after a newer one", () => {
  const inProgress = snapshot("OPERATION_IN_PROGRESS", "2026-01-01T00:00:01Z");
  const running = snapshot("RUNNING", "2026-01-01T00:00:09Z", "2026-01-01T00:00:09Z");

  it("takes a newer state", () => {
    expect(newerSnapshot(inProgress, running).service.Status).toBe("RUNNING");
  });

  it("keeps the newer state when an older one arrives late (a slow poll, a replay)", () => {
    expect(newerSnapshot(running, inProgress).service.Status).toBe("RUNNING");
  });

  it("takes the first state it gets", () => {
    expect(newerSnapshot(undefined, inProgress)).toBe(inProgress);
  });

  it("dates a snapshot by its newest timestamp, operations included", () => {
    expect(running.version).toBe(Date.parse("2026-01-01T00:00:09Z"));
  });
});

describe("log lines", () => {
  const line = (timestamp: number, message: string) => ({ timestamp, message });

  it("adds each line once when a reconnect or a poll sends lines again", () => {
    const first = mergeLogLines(undefined, [line(1, "a"), line(2, "b")]);
    const again = mergeLogLines(first, [line(2, "b"), line(3, "c")]);
    expect(again.map((l) => l.message)).toEqual(["a", "b", "c"]);
    expect(mergeLogLines(again, [line(1, "a")])).toBe(again);
  });

  it("keeps lines in time order when an older line arrives late", () => {
    const merged = mergeLogLines([line(1, "a"), line(3, "c")], [line(2, "b")]);
    expect(merged.map((l) => l.message)).toEqual(["a", "b", "c"]);
  });

  it("keeps two different lines written in the same millisecond", () => {
    expect(mergeLogLines([line(5, "x")], [line(5, "y")])).toHaveLength(2);
  });

  it("keeps only the newest lines once there are very many", () => {
    const many = Array.from({ length: MAX_KEPT_LINES + 10 }, (_, i) => line(i, `l${i}`));
    const merged = mergeLogLines(undefined, many);
    expect(merged).toHaveLength(MAX_KEPT_LINES);
    expect(merged.at(-1)!.message).toBe(`l${MAX_KEPT_LINES + 9}`);
  });
});
