import { describe, expect, it } from "vitest";

import { operationActors } from "@/components/service/operation-actors";
import type { WireOperation } from "@/lib/apprunner/watch/wire";
import type { AuditEntry } from "@/lib/store/audit";

const ARN =
  "arn:aws:apprunner:us-east-1:123456789012:service/shop/0123456789abcdef0123456789abcdef";

let ids = 0;
function entry(overrides: Partial<AuditEntry>): AuditEntry {
  return {
    id: ++ids,
    at: "2026-03-01T10:00:00.500Z",
    actor: { id: "sub-alice", name: "alice@example.com" },
    action: "pauseService",
    resourceArn: ARN,
    resourceName: "shop",
    request: {},
    result: "ok",
    operationId: null,
    message: null,
    ...overrides,
  };
}

const op = (Id: string, Type: string, StartedAt: string): WireOperation => ({
  Id,
  Type: Type as WireOperation["Type"],
  Status: "SUCCEEDED",
  StartedAt,
});

describe("who started each operation", () => {
  const operations = [
    op("op-resume", "RESUME_SERVICE", "2026-03-01T11:00:00.000Z"),
    op("op-pause", "PAUSE_SERVICE", "2026-03-01T10:00:00.000Z"),
    op("op-update", "UPDATE_SERVICE", "2026-03-01T09:00:00.000Z"),
    op("op-create", "CREATE_SERVICE", "2026-03-01T08:00:00.000Z"),
  ];

  it("says who, by the operation id the entry recorded", () => {
    const actors = operationActors(
      [
        entry({ action: "updateService", operationId: "op-update", at: "2026-03-01T12:00:00Z" }),
        entry({
          action: "resumeService",
          operationId: "op-resume",
          actor: { id: "b", name: "bob@example.com" },
        }),
      ],
      operations,
    );
    expect(Object.fromEntries(actors)).toEqual({
      "op-update": "Updated by alice@example.com",
      "op-resume": "Resumed by bob@example.com",
    });
  });

  it("matches an entry without an id to the operation of its type that started near it", () => {
    const actors = operationActors(
      [
        entry({ action: "pauseService", at: "2026-03-01T10:00:00.900Z" }),
        entry({ action: "createService", at: "2026-03-01T08:00:03.000Z" }),
        // Too far from any resume to be one.
        entry({ action: "resumeService", at: "2026-03-01T13:00:00.000Z" }),
      ],
      operations,
    );
    expect(Object.fromEntries(actors)).toEqual({
      "op-pause": "Paused by alice@example.com",
      "op-create": "Created by alice@example.com",
    });
  });

  it("ignores failures, refusals, custom domains and resources, and ids of other operations", () => {
    const actors = operationActors(
      [
        entry({ result: "error", message: "An operation is in progress." }),
        entry({ result: "refused", actor: { id: "v", name: "viewer@example.com" } }),
        entry({ action: "manageCustomDomains" }),
        entry({ action: "deployService", operationId: "op-elsewhere" }),
      ],
      operations,
    );
    expect(actors.size).toBe(0);
  });
});
