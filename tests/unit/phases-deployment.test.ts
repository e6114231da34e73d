import { describe, expect, it } from "vitest";

import { deploymentPhases, type PhaseKey } from "@/lib/apprunner/deployment-phases";
import type { LogLine, WireOperation } from "@/lib/apprunner/watch/wire";

const T0 = Date.parse("2026-11-27T10:00:00Z");
const at = (seconds: number, message: string): LogLine => ({
  timestamp: T0 + seconds * 1000,
  message,
});
const iso = (seconds: number) => new Date(T0 + seconds * 1000).toISOString();

function op(partial: Partial<WireOperation>): WireOperation {
  return {
    Id: "5f2c0000-0000-4000-8000-000000000001",
    Type: "CREATE_SERVICE",
    StartedAt: iso(0),
    ...partial,
  };
}

const CREATE_OK: LogLine[] = [
  at(0, "Service status is set to OPERATION_IN_PROGRESS."),
  at(2, "Deployment started."),
  at(3, "[AppRunner] Pulling image public.ecr.aws/nginx/nginx:latest from ECR Public repository."),
  at(10, "Successfully pulled image from ECR Public."),
  at(18, "Provisioning instances and deploying image."),
  at(26, "Performing health check on port '8080'."),
  at(33, "Health check is successful."),
  at(37, "Successfully routed incoming traffic."),
  at(40, "Deployment completed."),
  at(40, "Service status is set to RUNNING."),
];

const statuses = (phases: { key: PhaseKey; status: string }[]) =>
  Object.fromEntries(phases.map((p) => [p.key, p.status]));

describe("deployment phases", () => {
  it("shows the phase under way and the time spent in each phase so far", () => {
    const progress = deploymentPhases({
      operation: op({ Status: "IN_PROGRESS" }),
      lines: CREATE_OK.slice(0, 6),
      sourceKind: "image",
      now: T0 + 30_000,
    });
    expect(statuses(progress.phases)).toEqual({
      queued: "done",
      "image-pull": "done",
      provisioning: "done",
      "health-check": "active",
      routing: "pending",
      done: "pending",
    });
    const byKey = Object.fromEntries(progress.phases.map((p) => [p.key, p.durationMs]));
    expect(byKey).toMatchObject({
      queued: 2_000,
      "image-pull": 8_000,
      provisioning: 16_000,
      "health-check": 4_000,
    });
    expect(progress.totalMs).toBe(30_000);
    expect(progress.failure).toBeUndefined();
  });

  it("never shows a total shorter than the phases under it when the lines run ahead of the clock", () => {
    // The page's clock ticks once a second (and a browser's clock may lag App Runner's), while
    // the stream delivers lines stamped by App Runner at once.
    const progress = deploymentPhases({
      operation: op({ Status: "IN_PROGRESS" }),
      lines: CREATE_OK.slice(0, 3),
      sourceKind: "image",
      now: T0 + 1_500,
    });
    const byKey = Object.fromEntries(progress.phases.map((p) => [p.key, p.durationMs]));
    expect(byKey).toMatchObject({ queued: 2_000, "image-pull": 1_000 });
    expect(progress.totalMs).toBe(3_000);
  });

  it("never shows a negative time when the page's clock is behind the operation's start", () => {
    const progress = deploymentPhases({
      operation: op({ Status: "PENDING" }),
      lines: [],
      sourceKind: "image",
      now: T0 - 700,
    });
    expect(progress.phases[0]).toMatchObject({ key: "queued", status: "active", durationMs: 0 });
    expect(progress.totalMs).toBe(0);
  });

  it("completes every phase of a successful create, with the total time", () => {
    const progress = deploymentPhases({
      operation: op({ Status: "SUCCEEDED", EndedAt: iso(40) }),
      lines: CREATE_OK,
      sourceKind: "image",
      now: T0 + 99_000,
    });
    expect(progress.phases.map((p) => p.status)).toEqual(Array(6).fill("done"));
    expect(progress.phases.find((p) => p.key === "routing")!.durationMs).toBe(4_000);
    expect(progress.totalMs).toBe(40_000);
  });

  it("names a failed health check and shows the lines that explain it", () => {
    const lines = [
      ...CREATE_OK.slice(0, 6),
      at(
        33,
        "Health check failed on protocol `TCP` [Port: '8080']. Check your configured port number. For more information, see the application logs.",
      ),
      at(35, "Deployment failed. For details, see service logs."),
      at(35, "Service status is set to CREATE_FAILED."),
    ];
    const deploymentLines = [
      at(2, "[AppRunner] Deployment with ID : x started. Triggering event : SERVICE_CREATE"),
      at(26, "[AppRunner] Performing health check on protocol `TCP` [Port: '8080']."),
      at(
        33,
        "[AppRunner] Health check failed on protocol `TCP` [Port: '8080']. Check your configured port number. For more information, see the application logs.",
      ),
      at(35, "[AppRunner] Deployment with ID : x failed."),
    ];
    const progress = deploymentPhases({
      operation: op({ Status: "FAILED", EndedAt: iso(35) }),
      lines,
      deploymentLines,
      sourceKind: "image",
      now: T0 + 60_000,
    });
    expect(statuses(progress.phases)).toMatchObject({
      provisioning: "done",
      "health-check": "failed",
      routing: "pending",
      done: "failed",
    });
    expect(progress.failure?.phase).toBe("health-check");
    expect(progress.failure?.label).toBe("Health check");
    expect(progress.failure?.summary).toMatch(/did not pass its health check/);
    expect(progress.failure?.lines.map((l) => l.message)).toEqual([deploymentLines[2]!.message]);
  });

  it("names a failed image pull", () => {
    const deploymentLines = [
      at(
        3,
        "[AppRunner] Pulling image 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:v9 from ECR repository.",
      ),
      at(
        10,
        "[AppRunner] Failed to pull image 123456789012.dkr.ecr.us-east-1.amazonaws.com/app:v9: manifest unknown.",
      ),
    ];
    const progress = deploymentPhases({
      operation: op({ Status: "FAILED", EndedAt: iso(12) }),
      lines: [
        at(2, "Deployment started."),
        at(
          10,
          "Failed to pull your application image. Be sure you configure your service with a valid access role to your ECR repository.",
        ),
      ],
      deploymentLines,
      sourceKind: "image",
      now: T0 + 60_000,
    });
    expect(progress.failure?.phase).toBe("image-pull");
    expect(statuses(progress.phases)).toMatchObject({
      "image-pull": "failed",
      provisioning: "pending",
    });
    expect(progress.failure?.lines.map((l) => l.message)).toContain(deploymentLines[1]!.message);
  });

  it("names a failed build of a code service and shows the build's error", () => {
    const deploymentLines = [
      at(3, "[AppRunner] Starting source code build."),
      at(5, "[Build] Step 3/4 : RUN npm run build"),
      at(9, "[Build] The command '/bin/sh -c npm run build' returned a non-zero code: 1"),
      at(
        9,
        "[AppRunner] Failed to build your application source code. Reason: Failed to execute 'build' command.",
      ),
    ];
    const progress = deploymentPhases({
      operation: op({ Status: "FAILED", EndedAt: iso(12) }),
      lines: [at(2, "Deployment started."), ...deploymentLines],
      deploymentLines,
      sourceKind: "code",
      now: T0 + 60_000,
    });
    expect(progress.phases[1]).toMatchObject({
      key: "build",
      label: "Source pull and build",
      status: "failed",
    });
    expect(progress.failure?.lines.map((l) => l.message)).toEqual([
      deploymentLines[2]!.message,
      deploymentLines[3]!.message,
    ]);
  });

  it("shows the rollback after a failed deployment of a running service", () => {
    const lines = [
      at(2, "Deployment started."),
      at(10, "Successfully pulled image from ECR."),
      at(18, "Provisioning instances and deploying image."),
      at(26, "Performing health check on port '8080'."),
      at(33, "Health check failed on protocol `TCP` [Port: '8080']."),
      at(35, "Deployment failed. For details, see service logs."),
      at(35, "Rollback started."),
      at(40, "Rollback completed successfully."),
    ];
    const progress = deploymentPhases({
      operation: op({ Type: "START_DEPLOYMENT", Status: "ROLLBACK_SUCCEEDED", EndedAt: iso(40) }),
      lines,
      sourceKind: "image",
      now: T0 + 60_000,
    });
    expect(statuses(progress.phases)).toMatchObject({ "health-check": "failed", rollback: "done" });
    expect(progress.failure?.phase).toBe("health-check");
  });

  it("gives pause its own short list of phases", () => {
    const progress = deploymentPhases({
      operation: op({ Type: "PAUSE_SERVICE", Status: "SUCCEEDED", EndedAt: iso(5) }),
      lines: [
        at(0.2, "Pausing service."),
        at(1.5, "Stopping instances."),
        at(5, "Service paused."),
      ],
      sourceKind: "image",
      now: T0 + 60_000,
    });
    expect(progress.phases.map((p) => [p.key, p.status])).toEqual([
      ["queued", "done"],
      ["stopping", "done"],
      ["done", "done"],
    ]);
  });

  it("marks a phase a resume never went through as skipped", () => {
    const progress = deploymentPhases({
      operation: op({ Type: "RESUME_SERVICE", Status: "SUCCEEDED", EndedAt: iso(40) }),
      lines: [
        at(2, "Resuming service."),
        at(18, "Provisioning instances and deploying image."),
        at(26, "Performing health check on port '8080'."),
        at(33, "Health check is successful."),
        at(37, "Successfully routed incoming traffic."),
        at(40, "Service resumed."),
      ],
      sourceKind: "image",
      now: T0 + 60_000,
    });
    expect(statuses(progress.phases)).toMatchObject({
      "image-pull": "skipped",
      provisioning: "done",
      done: "done",
    });
  });

  it("ignores lines written by earlier operations", () => {
    const earlier = CREATE_OK.map((l) => ({ ...l, timestamp: l.timestamp - 600_000 }));
    const progress = deploymentPhases({
      operation: op({ Type: "START_DEPLOYMENT", Status: "IN_PROGRESS" }),
      lines: [...earlier, at(1, "Deployment started.")],
      sourceKind: "image",
      now: T0 + 5_000,
    });
    expect(statuses(progress.phases)).toMatchObject({
      queued: "done",
      "image-pull": "active",
      provisioning: "pending",
    });
  });

  it("blames the phase under way when a failure names no phase", () => {
    const progress = deploymentPhases({
      operation: op({ Status: "FAILED", EndedAt: iso(20) }),
      lines: [
        at(2, "Deployment started."),
        at(10, "Successfully pulled image from ECR."),
        at(12, "Provisioning instances and deploying image."),
      ],
      deploymentLines: [
        at(19, "[AppRunner] Instance quota reached in us-east-1: error provisioning."),
      ],
      sourceKind: "image",
      now: T0 + 60_000,
    });
    expect(progress.failure?.phase).toBe("provisioning");
    expect(progress.failure?.lines).toHaveLength(1);
  });
});
