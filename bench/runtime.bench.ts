/**
 * The runtime (`--code-services run`) as a person meets it: how long the sample app takes from
 * CreateService to RUNNING (checkout, its build command, start, the real health check with the
 * default settings), and how much memory one idle running instance holds (the RSS summed over its
 * process group: the app, and the `sh -c` that started it when the shell did not exec it). The emulator runs bundled as `npm run build` bundles
 * it, on loopback; the sample is the repository it seeds (samples/hello-app).
 *
 * Env: BENCH_RUNTIME_SERVICES (default 5): services created one after another.
 */
import path from "node:path";

import { SAMPLE_REPOSITORY_URL } from "../emulator/samples/seed-sample-repository";
import { bundleNodeEntries } from "../scripts/node-bundles";
import { REPO_ROOT } from "../tests/support/emulator-process";
import {
  createCodeService,
  instanceIds,
  processesOf,
  settle,
  startRuntime,
} from "../tests/support/runtime-harness";
import { machineSummary } from "./lib/machine";
import { markdownTable } from "./lib/markdown-table";
import { rssMB } from "./lib/process-memory";
import { median } from "./lib/stats";

const SERVICES = Number(process.env.BENCH_RUNTIME_SERVICES ?? 5);
const BUNDLE_DIR = path.join(REPO_ROOT, "node_modules/.cache/runnerdeck-bench-runtime");

const fmt = (n: number, digits = 0) =>
  n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

export default async function runtimeBench(): Promise<void> {
  await bundleNodeEntries(BUNDLE_DIR, true);
  const h = await startRuntime({ entry: [path.join(BUNDLE_DIR, "emulator.mjs")] });
  try {
    const times: number[] = [];
    const services = [];
    for (let i = 0; i < SERVICES; i++) {
      const started = performance.now();
      const { service } = await createCodeService(h, {
        url: SAMPLE_REPOSITORY_URL,
        // The API's default health check (TCP, 5 s interval): what a person gets.
        health: { Interval: 5, Timeout: 2 },
      });
      const settled = await settle(h, service, 60_000);
      if (settled.Status !== "RUNNING")
        throw new Error(`${service.ServiceName} ended ${settled.Status}`);
      times.push(performance.now() - started);
      services.push(service);
    }
    // Idle: no requests for a while, then each instance's process group is measured.
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    const perInstance: number[] = [];
    for (const service of services)
      for (const id of await instanceIds(h, service)) {
        const pids = processesOf([id]);
        if (pids.length === 0) continue;
        perInstance.push(pids.reduce((sum, pid) => sum + (rssMB(pid) ?? 0), 0));
      }

    console.log(machineSummary());
    console.log(
      `\n${SERVICES} services of the sample app (${SAMPLE_REPOSITORY_URL}), created one after another; one instance each (MinSize 1).\n`,
    );
    console.log(
      markdownTable(
        ["measure", "median", "min", "max", "samples"],
        [
          [
            "CreateService → RUNNING",
            `${fmt(median(times))} ms`,
            `${fmt(Math.min(...times))} ms`,
            `${fmt(Math.max(...times))} ms`,
            times.map((t) => fmt(t)).join(" / "),
          ],
          [
            "idle RSS per instance (its process group)",
            `${fmt(median(perInstance), 1)} MB`,
            `${fmt(Math.min(...perInstance), 1)} MB`,
            `${fmt(Math.max(...perInstance), 1)} MB`,
            perInstance.map((m) => fmt(m, 1)).join(" / "),
          ],
        ],
      ),
    );
    console.log(
      "\nThe first health check comes 1 s after the app starts (docs/emulator-runtime.md), so about 1 s of each create is that wait.",
    );
  } finally {
    await h.dispose();
  }
}
