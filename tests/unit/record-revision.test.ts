import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";

import { revisionRecorder } from "@/lib/apprunner/api/record-revision";
import { FakeClock } from "@/lib/apprunner/watch/testing/fake-clock";
import { FakeUpstream } from "@/lib/apprunner/watch/testing/fake-upstream";
import { WatchHub } from "@/lib/apprunner/watch/watch-hub";
import type {
  ServiceSnapshot,
  WireOperation,
  WireService,
  WireTag,
} from "@/lib/apprunner/watch/wire";
import { openStore, type Store } from "@/lib/store";

const ARN =
  "arn:aws:apprunner:us-east-1:123456789012:service/web-app/0123456789abcdef0123456789abcdef";
const TAGS: WireTag[] = [{ Key: "team", Value: "payments" }];

function snapshot(
  operation: WireOperation,
  status: NonNullable<ServiceSnapshot["service"]["Status"]> = "RUNNING",
): ServiceSnapshot {
  return {
    service: {
      ServiceArn: ARN,
      ServiceName: "web-app",
      Status: status,
      SourceConfiguration: {
        ImageRepository: {
          ImageIdentifier: "public.ecr.aws/nginx/nginx:latest",
          ImageRepositoryType: "ECR_PUBLIC",
        },
      },
      UpdatedAt: "2025-01-02T03:04:05.000Z",
    } as WireService,
    operations: [operation],
    version: 0,
  };
}

const deployed = (id: string, status: WireOperation["Status"] = "SUCCEEDED"): WireOperation => ({
  Id: id,
  Type: "START_DEPLOYMENT",
  Status: status,
  StartedAt: "2025-01-02T03:00:00.000Z",
  EndedAt: status === "SUCCEEDED" || status === "FAILED" ? "2025-01-02T03:04:05.000Z" : undefined,
});

let dir: string;
let sqliteFile: string;
const open: Store[] = [];

async function openOne(): Promise<Store> {
  const store = await openStore({ sqliteFile });
  open.push(store);
  return store;
}

/** A recorder as one dashboard process has it: its own memory, the shared store file. */
function recorderOn(store: Store, listTags = vi.fn(async () => TAGS)) {
  return { record: revisionRecorder({ store: async () => store, listTags }), listTags };
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), "runnerdeck-history-"));
  sqliteFile = path.join(dir, "store.sqlite");
});

afterEach(async () => {
  for (const store of open.splice(0)) await store.close();
  rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

describe("recording a service's configuration history", () => {
  it("records the configuration and tags after an operation that succeeded", async () => {
    const store = await openOne();
    const { record } = recorderOn(store);
    await record(snapshot(deployed("op-1")));
    const revisions = await store.revisions.list(ARN);
    expect(revisions).toHaveLength(1);
    expect(revisions[0]).toMatchObject({
      serviceArn: ARN,
      operationId: "op-1",
      operationType: "START_DEPLOYMENT",
      operationEndedAt: "2025-01-02T03:04:05.000Z",
      actor: null,
      tags: [{ Key: "team", Value: "payments" }],
    });
    expect(revisions[0]!.service).toMatchObject({
      SourceConfiguration: {
        ImageRepository: { ImageIdentifier: "public.ecr.aws/nginx/nginx:latest" },
      },
    });
  });

  it("keeps one revision for an operation seen twice, and reads its tags once", async () => {
    const store = await openOne();
    const { record, listTags } = recorderOn(store);
    await record(snapshot(deployed("op-1")));
    await record(snapshot(deployed("op-1")));
    expect(await store.revisions.list(ARN)).toHaveLength(1);
    expect(listTags).toHaveBeenCalledTimes(1);
  });

  it("uses the tags it is given instead of reading them", async () => {
    const store = await openOne();
    const { record, listTags } = recorderOn(store);
    await record(snapshot(deployed("op-1")), [{ Key: "stage", Value: "prod" }]);
    expect(listTags).not.toHaveBeenCalled();
    expect((await store.revisions.list(ARN))[0]?.tags).toEqual([{ Key: "stage", Value: "prod" }]);
  });

  it("records nothing while the newest operation runs, or when it failed", async () => {
    const store = await openOne();
    const { record } = recorderOn(store);
    await record(snapshot(deployed("op-1", "IN_PROGRESS"), "OPERATION_IN_PROGRESS"));
    await record(snapshot(deployed("op-2", "FAILED")));
    await record(snapshot(deployed("op-3", "ROLLBACK_SUCCEEDED")));
    expect(await store.revisions.list(ARN)).toEqual([]);
  });

  it("records nothing for a delete, or while a new operation has already started", async () => {
    const store = await openOne();
    const { record } = recorderOn(store);
    await record(snapshot({ ...deployed("op-1"), Type: "DELETE_SERVICE" }, "DELETED"));
    // ListOperations may still show the last one succeeded while DescribeService is busy again.
    await record(snapshot(deployed("op-2"), "OPERATION_IN_PROGRESS"));
    expect(await store.revisions.list(ARN)).toEqual([]);
  });

  it("keeps the history across a restart, and a repeat after it adds no revision", async () => {
    const first = await openOne();
    await recorderOn(first).record(snapshot(deployed("op-1")));
    await recorderOn(first).record(snapshot(deployed("op-2")));
    await first.close();
    open.splice(open.indexOf(first), 1);

    // A new process: a fresh recorder remembers nothing; the store does.
    const reopened = await openOne();
    const { record } = recorderOn(reopened);
    expect((await reopened.revisions.list(ARN)).map((r) => r.operationId)).toEqual([
      "op-2",
      "op-1",
    ]);
    await record(snapshot(deployed("op-2")));
    expect(await reopened.revisions.list(ARN)).toHaveLength(2);
  });

  it("logs a store failure and lets the caller go on; the next snapshot tries again", async () => {
    const store = await openOne();
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    const failing: Store = {
      ...store,
      revisions: {
        ...store.revisions,
        record: () => Promise.reject(new Error("database is locked")),
      },
    };
    const broken = revisionRecorder({ store: async () => failing, listTags: async () => TAGS });
    await expect(broken(snapshot(deployed("op-1")))).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toMatch(/database is locked/);

    let calls = 0;
    const recovering = revisionRecorder({
      store: async () => (++calls === 1 ? failing : store),
      listTags: async () => TAGS,
    });
    await recovering(snapshot(deployed("op-1")));
    await recovering(snapshot(deployed("op-1")));
    expect(await store.revisions.list(ARN)).toHaveLength(1);
  });
});

describe("recording from the live watch", () => {
  it("records an operation the watch sees end, once, however long it keeps polling", async () => {
    const store = await openOne();
    const { record, listTags } = recorderOn(store);
    const clock = new FakeClock();
    const upstream = new FakeUpstream(ARN, "OPERATION_IN_PROGRESS");
    upstream.operations = [deployed("op-1", "IN_PROGRESS")];
    const hub = new WatchHub({
      upstream,
      clock,
      options: { activeIntervalMs: 1_000, idleIntervalMs: 12_000, recordRevision: record },
    });
    try {
      hub.subscribe(ARN, { send: () => {} });
      await clock.advance(3_000);
      expect(await store.revisions.list(ARN)).toEqual([]);

      upstream.service.Status = "RUNNING";
      upstream.operations = [deployed("op-1")];
      await clock.advance(60_000);
      await vi.waitFor(async () => expect(await store.revisions.list(ARN)).toHaveLength(1));
      await clock.advance(60_000);
      expect(await store.revisions.list(ARN)).toHaveLength(1);
      expect(listTags).toHaveBeenCalledTimes(1);
    } finally {
      hub.close();
    }
  });

  it("keeps polling when the recorder throws", async () => {
    const clock = new FakeClock();
    const upstream = new FakeUpstream(ARN, "RUNNING");
    upstream.operations = [deployed("op-1")];
    const hub = new WatchHub({
      upstream,
      clock,
      options: {
        idleIntervalMs: 12_000,
        recordRevision: () => {
          throw new Error("no store");
        },
      },
    });
    try {
      const statuses: string[] = [];
      hub.subscribe(ARN, { send: (m) => m.event === "service" && statuses.push(m.event) });
      await clock.advance(1);
      upstream.service.Status = "PAUSED";
      upstream.service.UpdatedAt = new Date(clock.now()).toISOString();
      await clock.advance(12_000);
      expect(statuses).toHaveLength(2);
    } finally {
      hub.close();
    }
  });
});
