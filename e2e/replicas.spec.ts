/**
 * Three dashboard replicas (`next start` of this build) sharing one Redis and one emulator,
 * behind a round-robin proxy on loopback: viewers spread over all three see every message of a
 * deployment in order; killing the replica that holds the service's lease mid-deployment moves
 * the polling to another within a few seconds, and viewers of the killed one reconnect through
 * the proxy with Last-Event-ID and miss nothing; the wizard's submission sent to two replicas
 * at once creates one service.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import http from "node:http";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

import {
  CreateServiceCommand,
  DescribeServiceCommand,
  ListServicesCommand,
  StartDeploymentCommand,
  type AppRunnerClient,
} from "@aws-sdk/client-apprunner";
import { expect, test } from "@playwright/test";
import { createClient } from "redis";

import { startRedis, type RedisServer } from "../tests/support/redis-server";

import { appRunnerClient } from "./fixtures/apprunner";
import { RoundRobinProxy } from "./fixtures/round-robin-proxy";
import { next, uniqueName } from "./wizard-helpers";

test.describe.configure({ mode: "serial" });
test.setTimeout(180_000);

/** Long enough to find the lease holder and kill it while the deployment is still running. */
const OPERATION_MS = 12_000;
const REPLICAS = 3;
const VIEWERS = 6;

const quietEnv = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
};

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(2_000) })).ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function stop(child: ChildProcess | undefined, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (!child || child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill("SIGKILL"), 5_000);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill(signal);
  });
}

/** The parent process id of `pid` (a `next start` may serve from a child process). */
function parentOf(pid: number): number | undefined {
  try {
    const status = readFileSync(`/proc/${pid}/status`, "utf8");
    return Number(/^PPid:\s*(\d+)/m.exec(status)?.[1]);
  } catch {
    return undefined;
  }
}

type Received = { id: number; event: string; data: string };
type ServiceBody = { service: { Status?: string }; operations: { Id?: string; Status?: string }[] };

/**
 * A viewer as EventSource behaves: reads the stream through the proxy and, when it drops,
 * reconnects through the proxy with Last-Event-ID.
 */
class Viewer {
  readonly received: Received[] = [];
  readonly replicasSeen = new Set<string>();
  reconnects = 0;
  private request: http.ClientRequest | undefined;
  private closed = false;

  constructor(
    private readonly proxyUrl: string,
    private readonly arn: string,
  ) {
    this.connect();
  }

  get lastId(): number | undefined {
    return this.received.at(-1)?.id;
  }

  services(): ServiceBody[] {
    return this.received
      .filter((m) => m.event === "service")
      .map((m) => JSON.parse(m.data) as ServiceBody);
  }

  private connect(): void {
    const headers: Record<string, string> = { Accept: "text/event-stream" };
    if (this.lastId !== undefined) headers["Last-Event-ID"] = String(this.lastId);
    this.request = http.get(
      `${this.proxyUrl}/api/services/events?arn=${encodeURIComponent(this.arn)}`,
      { headers, agent: false },
      (response) => {
        response.setEncoding("utf8");
        let buffer = "";
        response.on("data", (chunk: string) => {
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf("\n\n")) >= 0) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const id = /^id: (\d+)$/m.exec(frame)?.[1];
            const event = /^event: (\w+)$/m.exec(frame)?.[1];
            if (id === undefined || event === undefined) continue;
            const data = frame
              .split("\n")
              .filter((line) => line.startsWith("data: "))
              .map((line) => line.slice(6))
              .join("\n");
            this.received.push({ id: Number(id), event, data });
          }
        });
        response.on("close", () => this.reconnect());
        response.on("error", () => {});
      },
    );
    this.request.on("error", () => this.reconnect());
  }

  private reconnect(): void {
    if (this.closed) return;
    this.reconnects += 1;
    // EventSource waits `retry:` (the route asks 1 s) before reconnecting.
    setTimeout(() => !this.closed && this.connect(), 1_000);
  }

  close(): void {
    this.closed = true;
    this.request?.destroy();
  }
}

async function until(check: () => boolean | Promise<boolean>, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

let redis: RedisServer;
let emulator: ChildProcess | undefined;
const replicas: (ChildProcess | undefined)[] = [];
const replicaPorts: number[] = [];
let proxy: RoundRobinProxy;
let client: AppRunnerClient;
let emulatorUrl = "";
const dataDir = mkdtempSync(join(tmpdir(), "runnerdeck-replicas-e2e-"));

test.beforeAll(async () => {
  test.setTimeout(180_000);
  redis = await startRedis();
  const emulatorPort = await freePort();
  emulatorUrl = `http://127.0.0.1:${emulatorPort}`;
  emulator = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "emulator/main.ts",
      "--port",
      String(emulatorPort),
      "--data-dir",
      join(dataDir, "emulator"),
      "--operation-ms",
      String(OPERATION_MS),
      "--code-services",
      "simulate",
    ],
    { env: quietEnv, stdio: "ignore" },
  );
  for (let i = 0; i < REPLICAS; i++) replicaPorts.push(await freePort());
  proxy = new RoundRobinProxy(replicaPorts);
  await proxy.start();
  for (const [i, port] of replicaPorts.entries()) {
    replicas.push(
      spawn(
        process.execPath,
        ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(port)],
        {
          env: {
            ...quietEnv,
            RUNNERDECK_EMULATOR_ENDPOINT: emulatorUrl,
            RUNNERDECK_DATA_DIR: join(dataDir, `replica-${i}`),
            REDIS_URL: redis.url,
            // People open the dashboard by the proxy's address.
            ALLOWED_HOSTS: `127.0.0.1:${proxy.port}`,
          },
          stdio: "ignore",
        },
      ),
    );
  }
  client = appRunnerClient(emulatorUrl);
  await waitForHttp(`${emulatorUrl}/__emulator/health`, 30_000);
  await Promise.all(
    replicaPorts.map((port) => waitForHttp(`http://127.0.0.1:${port}/api/services`, 90_000)),
  );
});

test.afterAll(async () => {
  client?.destroy();
  await proxy?.stop();
  await Promise.all([...replicas.map((r) => stop(r)), stop(emulator)]);
  await redis?.stop();
});

test("viewers on three replicas see every message of a deployment in order, through the death of the replica that polls", async () => {
  const created = await client.send(
    new CreateServiceCommand({
      ServiceName: uniqueName("replicas"),
      SourceConfiguration: {
        ImageRepository: {
          ImageIdentifier: "public.ecr.aws/nginx/nginx:latest",
          ImageRepositoryType: "ECR_PUBLIC",
        },
        AutoDeploymentsEnabled: false,
      },
    }),
  );
  const arn = created.Service!.ServiceArn!;
  await until(
    async () =>
      (await client.send(new DescribeServiceCommand({ ServiceArn: arn }))).Service?.Status ===
      "RUNNING",
    60_000,
    "the new service to run",
  );

  const redisClient = createClient({ url: redis.url, RESP: 2 });
  await redisClient.connect();
  const streamKey = `runnerdeck:watch:${arn}:stream`;
  const leaseKey = `runnerdeck:watch:${arn}:lease`;
  const viewers = Array.from({ length: VIEWERS }, () => new Viewer(proxy.url, arn));
  try {
    // Round robin spreads the six over the three replicas; each gets the current state.
    await until(
      () => viewers.every((v) => v.services().at(-1)?.service.Status === "RUNNING"),
      30_000,
      "every viewer's first state",
    );
    const newest = await redisClient.sendCommand<[string, string[]][]>([
      "XREVRANGE",
      streamKey,
      "+",
      "-",
      "COUNT",
      "1",
    ]);
    const before = newest[0]![0];

    const { OperationId } = await client.send(new StartDeploymentCommand({ ServiceArn: arn }));
    const inProgress = (v: Viewer) =>
      v.services().some((s) => s.operations.some((o) => o.Id === OperationId));
    await until(() => viewers.every(inProgress), 30_000, "every viewer to see the deployment");

    // The replica holding the lease (its value names the process) dies mid-deployment.
    const holder = await redisClient.get(leaseKey);
    expect(holder).toBeTruthy();
    const holderPid = Number(holder!.split("/")[1]);
    const index = replicas.findIndex((r) => r?.pid === holderPid || r?.pid === parentOf(holderPid));
    expect(index, `lease holder ${holder} is one of the replicas`).toBeGreaterThanOrEqual(0);
    const killedAt = Date.now();
    process.kill(holderPid, "SIGKILL");
    await stop(replicas[index], "SIGKILL");

    // Another replica (one with viewers) takes the lease within a few seconds.
    let takeoverMs = 0;
    await until(
      async () => {
        const now = await redisClient.get(leaseKey);
        if (now && now !== holder) takeoverMs = Date.now() - killedAt;
        return takeoverMs > 0;
      },
      10_000,
      "another replica to take the lease",
    );
    expect(takeoverMs).toBeLessThan(5_000);

    const done = (v: Viewer) =>
      v
        .services()
        .some(
          (s) =>
            s.service.Status === "RUNNING" &&
            s.operations.some((o) => o.Id === OperationId && o.Status === "SUCCEEDED"),
        );
    await until(() => viewers.every(done), OPERATION_MS + 30_000, "every viewer to see RUNNING");
    // Viewers of the dead replica came back through the proxy.
    expect(viewers.some((v) => v.reconnects > 0)).toBe(true);

    // Every message the replicas published after the viewers were in step, in the Stream's
    // order: each viewer got exactly these, none missed, none twice.
    const entries = await redisClient.sendCommand<[string, string[]][]>([
      "XRANGE",
      streamKey,
      before,
      "+",
    ]);
    const toId = (entryId: string) => {
      const [ms, seq] = entryId.split("-").map(Number);
      return ms! * 1000 + seq!;
    };
    const firstId = toId(before);
    const expected = entries.map(([id]) => toId(id)).filter((id) => id > firstId);
    expect(expected.length).toBeGreaterThan(2);
    const got = (viewer: Viewer) => viewer.received.map((m) => m.id).filter((id) => id > firstId);
    // The last messages (log lines just after RUNNING) may still be on their way to a viewer.
    await until(
      () => viewers.every((v) => got(v).length >= expected.length),
      10_000,
      "every viewer to receive every message",
    ).catch(() => {}); // the comparison below says which viewer missed what
    for (const viewer of viewers) expect(got(viewer).slice(0, expected.length)).toEqual(expected);
  } finally {
    for (const viewer of viewers) viewer.close();
    await redisClient.quit().catch(() => {});
  }
});

test("the same submission sent to two replicas at once creates one service", async ({ page }) => {
  // The killed replica of the test before is left out of the round.
  const alive = replicas.flatMap((r, i) =>
    r && r.exitCode === null && r.signalCode === null ? [i] : [],
  );
  expect(alive.length).toBeGreaterThanOrEqual(2);
  const [first, second] = alive as [number, number];
  const name = uniqueName("replicas-token");
  await page.goto(`${proxy.url}/services/new`);
  await page.getByLabel("CreateService request or DescribeService output").fill(
    JSON.stringify({
      ServiceName: name,
      SourceConfiguration: {
        ImageRepository: {
          ImageIdentifier: "public.ecr.aws/nginx/nginx:latest",
          ImageRepositoryType: "ECR_PUBLIC",
        },
        AutoDeploymentsEnabled: false,
      },
    }),
  );
  await page.getByRole("button", { name: "Import" }).click();
  await page.getByRole("button", { name: "Continue to the wizard" }).click();
  await expect(page).toHaveURL(/\/services\/new\/source$/);
  await next(page, "Build and run");
  await next(page, "Instance");
  await next(page, "Network");
  await next(page, "Health check");
  await next(page, "Service");
  await expect(page.getByLabel("Service name")).toHaveValue(name);
  await next(page, "Review");

  // The browser's submission goes to one replica; the very same request (same submission
  // token, same action) goes to another at the same moment, as a retry a load balancer
  // re-sent would.
  let retry: Promise<Response> | undefined;
  await page.route("**/services/new/**", async (route) => {
    const request = route.request();
    if (request.method() !== "POST" || !request.headers()["next-action"]) return route.continue();
    const sent = request.headers();
    const headers: Record<string, string> = { "x-replica": String(second) };
    for (const name of [
      "accept",
      "content-type",
      "next-action",
      "next-router-state-tree",
      "origin",
    ])
      if (sent[name]) headers[name] = sent[name];
    retry = fetch(`${proxy.url}${new URL(request.url()).pathname}`, {
      method: "POST",
      headers,
      body: new Uint8Array(request.postDataBuffer() ?? Buffer.alloc(0)),
      redirect: "manual",
    });
    await route.continue({ headers: { ...request.headers(), "x-replica": String(first) } });
  });
  await page.getByRole("button", { name: "Create service" }).click();
  await expect(page).toHaveURL(new RegExp(`/services/${name}/[0-9a-f]{32}$`), { timeout: 60_000 });
  const servicePath = new URL(page.url()).pathname;

  expect(retry).toBeDefined();
  const answer = await retry!;
  // The retry joined the first attempt: it is sent to the same new service.
  expect(answer.headers.get("x-action-redirect") ?? answer.headers.get("location") ?? "").toContain(
    servicePath,
  );
  const all = await client.send(new ListServicesCommand({ MaxResults: 20 }));
  expect(all.ServiceSummaryList!.filter((s) => s.ServiceName === name)).toHaveLength(1);
});
