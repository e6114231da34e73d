/**
 * The live stream under fan-out: 1, 100 and 1,000 viewers of one deploying service. For each,
 * the time from the operation's end (its EndedAt) to each viewer receiving RUNNING (p50, p95),
 * the upstream DescribeService calls per minute (from the emulator's `/__emulator/stats`), and
 * the dashboard's peak RSS. Then the replicas mode: three dashboards sharing their hub through a
 * Redis of the bench's own, 1,000 viewers on each, the same figures beside the single one's.
 * Then the live pages' first-load JavaScript.
 *
 * Runs an emulator (port 4640) and `next start` (port 3310; the replicas 3311–3313) as child
 * processes, all on loopback; builds into its production build first (see
 * lib/production-build.ts). BENCH_LIVE_REPLICAS=0 leaves the replicas mode out.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import http from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";

import {
  AppRunnerClient,
  CreateServiceCommand,
  DescribeServiceCommand,
  StartDeploymentCommand,
} from "@aws-sdk/client-apprunner";

import { startRedis } from "../tests/support/redis-server";

import { machineSummary } from "./lib/machine";
import { markdownTable } from "./lib/markdown-table";
import { rssMB } from "./lib/process-memory";
import { productionBuild } from "./lib/production-build";
import { percentile } from "./lib/stats";

const ROOT = path.resolve(import.meta.dirname, "..");
const EMULATOR_PORT = Number(process.env.BENCH_LIVE_EMULATOR_PORT ?? 4640);
const APP_PORT = Number(process.env.BENCH_LIVE_APP_PORT ?? 3310);
/** Longer than the hub's stable poll period (12 s), so every run is caught while in progress. */
const OPERATION_MS = 14_000;
/** Deployments per row: the latency depends on where the end falls between two polls. */
const DEPLOYMENTS = 3;
const VIEWER_COUNTS = [1, 100, 1_000];
const REPLICAS = 3;
/** Viewers on each replica in the replicas mode. */
const VIEWERS_PER_REPLICA = 1_000;
const PAGE_BUDGET_KB = 200;

const emulatorUrl = `http://127.0.0.1:${EMULATOR_PORT}`;
const appUrl = `http://127.0.0.1:${APP_PORT}`;
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
};

async function waitForHttp(url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    child.once("exit", () => resolve());
    child.kill("SIGTERM");
    setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
  });
}

async function describeCalls(): Promise<number> {
  const stats = (await (await fetch(`${emulatorUrl}/__emulator/stats`)).json()) as {
    calls: Record<string, number>;
  };
  return stats.calls.DescribeService ?? 0;
}

type ServiceMessage = {
  service: { Status?: string };
  operations: { Id?: string; Status?: string; EndedAt?: string }[];
};

/** One SSE viewer: resolves `ready` on the first state; records when it first sees RUNNING after `operationId` ended. */
class Viewer {
  ready: Promise<void>;
  receivedAt: number | undefined;
  sawInProgress = false;
  endedAt: number | undefined;
  operationId: string | undefined;
  private request: http.ClientRequest;

  constructor(arn: string, agent: http.Agent, appUrl: string) {
    let markReady!: () => void;
    let failReady!: (e: Error) => void;
    this.ready = new Promise((resolve, reject) => {
      markReady = resolve;
      failReady = reject;
    });
    this.request = http.get(
      `${appUrl}/api/services/events?arn=${encodeURIComponent(arn)}`,
      { agent, headers: { Accept: "text/event-stream" } },
      (response) => {
        if (response.statusCode !== 200) return failReady(new Error(`HTTP ${response.statusCode}`));
        response.setEncoding("utf8");
        let buffer = "";
        response.on("data", (chunk: string) => {
          buffer += chunk;
          let end: number;
          while ((end = buffer.indexOf("\n\n")) >= 0) {
            const frame = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (!frame.includes("event: service")) continue;
            const data = frame
              .split("\n")
              .filter((l) => l.startsWith("data: "))
              .map((l) => l.slice(6))
              .join("\n");
            this.onService(JSON.parse(data) as ServiceMessage);
            markReady();
          }
        });
      },
    );
    this.request.on("error", (e) => failReady(e));
  }

  private onService(message: ServiceMessage): void {
    if (!this.operationId || this.receivedAt !== undefined) return;
    const op = message.operations.find((o) => o.Id === this.operationId);
    if (op?.Status === "IN_PROGRESS" || op?.Status === "PENDING") this.sawInProgress = true;
    if (message.service.Status === "RUNNING" && op?.Status === "SUCCEEDED" && op.EndedAt) {
      this.receivedAt = Date.now();
      this.endedAt = Date.parse(op.EndedAt);
    }
  }

  close(): void {
    this.request.destroy();
  }
}

async function waitForRunning(client: AppRunnerClient, arn: string): Promise<void> {
  for (;;) {
    const out = await client.send(new DescribeServiceCommand({ ServiceArn: arn }));
    if (out.Service?.Status === "RUNNING") return;
    await new Promise((r) => setTimeout(r, 500));
  }
}

type Row = {
  mode: string;
  viewers: number;
  held: number;
  p50: number;
  p95: number;
  callsPerMin: number;
  rss: number;
};

/**
 * One row: `viewers` viewers spread evenly over the dashboards at `appUrls`; RSS is the peak of
 * the largest one.
 */
async function measure(
  client: AppRunnerClient,
  viewers: number,
  apps: { url: string; pid: number }[],
  mode = "1 replica",
): Promise<Row> {
  const created = await client.send(
    new CreateServiceCommand({
      ServiceName: `bench-live-${viewers}-${Date.now().toString(36)}`,
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
  await waitForRunning(client, arn);

  const agent = new http.Agent({ keepAlive: false, maxSockets: Infinity });
  const all: Viewer[] = [];
  // Connect in batches so the bench's own connection storm does not dominate the numbers.
  for (let i = 0; i < viewers; i += 100) {
    const batch = Array.from(
      { length: Math.min(100, viewers - i) },
      (_, j) => new Viewer(arn, agent, apps[(i + j) % apps.length]!.url),
    );
    all.push(...batch);
    await Promise.all(batch.map((v) => v.ready));
  }
  const peaks = apps.map((app) => rssMB(app.pid) ?? 0);
  const sampler = setInterval(() => {
    for (const [i, app] of apps.entries()) peaks[i] = Math.max(peaks[i]!, rssMB(app.pid) ?? 0);
  }, 250);

  const latencies: number[] = [];
  let calls = 0;
  let minutes = 0;
  let held = viewers;
  for (let round = 0; round < DEPLOYMENTS; round++) {
    const deployed = await client.send(new StartDeploymentCommand({ ServiceArn: arn }));
    for (const v of all) {
      v.operationId = deployed.OperationId;
      v.receivedAt = v.endedAt = undefined;
      v.sawInProgress = false;
    }
    // Count upstream calls from when the hub has noticed the deployment (it polls fast from
    // then on) until every viewer has RUNNING: the same mode of polling for every row.
    const deadline = Date.now() + OPERATION_MS + 30_000;
    while (!all.some((v) => v.sawInProgress) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 50));
    }
    const callsBefore = await describeCalls();
    const windowStart = Date.now();
    while (all.some((v) => v.receivedAt === undefined) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    minutes += (Date.now() - windowStart) / 60_000;
    calls += (await describeCalls()) - callsBefore;
    const got = all.filter((v) => v.receivedAt !== undefined);
    held = Math.min(held, got.length);
    latencies.push(...got.map((v) => v.receivedAt! - v.endedAt!));
  }
  clearInterval(sampler);

  for (const v of all) v.close();
  agent.destroy();
  // Let the hub notice the viewers left before the next round.
  await new Promise((r) => setTimeout(r, 6_000));
  return {
    mode,
    viewers,
    held,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    callsPerMin: calls / minutes,
    rss: Math.max(...peaks),
  };
}

function pageSizes(distDir: string): string[][] {
  const stats = JSON.parse(
    readFileSync(path.join(ROOT, distDir, "diagnostics/route-bundle-stats.json"), "utf8"),
  ) as { route: string; firstLoadChunkPaths: string[] }[];
  return stats
    .filter((s) => s.route === "/services" || s.route === "/services/[name]/[id]")
    .map((s) => {
      const gz = s.firstLoadChunkPaths.reduce(
        (sum, c) => sum + gzipSync(readFileSync(path.join(ROOT, c))).length,
        0,
      );
      const kb = gz / 1024;
      return [s.route, kb.toFixed(1), kb <= PAGE_BUDGET_KB ? "✓" : "over"];
    });
}

export default async function liveStream(): Promise<void> {
  const distDir = productionBuild();

  const dataDir = mkdtempSync(path.join(tmpdir(), "runnerdeck-bench-live-"));
  const emulator = spawn(
    process.execPath,
    [
      "--import",
      "tsx",
      "emulator/main.ts",
      "--port",
      String(EMULATOR_PORT),
      "--data-dir",
      dataDir,
      "--operation-ms",
      String(OPERATION_MS),
      "--code-services",
      "simulate",
    ],
    { cwd: ROOT, env, stdio: "ignore" },
  );
  const startApp = (port: number, extra: Record<string, string> = {}) =>
    spawn(
      process.execPath,
      ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(port)],
      {
        cwd: ROOT,
        env: {
          ...env,
          NEXT_DIST_DIR: distDir,
          RUNNERDECK_EMULATOR_ENDPOINT: emulatorUrl,
          RUNNERDECK_DATA_DIR: path.join(dataDir, `dashboard-${port}`),
          ...extra,
        },
        stdio: "ignore",
      },
    );
  const app = startApp(APP_PORT);
  const children: ChildProcess[] = [app];
  let redis: Awaited<ReturnType<typeof startRedis>> | undefined;
  const client = new AppRunnerClient({
    region: "us-east-1",
    endpoint: emulatorUrl,
    credentials: { accessKeyId: "bench", secretAccessKey: "bench" },
  });
  try {
    await waitForHttp(`${emulatorUrl}/__emulator/health`);
    await waitForHttp(`${appUrl}/api/services`);
    const rows: Row[] = [];
    const single = [{ url: appUrl, pid: app.pid! }];
    for (const viewers of VIEWER_COUNTS) rows.push(await measure(client, viewers, single));
    await stop(app);

    if (process.env.BENCH_LIVE_REPLICAS !== "0") {
      redis = await startRedis();
      const ports = Array.from({ length: REPLICAS }, (_, i) => APP_PORT + 1 + i);
      const replicas = ports.map((port) => startApp(port, { REDIS_URL: redis!.url }));
      children.push(...replicas);
      await Promise.all(ports.map((port) => waitForHttp(`http://127.0.0.1:${port}/api/services`)));
      const apps = ports.map((port, i) => ({
        url: `http://127.0.0.1:${port}`,
        pid: replicas[i]!.pid!,
      }));
      rows.push(
        await measure(client, REPLICAS * VIEWERS_PER_REPLICA, apps, `${REPLICAS} replicas + Redis`),
      );
    }

    const base = rows[0]!.callsPerMin;
    const single1000 = rows.find((r) => r.mode === "1 replica" && r.viewers === 1_000);
    console.log(
      markdownTable(
        [
          "dashboards",
          "viewers",
          "held",
          "EndedAt → RUNNING p50",
          "p95",
          "DescribeService calls/min",
          "vs 1 viewer",
          "RSS (largest dashboard)",
        ],
        rows.map((r) => [
          r.mode,
          r.viewers.toLocaleString("en"),
          `${r.held}/${r.viewers}`,
          `${(r.p50 / 1000).toFixed(2)} s`,
          `${(r.p95 / 1000).toFixed(2)} s`,
          r.callsPerMin.toFixed(1),
          `${(r.callsPerMin / base).toFixed(2)}×`,
          `${r.rss.toFixed(0)} MB`,
        ]),
      ),
    );
    const shared = rows.find((r) => r.mode !== "1 replica");
    if (shared && single1000)
      console.log(
        `\nReplicas: ${REPLICAS} dashboards × ${VIEWERS_PER_REPLICA.toLocaleString("en")} viewers make ${(shared.callsPerMin / single1000.callsPerMin).toFixed(2)}× the DescribeService calls of one dashboard with 1,000 (goal ≤ 1.1×); p95 ${(shared.p95 / 1000).toFixed(2)} s (goal ≤ 1.0 s); ${shared.rss.toFixed(0)} MB for the largest replica.`,
      );
    console.log(
      `\nGoals: 1,000 viewers held; p95 ≤ 1.0 s; calls with 1,000 viewers ≤ 1.2 × with 1; RSS ≤ 400 MB. ${DEPLOYMENTS} deployments of ${OPERATION_MS / 1000} s per row, started outside the dashboard (the hub notices it on a poll, as it would a CLI deploy); calls are counted from then until every viewer has RUNNING.\n`,
    );
    console.log(
      markdownTable(
        ["page", "first-load JS (KB gzip)", `≤ ${PAGE_BUDGET_KB} KB`],
        pageSizes(distDir),
      ),
    );
    console.log(`\nMachine: ${machineSummary()}`);
  } finally {
    client.destroy();
    await Promise.all([...children.map(stop), stop(emulator)]);
    await redis?.stop();
  }
}
