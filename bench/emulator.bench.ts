/**
 * The emulator under load, as issue 3's "Speed" section asks: 50 concurrent clients on loopback
 * against a separate emulator process. Raw keep-alive HTTP with a SigV4-shaped header measures
 * the server; a smaller SDK run shows what a real client sees. Medians over BENCH_RUNS runs.
 * It measures the emulator as users run it: bundled to JavaScript by the same esbuild step as
 * `npm run build`, from the current source, under plain node.
 *
 * Env: BENCH_RUNS (default 3), BENCH_SERVICES (default 10000), BENCH_SECONDS (default 4).
 */
import path from "node:path";

import { AppRunnerClient, DescribeServiceCommand } from "@aws-sdk/client-apprunner";

import { bundleNodeEntries } from "../scripts/node-bundles";
import { FAKE_CREDENTIALS, TEST_REGION } from "../tests/support/clients";
import { REPO_ROOT, startEmulator } from "../tests/support/emulator-process";
import { createJsonCaller, type JsonCaller } from "../tests/support/http-client";
import { publicImageService } from "../tests/support/service-requests";
import { machineSummary } from "./lib/machine";
import { markdownTable } from "./lib/markdown-table";
import { runLoad, runPaced, type LoadResult } from "./lib/load";
import { rssMB } from "./lib/process-memory";
import { median, percentile } from "./lib/stats";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SERVICES = Number(process.env.BENCH_SERVICES ?? 10_000);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 4);
const CONCURRENCY = 50;
const CREATES_PER_RUN = 1_000;

type Json = Record<string, unknown>;

async function json(caller: JsonCaller, target: string, body: object) {
  const result = await caller.call(`AppRunner.${target}`, JSON.stringify(body));
  return { status: result.status, body: JSON.parse(result.body) as Json };
}

const fmt = (n: number, digits = 0) =>
  Number.isFinite(n)
    ? n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits })
    : "n/a";

type Row = {
  name: string;
  goal: string;
  unit: string;
  values: number[];
  met?: (v: number) => boolean;
  digits?: number;
};

function row({ name, goal, unit, values, met, digits = 0 }: Row): string[] {
  const value = median(values);
  return [
    name,
    goal,
    `${fmt(value, digits)} ${unit}`,
    values.map((v) => fmt(v, digits)).join(" / "),
    met ? (met(value) ? "yes" : "**no**") : "—",
  ];
}

function describeLoad(caller: JsonCaller, arn: string, ms: number): Promise<LoadResult> {
  const body = JSON.stringify({ ServiceArn: arn });
  return runLoad({ concurrency: CONCURRENCY, durationMs: ms }, async () => {
    const result = await caller.call("AppRunner.DescribeService", body);
    return result.status === 200 || `DescribeService ${result.status} ${result.body.slice(0, 200)}`;
  });
}

// Inside the repository, so the bundle's external packages resolve from its node_modules.
const BUNDLE_DIR = path.join(REPO_ROOT, "node_modules/.cache/runnerdeck-bench");

export default async function emulatorBench(): Promise<void> {
  await bundleNodeEntries(BUNDLE_DIR, true);
  const emulator = await startEmulator({
    entry: [path.join(BUNDLE_DIR, "emulator.mjs")],
    operationMs: 100,
    args: ["--max-services", String(SERVICES + RUNS * CREATES_PER_RUN + 100)],
  });
  const caller = createJsonCaller(emulator.endpoint, CONCURRENCY + 14);
  let peakRss = 0;
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, rssMB(emulator.pid ?? -1) ?? 0);
  }, 250);
  const notes: string[] = [];
  let created = 0;
  const create = async (label: string) => {
    const name = `bench-${label}-${created++}`;
    const result = await caller.call(
      "AppRunner.CreateService",
      JSON.stringify(publicImageService(name)),
    );
    return result.status === 200 || `CreateService ${result.status} ${result.body.slice(0, 200)}`;
  };

  try {
    const seed = await json(caller, "CreateService", publicImageService("bench-describe"));
    if (seed.status !== 200) throw new Error(`seed CreateService: ${JSON.stringify(seed.body)}`);
    const arn = String((seed.body.Service as Json).ServiceArn);
    await describeLoad(caller, arn, 1_000); // warm-up: JIT, SQLite page cache, sockets

    const describeRuns: LoadResult[] = [];
    for (let run = 0; run < RUNS; run += 1)
      describeRuns.push(await describeLoad(caller, arn, SECONDS * 1_000));
    // The same 50 clients held to the goal's rate: latency when not saturated.
    const pacedRuns: LoadResult[] = [];
    const describeBody = JSON.stringify({ ServiceArn: arn });
    for (let run = 0; run < RUNS; run += 1) {
      pacedRuns.push(
        await runPaced(
          { concurrency: CONCURRENCY, ratePerSecond: 3_000, durationMs: SECONDS * 1_000 },
          async () => {
            const result = await caller.call("AppRunner.DescribeService", describeBody);
            return result.status === 200 || `DescribeService ${result.status}`;
          },
        ),
      );
    }

    const sdk = new AppRunnerClient({
      region: TEST_REGION,
      endpoint: emulator.endpoint,
      credentials: FAKE_CREDENTIALS,
      maxAttempts: 1,
    });
    const sdkRuns: LoadResult[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      sdkRuns.push(
        await runLoad({ concurrency: CONCURRENCY, durationMs: (SECONDS * 1_000) / 2 }, async () => {
          await sdk.send(new DescribeServiceCommand({ ServiceArn: arn }));
          return true;
        }),
      );
    }
    sdk.destroy();

    const createRuns: LoadResult[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      createRuns.push(
        await runLoad({ concurrency: CONCURRENCY, total: CREATES_PER_RUN }, () =>
          create(`c${run}`),
        ),
      );
    }

    // Fill to the stored-service count (not timed as a goal, but reported).
    const fillStarted = performance.now();
    const toFill = Math.max(0, SERVICES - created - 1);
    const fill = await runLoad({ concurrency: CONCURRENCY, total: toFill }, () => create("fill"));
    const fillSeconds = (performance.now() - fillStarted) / 1000;
    const listed = await countServices(caller);
    notes.push(
      `Stored ${fmt(listed)} services (filled ${fmt(toFill)} at ${fmt(fill.requests / fillSeconds)}/s, ${fill.errors} errors).`,
    );
    // Let the creates' operations finish, so pages are read from a settled store.
    await new Promise((resolve) => setTimeout(resolve, 3_000));

    const pageRuns: number[][] = [];
    for (let run = 0; run < RUNS; run += 1) pageRuns.push(await walkPages(caller));
    const rssAfter = rssMB(emulator.pid ?? -1) ?? Number.NaN;

    const errors = [...describeRuns, ...pacedRuns, ...sdkRuns, ...createRuns, fill].filter(
      (r) => r.errors > 0,
    );
    for (const r of errors)
      notes.push(`${r.errors} failed requests in a run; first: ${r.firstError}`);

    const allPages = pageRuns.flat();
    console.log(
      markdownTable(
        [
          "Measurement (50 concurrent clients, loopback)",
          "Goal",
          `Median of ${RUNS}`,
          "Runs",
          "Met",
        ],
        [
          row({
            name: "DescribeService, saturated (raw HTTP): throughput",
            goal: "≥ 3,000 req/s",
            unit: "req/s",
            values: describeRuns.map((r) => r.perSecond),
            met: (v) => v >= 3_000,
          }),
          row({
            name: "DescribeService, saturated: p50 latency",
            goal: "—",
            unit: "ms",
            digits: 2,
            values: describeRuns.map((r) => percentile(r.latenciesMs, 50)),
          }),
          row({
            name: "DescribeService, saturated: p99 latency",
            goal: "≤ 10 ms",
            unit: "ms",
            digits: 2,
            values: describeRuns.map((r) => percentile(r.latenciesMs, 99)),
            met: (v) => v <= 10,
          }),
          row({
            name: "DescribeService at 3,000 req/s (paced), achieved",
            goal: "3,000 req/s",
            unit: "req/s",
            values: pacedRuns.map((r) => r.perSecond),
            met: (v) => v >= 2_950,
          }),
          row({
            name: "DescribeService at 3,000 req/s (paced), p99 latency",
            goal: "≤ 10 ms",
            unit: "ms",
            digits: 2,
            values: pacedRuns.map((r) => percentile(r.latenciesMs, 99)),
            met: (v) => v <= 10,
          }),
          row({
            name: "DescribeService throughput (AWS SDK v3 client)",
            goal: "—",
            unit: "req/s",
            values: sdkRuns.map((r) => r.perSecond),
          }),
          row({
            name: "DescribeService p99 latency (AWS SDK v3 client)",
            goal: "—",
            unit: "ms",
            digits: 2,
            values: sdkRuns.map((r) => percentile(r.latenciesMs, 99)),
          }),
          row({
            name: `CreateService throughput (${fmt(CREATES_PER_RUN)} per run)`,
            goal: "≥ 300 req/s",
            unit: "req/s",
            values: createRuns.map((r) => r.perSecond),
            met: (v) => v >= 300,
          }),
          row({
            name: "CreateService p99 latency",
            goal: "—",
            unit: "ms",
            digits: 1,
            values: createRuns.map((r) => percentile(r.latenciesMs, 99)),
          }),
          row({
            name: `ListServices page (20) with ${fmt(listed)} services, median`,
            goal: "≤ 20 ms",
            unit: "ms",
            digits: 2,
            values: pageRuns.map((p) => percentile(p, 50)),
            met: (v) => v <= 20,
          }),
          row({
            name: `ListServices page (20) with ${fmt(listed)} services, p99`,
            goal: "—",
            unit: "ms",
            digits: 2,
            values: pageRuns.map((p) => percentile(p, 99)),
          }),
          row({
            name: `Emulator RSS with ${fmt(listed)} services`,
            goal: "< 150 MB",
            unit: "MB",
            values: [rssAfter],
            met: (v) => v < 150,
          }),
          row({
            name: "Emulator peak RSS during the run",
            goal: "—",
            unit: "MB",
            values: [peakRss],
          }),
        ],
      ),
    );
    console.log(`\nListServices: ${fmt(allPages.length)} pages walked (every page, one client).`);
    for (const note of notes) console.log(`\n${note}`);
    console.log(`\nMachine: ${machineSummary()}. Load generator and emulator share the machine.`);
  } finally {
    clearInterval(sampler);
    caller.close();
    await emulator.dispose();
  }
}

async function countServices(caller: JsonCaller): Promise<number> {
  let count = 0;
  let NextToken: string | undefined;
  do {
    const page = await json(caller, "ListServices", {
      MaxResults: 20,
      ...(NextToken ? { NextToken } : {}),
    });
    if (page.status !== 200) throw new Error(`ListServices: ${JSON.stringify(page.body)}`);
    count += (page.body.ServiceSummaryList as unknown[]).length;
    NextToken = page.body.NextToken as string | undefined;
  } while (NextToken);
  return count;
}

/** Latency of every page of a full ListServices walk, one request at a time. */
async function walkPages(caller: JsonCaller): Promise<number[]> {
  const latencies: number[] = [];
  let NextToken: string | undefined;
  do {
    const t0 = performance.now();
    const page = await json(caller, "ListServices", {
      MaxResults: 20,
      ...(NextToken ? { NextToken } : {}),
    });
    latencies.push(performance.now() - t0);
    if (page.status !== 200) throw new Error(`ListServices: ${JSON.stringify(page.body)}`);
    NextToken = page.body.NextToken as string | undefined;
  } while (NextToken);
  return latencies;
}
