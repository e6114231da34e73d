/**
 * `--code-services run`: real health checks on the instance's port, with the configured
 * protocol, path, interval and thresholds. RUNNING only after they pass; a wrong port or path
 * fails the create at the health check phase with App Runner's lines; an instance that turns
 * unhealthy after RUNNING is replaced.
 *
 * The API reference (API_HealthCheckConfiguration.html): "Interval – The time interval, in
 * seconds, between health checks." "HealthyThreshold – The number of consecutive checks that
 * must succeed before App Runner decides that the service is healthy." "UnhealthyThreshold – The
 * number of consecutive checks that must fail before App Runner decides that the service is
 * unhealthy." "Path – The URL that health check requests are sent to. Path is only applicable
 * when you set Protocol to HTTP."
 */
import type { Service } from "@aws-sdk/client-apprunner";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { NODE_SERVER } from "../support/git-repos";
import { readStream, serviceLogGroup } from "../support/log-lines";
import {
  callService,
  createCodeService,
  deploymentLines,
  eventLines,
  failureExplanation,
  settle,
  startRuntime,
  type Harness,
} from "../support/runtime-harness";

let h: Harness;
let url: string;

beforeAll(async () => {
  h = await startRuntime();
  url = h.repos.create("acme", "health", {
    "server.js": NODE_SERVER,
    "message.txt": "healthy",
  }).url;
}, 60_000);

afterAll(async () => {
  await h?.dispose();
});

function api(start = "node server.js") {
  return { Runtime: "NODEJS_18" as const, StartCommand: start, Port: "8000" };
}

/** Milliseconds between the first deployment-log lines matching `from` and `to`. */
async function between(service: Service, operationId: string, from: string, to: string) {
  const events = await readStream(
    h.clients.logs,
    serviceLogGroup(service.ServiceName!, service.ServiceId!),
    `deployment/${operationId}`,
  );
  const at = (text: string) => events.find((e) => e.message?.includes(text))?.timestamp ?? NaN;
  return at(to) - at(from);
}

describe("before RUNNING", () => {
  it("waits for an app that listens late while failures stay under UnhealthyThreshold", async () => {
    const { service, operationId } = await createCodeService(h, {
      url,
      api: api("HEALTHY_AFTER_MS=1500 node server.js"),
      // Probes at 1, 2, 3 … s: the first fails, one of the next passes, long before the 8th.
      health: { Interval: 1, UnhealthyThreshold: 8 },
    });
    expect((await settle(h, service)).Status).toBe("RUNNING");
    const waited = await between(service, operationId, "Performing health check", "is successful.");
    expect(waited).toBeGreaterThanOrEqual(1_500);
    expect((await callService(h, service)).body).toContain("healthy");
  });

  it("fails the same app at the health check when UnhealthyThreshold is 1", async () => {
    const { service, operationId } = await createCodeService(h, {
      url,
      api: api("HEALTHY_AFTER_MS=1500 node server.js"),
      health: { Interval: 1, UnhealthyThreshold: 1 },
    });
    expect((await settle(h, service)).Status).toBe("CREATE_FAILED");
    const reason =
      "Health check failed on protocol `TCP` [Port: '8000']. Check your configured port number. For more information, see the application logs.";
    expect(await eventLines(h, service)).toEqual(
      expect.arrayContaining([
        "Performing health check on port '8000'.",
        reason,
        "Service status is set to CREATE_FAILED.",
      ]),
    );
    expect(await deploymentLines(h, service, operationId)).toContain(`[AppRunner] ${reason}`);
  });

  it("fails an app that listens on another port than the one it is given", async () => {
    const { service } = await createCodeService(h, {
      url,
      api: api("LISTEN_PORT_OVERRIDE=0 node server.js"),
      health: { Interval: 1, UnhealthyThreshold: 2 },
    });
    expect((await settle(h, service)).Status).toBe("CREATE_FAILED");
    expect(await eventLines(h, service)).toContain(
      "Health check failed on protocol `TCP` [Port: '8000']. Check your configured port number. For more information, see the application logs.",
    );
  });

  it("fails an HTTP health check whose path does not answer 2xx", async () => {
    const { service, operationId } = await createCodeService(h, {
      url,
      api: api(),
      health: { Protocol: "HTTP", Path: "/missing", Interval: 1, UnhealthyThreshold: 2 },
    });
    expect((await settle(h, service)).Status).toBe("CREATE_FAILED");
    const line =
      "[AppRunner] Health check failed on protocol `HTTP` [Path: '/missing'], [Port: '8000']. Check your configured port number. For more information, see the application logs.";
    expect(await deploymentLines(h, service, operationId)).toContain(line);
    // The live page's failure explanation names the health check phase and shows the line.
    const failure = await failureExplanation(h, service, operationId);
    expect(failure?.phase).toBe("health-check");
    expect(failure?.lines.map((l) => l.message)).toContain(line);
  });

  it("needs HealthyThreshold passes in a row, one interval apart", async () => {
    const { service, operationId } = await createCodeService(h, {
      url,
      api: api(),
      health: { Protocol: "HTTP", Path: "/", Interval: 1, HealthyThreshold: 3 },
    });
    expect((await settle(h, service)).Status).toBe("RUNNING");
    // Probes at 1, 2 and 3 s after the start: the third makes it healthy.
    const waited = await between(service, operationId, "Performing health check", "is successful.");
    expect(waited).toBeGreaterThanOrEqual(2_900);
  });
});

describe("after RUNNING", () => {
  it("replaces an instance whose process exits, and says so in the event log", async () => {
    const { service } = await createCodeService(h, { url, api: api() });
    expect((await settle(h, service)).Status).toBe("RUNNING");
    await callService(h, service, "/crash");
    await expect
      .poll(async () => (await eventLines(h, service)).join("\n"), { timeout: 15_000 })
      .toMatch(/Instance [0-9a-f]{32} is unhealthy \(its process exited\); replacing it\./);
    await expect
      .poll(async () => (await callService(h, service)).status, { timeout: 15_000 })
      .toBe(200);
  });
});
