import { describe, expect, it } from "vitest";

import { LastEventIds } from "./last-event-ids";
import { SubscriptionTable } from "./subscription-table";

describe("SubscriptionTable", () => {
  it("merges every tab's services, each once, the longest-watched first", () => {
    const table = new SubscriptionTable();
    expect(table.set("a", ["s1", "s2"], 0)).toBe(true);
    expect(table.set("b", ["s2", "s3"], 0)).toBe(true);
    expect(table.union()).toEqual(["s1", "s2", "s3"]);
  });

  it("says the union changed only when it did", () => {
    const table = new SubscriptionTable();
    table.set("a", ["s1", "s2"], 0);
    table.set("b", ["s2"], 0);
    expect(table.set("b", ["s2"], 1)).toBe(false);
    expect(table.set("a", ["s2", "s1"], 1)).toBe(false);
    // s2 is still watched by a.
    expect(table.drop("b")).toBe(false);
    expect(table.set("a", ["s1"], 2)).toBe(true);
    expect(table.union()).toEqual(["s1"]);
    expect(table.set("a", [], 3)).toBe(true);
    expect(table.union()).toEqual([]);
  });

  it("forgets tabs silent since the cut-off, never the leader", () => {
    const table = new SubscriptionTable();
    table.set("leader", ["s1"], 0);
    table.set("old", ["s2"], 0);
    table.set("recent", ["s3"], 100);
    expect(table.prune(50, "leader")).toBe(true);
    expect(table.union()).toEqual(["s1", "s3"]);
    expect(table.prune(50, "leader")).toBe(false);
  });
});

describe("LastEventIds", () => {
  it("keeps the last id received per service and asks each stream after it", () => {
    const ids = new LastEventIds();
    ids.record("s1", 10);
    ids.record("s2", 7);
    ids.record("s1", 12);
    expect(ids.entries(["s1", "s2", "s3"], new Set())).toEqual([
      { arn: "s1", lastEventId: 12 },
      { arn: "s2", lastEventId: 7 },
      { arn: "s3" },
    ]);
  });

  it("keeps the last received even when lower: another server may number afresh", () => {
    const ids = new LastEventIds();
    ids.record("s1", 900);
    ids.record("s1", 3);
    expect(ids.get("s1")).toBe(3);
  });

  it("asks for a service's whole state again when a new view wants it replayed", () => {
    const ids = new LastEventIds();
    ids.record("s1", 10);
    ids.record("s2", 11);
    expect(ids.entries(["s1", "s2"], new Set(["s2"]))).toEqual([
      { arn: "s1", lastEventId: 10 },
      { arn: "s2" },
    ]);
  });
});
