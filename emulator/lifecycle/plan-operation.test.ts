import { describe, expect, it } from "vitest";

import { createServiceEvents } from "@/tests/support/log-lines";

import { outcomeFromTag, planOperation, type PlanInput, type Step } from "./plan-operation";

const base: PlanInput = {
  type: "CREATE_SERVICE",
  operationId: "11111111-2222-4333-8444-555555555555",
  startMs: 1_000_000,
  operationMs: 1_000,
  outcome: "succeed",
  previousStatus: "OPERATION_IN_PROGRESS",
  source: {
    kind: "image",
    imageIdentifier: "public.ecr.aws/nginx/nginx:latest",
    repositoryType: "ECR_PUBLIC",
  },
  port: "8080",
  healthCheck: { protocol: "TCP", path: "/" },
  publiclyAccessible: true,
};

const code: PlanInput["source"] = {
  kind: "code",
  repositoryUrl: "https://github.com/acme/app",
  branch: "main",
  buildCommand: "npm ci",
};

const events = (steps: Step[]) => steps.flatMap((s) => s.events ?? []);
const deployment = (steps: Step[]) => steps.flatMap((s) => s.deployment ?? []);
const last = (steps: Step[]) => steps[steps.length - 1]!;

describe("operation timeline", () => {
  it("spreads a create over --operation-ms, in order, ending exactly at the end", () => {
    const steps = planOperation(base);
    expect(steps[0]!.atMs).toBe(base.startMs);
    for (let i = 1; i < steps.length; i++)
      expect(steps[i]!.atMs).toBeGreaterThanOrEqual(steps[i - 1]!.atMs);
    expect(last(steps).atMs).toBe(base.startMs + base.operationMs);
    expect(steps.map((s) => s.operationStatus).filter(Boolean)).toEqual([
      "PENDING",
      "IN_PROGRESS",
      "SUCCEEDED",
    ]);
    expect(last(steps)).toMatchObject({ serviceStatus: "RUNNING", ends: true });
  });

  it("writes the event log App Runner writes for a successful create", () => {
    expect(events(planOperation(base))).toEqual(createServiceEvents("ECR Public"));
  });

  it("prefixes deployment lines with [AppRunner], and [Build] for code sources", () => {
    const image = deployment(planOperation(base));
    expect(image.every((line) => line.startsWith("[AppRunner] "))).toBe(true);
    const built = deployment(planOperation({ ...base, source: code }));
    expect(built.some((line) => line.startsWith("[Build] "))).toBe(true);
    expect(built.some((line) => line.includes("npm ci"))).toBe(true);
  });

  it.each([
    ["fail-image-pull", base.source, /Failed to pull your application image/],
    ["fail-build", code, /Failed to build your application source code/],
    ["fail-health-check", base.source, /Health check failed on protocol `TCP` \[Port: '8080'\]/],
  ] as const)(
    "a create tagged %s fails at that phase and ends CREATE_FAILED",
    (outcome, source, line) => {
      const steps = planOperation({ ...base, outcome, source });
      expect(events(steps).join("\n")).toMatch(line);
      expect(events(steps)).toContain("Deployment failed. For details, see service logs.");
      expect(events(steps)).not.toContain("Health check is successful.");
      expect(last(steps)).toMatchObject({
        operationStatus: "FAILED",
        serviceStatus: "CREATE_FAILED",
        ends: true,
      });
    },
  );

  it("rolls back a failed deployment of a RUNNING service, which stays RUNNING", () => {
    const steps = planOperation({
      ...base,
      type: "START_DEPLOYMENT",
      previousStatus: "RUNNING",
      outcome: "fail-health-check",
    });
    expect(steps.map((s) => s.operationStatus).filter(Boolean)).toEqual([
      "PENDING",
      "IN_PROGRESS",
      "ROLLBACK_IN_PROGRESS",
      "ROLLBACK_SUCCEEDED",
    ]);
    expect(last(steps)).toMatchObject({ serviceStatus: "RUNNING" });
    expect(events(steps)).toContain("Rollback completed successfully.");
  });

  it("applies UpdateService's configuration when it succeeds, never when it rolls back", () => {
    const ok = planOperation({ ...base, type: "UPDATE_SERVICE", previousStatus: "RUNNING" });
    expect(last(ok).applyPending).toBe(true);
    const rolledBack = planOperation({
      ...base,
      type: "UPDATE_SERVICE",
      previousStatus: "RUNNING",
      outcome: "fail-image-pull",
    });
    expect(last(rolledBack).operationStatus).toBe("ROLLBACK_SUCCEEDED");
    expect(rolledBack.some((s) => s.applyPending)).toBe(false);
  });

  it("keeps the configuration a CREATE_FAILED service failed with again (nothing to roll back to)", () => {
    const steps = planOperation({
      ...base,
      type: "UPDATE_SERVICE",
      previousStatus: "CREATE_FAILED",
      outcome: "fail-health-check",
    });
    expect(last(steps)).toMatchObject({
      operationStatus: "FAILED",
      serviceStatus: "CREATE_FAILED",
      applyPending: true,
    });
    expect(events(steps)).not.toContain("Rollback started.");
  });

  it("names the HTTP health check's path in its lines", () => {
    const steps = planOperation({ ...base, healthCheck: { protocol: "HTTP", path: "/healthz" } });
    expect(deployment(steps).join("\n")).toContain("[Path: '/healthz']");
  });

  it("pauses and deletes in half the operation time, ending PAUSED or DELETED", () => {
    const pause = planOperation({ ...base, type: "PAUSE_SERVICE", previousStatus: "RUNNING" });
    expect(last(pause)).toMatchObject({ serviceStatus: "PAUSED", operationStatus: "SUCCEEDED" });
    expect(last(pause).atMs).toBe(base.startMs + base.operationMs / 2);
    const del = planOperation({ ...base, type: "DELETE_SERVICE", previousStatus: "RUNNING" });
    expect(last(del)).toMatchObject({ serviceStatus: "DELETED" });
  });

  it("fails a delete tagged fail-delete, ending DELETE_FAILED", () => {
    const steps = planOperation({
      ...base,
      type: "DELETE_SERVICE",
      previousStatus: "RUNNING",
      outcome: "fail-delete",
    });
    expect(steps.map((s) => s.operationStatus).filter(Boolean)).toEqual([
      "PENDING",
      "IN_PROGRESS",
      "FAILED",
    ]);
    expect(last(steps)).toMatchObject({ serviceStatus: "DELETE_FAILED", ends: true });
    expect(events(steps)).toContain("Service status is set to DELETE_FAILED.");
  });

  it("deploys, updates and pauses normally under fail-delete", () => {
    for (const type of ["CREATE_SERVICE", "UPDATE_SERVICE", "PAUSE_SERVICE"] as const) {
      const steps = planOperation({ ...base, type, outcome: "fail-delete" });
      expect(last(steps).operationStatus, type).toBe("SUCCEEDED");
    }
  });

  it("ignores outcome tags for a resume, which redeploys the last good version", () => {
    const steps = planOperation({
      ...base,
      type: "RESUME_SERVICE",
      previousStatus: "PAUSED",
      outcome: "fail-build",
    });
    expect(last(steps)).toMatchObject({ serviceStatus: "RUNNING", operationStatus: "SUCCEEDED" });
  });
});

describe("outcome tag", () => {
  it("accepts the documented values and treats anything else as success", () => {
    expect(outcomeFromTag("fail-build")).toBe("fail-build");
    expect(outcomeFromTag("fail-delete")).toBe("fail-delete");
    expect(outcomeFromTag("fail-health-check")).toBe("fail-health-check");
    expect(outcomeFromTag("fail-image-pull")).toBe("fail-image-pull");
    expect(outcomeFromTag("FAIL-BUILD")).toBe("succeed");
    expect(outcomeFromTag(undefined)).toBe("succeed");
  });
});
