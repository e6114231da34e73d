/**
 * GET /api/audit: the Audit page's downloads and the service page's list, on a store of its own.
 * The person comes from a mocked currentViewer (sign-in is tested on its own).
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

import type { Viewer } from "@/lib/auth/permissions";
import type { AuditEntry, AuditEntryInput } from "@/lib/store/audit";

const as = vi.hoisted(() => ({ viewer: undefined as Viewer | undefined }));
vi.mock("@/lib/auth", async (importOriginal) => ({
  ...(await importOriginal<typeof import("@/lib/auth")>()),
  currentViewer: async () => as.viewer,
}));

const ARN =
  "arn:aws:apprunner:us-east-1:123456789012:service/shop/0123456789abcdef0123456789abcdef";
let dataDir: string;
let GET: typeof import("@/app/api/audit/route").GET;
let store: import("@/lib/store").Store;

function entry(overrides: Partial<AuditEntryInput>): AuditEntryInput {
  return {
    actor: { id: "sub-ana", name: "ana@example.com" },
    action: "deployService",
    resourceArn: ARN,
    resourceName: "shop",
    request: { StartDeployment: { ServiceArn: ARN } },
    result: "ok",
    operationId: null,
    message: null,
    at: "2026-03-01T10:00:00.000Z",
    ...overrides,
  };
}

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), "runnerdeck-audit-route-"));
  process.env.RUNNERDECK_DATA_DIR = dataDir;
  ({ GET } = await import("@/app/api/audit/route"));
  store = await (await import("@/lib/store")).getStore();
  // More than one store page (1000), so a download must read them all.
  for (let i = 0; i < 1004; i++) await store.audit.append(entry({ operationId: `op-${i}` }));
  await store.audit.append(
    entry({
      actor: { id: "sub-bo", name: "bo@example.com" },
      action: "pauseService",
      result: "error",
      message: 'He said "no", twice',
      at: "2026-03-02T09:00:00.000Z",
    }),
  );
});

afterAll(async () => {
  await store?.close();
  if (dataDir) rmSync(dataDir, { recursive: true, force: true });
});

beforeEach(() => {
  as.viewer = { id: "sub-vera", name: "vera@example.com", roles: ["viewer"] };
});

const get = (query: string) => GET(new Request(`http://127.0.0.1/api/audit${query}`));

describe("GET /api/audit", () => {
  it("needs a signed-in person, whatever their role", async () => {
    as.viewer = undefined;
    const refused = await get("?format=csv");
    expect(refused.status).toBe(401);
    expect(await refused.json()).toEqual({
      kind: "access-denied",
      message: "Sign in to see this.",
    });
  });

  it("downloads every matching entry as CSV, newest first, one record per entry", async () => {
    const response = await get("?format=csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="runnerdeck-audit-\d{4}-\d{2}-\d{2}\.csv"$/,
    );
    const text = await response.text();
    const records = text.split("\r\n").filter(Boolean);
    expect(records).toHaveLength(1 + 1005);
    expect(records[0]).toBe(
      "id,at,actor_id,actor_name,action,resource_arn,resource_name,result,operation_id,message,request",
    );
    expect(records[1]).toContain(",bo@example.com,pauseService,");
    expect(records[1]).toContain('"He said ""no"", twice"');
    expect(records.at(-1)).toContain(",op-0,");
  });

  it("downloads JSON with the same filters as the page", async () => {
    const response = await get(
      "?format=json&person=bo%40example.com&from=2026-03-02&to=2026-03-02",
    );
    expect(response.headers.get("content-disposition")).toMatch(/\.json"$/);
    const entries = (await response.json()) as AuditEntry[];
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ action: "pauseService", result: "error" });
    const all = (await (await get("?format=json")).json()) as AuditEntry[];
    expect(all).toHaveLength(1005);
    expect(new Set(all.map((e) => e.id)).size).toBe(1005);
  });

  it("answers the newest entries of one service for the service page, and refuses bad filters", async () => {
    const body = (await (await get(`?arn=${encodeURIComponent(ARN)}&limit=3`)).json()) as {
      entries: AuditEntry[];
    };
    expect(body.entries.map((e) => e.operationId)).toEqual([null, "op-1003", "op-1002"]);
    expect((await get("?result=maybe")).status).toBe(400);
    expect((await get("?format=xml")).status).toBe(400);
    expect((await get("?limit=5000")).status).toBe(400);
  });
});
