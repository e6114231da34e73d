import { describe, expect, it } from "vitest";

import { mergeOperationHistory, readOlderOperations } from "./read-older-operations";
import type { OperationsPage, WireOperation } from "./wire";

/** Operations op-N … op-1 (newest first), served 20 per page with tokens like App Runner's. */
function history(count: number) {
  const all: WireOperation[] = Array.from({ length: count }, (_, i) => ({
    Id: `op-${count - i}`,
    Status: "SUCCEEDED",
  }));
  const asked: (string | undefined)[] = [];
  const fetchPage = (token: string | undefined): Promise<OperationsPage> => {
    asked.push(token);
    const start = token ? Number(token) : 0;
    const end = start + 20;
    return Promise.resolve({
      operations: all.slice(start, end),
      nextToken: end < all.length ? String(end) : undefined,
    });
  };
  return { all, asked, fetchPage };
}

const ids = (ops: WireOperation[]) => ops.map((op) => op.Id);

describe("readOlderOperations", () => {
  it("reads past the first page when the page already shows all of it", async () => {
    const { all, asked, fetchPage } = history(45);
    const shown = new Set(ids(all.slice(0, 20)));
    const read = await readOlderOperations(fetchPage, shown, undefined);
    expect(asked).toEqual([undefined, "20"]);
    expect(ids(read.operations)).toEqual(ids(all.slice(0, 40)));
    expect(read.nextToken).toBe("40");
  });

  it("stops at the first page when it holds something not shown yet", async () => {
    const { all, asked, fetchPage } = history(45);
    const shown = new Set(ids(all.slice(1, 20)));
    const read = await readOlderOperations(fetchPage, shown, undefined);
    expect(asked).toEqual([undefined]);
    expect(read.operations).toHaveLength(20);
  });

  it("continues from a token and says when the history ends", async () => {
    const { all, fetchPage } = history(45);
    const read = await readOlderOperations(fetchPage, new Set(ids(all.slice(0, 40))), "40");
    expect(ids(read.operations)).toEqual(["op-5", "op-4", "op-3", "op-2", "op-1"]);
    expect(read.nextToken).toBeUndefined();
  });

  it("ends when every page is already known and the tokens run out", async () => {
    const { all, asked, fetchPage } = history(20);
    const read = await readOlderOperations(fetchPage, new Set(ids(all)), undefined);
    expect(asked).toEqual([undefined]);
    expect(read.nextToken).toBeUndefined();
  });

  it("does not follow a backend's tokens forever", async () => {
    let calls = 0;
    const endless = () => {
      calls += 1;
      return Promise.resolve({ operations: [{ Id: "same" }], nextToken: "again" });
    };
    const read = await readOlderOperations(endless, new Set(["same"]), undefined);
    expect(calls).toBe(10);
    expect(read.nextToken).toBe("again");
  });
});

describe("mergeOperationHistory", () => {
  it("keeps an operation pushed off the live page, once, after the live ones", () => {
    const kept: WireOperation[] = [{ Id: "b", Status: "IN_PROGRESS" }, { Id: "a" }];
    const live: WireOperation[] = [{ Id: "c" }, { Id: "b", Status: "SUCCEEDED" }];
    const merged = mergeOperationHistory(live, kept);
    expect(ids(merged)).toEqual(["c", "b", "a"]);
    expect(merged[1]?.Status).toBe("SUCCEEDED");
  });
});
