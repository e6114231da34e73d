/**
 * The cost of reaching an app through its service URL: the same small request sent straight to
 * the app's instance and through the emulator's proxy (Host-based routing on the emulator's
 * port), p50/p99 of each one at a time, and requests per second with 32 in flight. Everything on
 * loopback: the emulator bundled as `npm run build` bundles it, a code service it runs from a
 * local git repository (tests/support/local-app-repo.ts), keep-alive connections both ways.
 *
 * Env: BENCH_PROXY_REQUESTS (default 3000 one at a time per path), BENCH_PROXY_SECONDS (default 4
 * per concurrent run).
 */
import { request, Agent } from "node:http";
import path from "node:path";

import {
  AppRunnerClient,
  CreateAutoScalingConfigurationCommand,
  CreateConnectionCommand,
} from "@aws-sdk/client-apprunner";

import { bundleNodeEntries } from "../scripts/node-bundles";
import { FAKE_CREDENTIALS, TEST_REGION } from "../tests/support/clients";
import { REPO_ROOT, startEmulator } from "../tests/support/emulator-process";
import { createAppRepo } from "../tests/support/local-app-repo";
import { runningCodeService } from "../tests/support/service-url";
import { machineSummary } from "./lib/machine";
import { markdownTable } from "./lib/markdown-table";
import { percentile } from "./lib/stats";

const REQUESTS = Number(process.env.BENCH_PROXY_REQUESTS ?? 3_000);
const SECONDS = Number(process.env.BENCH_PROXY_SECONDS ?? 4);
const CONCURRENCY = 32;
const BUNDLE_DIR = path.join(REPO_ROOT, "node_modules/.cache/runnerdeck-bench-proxy");

type Target = { port: number; host?: string; agent: Agent };

function once(target: Target): Promise<number> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    request(
      {
        host: "127.0.0.1",
        port: target.port,
        path: "/port",
        agent: target.agent,
        headers: target.host ? { host: target.host } : {},
      },
      (res) => {
        res.resume();
        res.on("end", () =>
          res.statusCode === 200
            ? resolve(performance.now() - started)
            : reject(new Error(`HTTP ${res.statusCode}`)),
        );
      },
    )
      .on("error", reject)
      .end();
  });
}

async function sequential(target: Target, n: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < n; i++) samples.push(await once(target));
  return samples;
}

async function throughput(target: Target): Promise<number> {
  const until = performance.now() + SECONDS * 1000;
  let done = 0;
  await Promise.all(
    Array.from({ length: CONCURRENCY }, async () => {
      while (performance.now() < until) {
        await once(target);
        done++;
      }
    }),
  );
  return done / SECONDS;
}

const ms = (n: number) => `${n.toFixed(3)} ms`;

export default async function proxyBench(): Promise<void> {
  await bundleNodeEntries(BUNDLE_DIR, true);
  const repo = createAppRepo();
  const emulator = await startEmulator({
    entry: [path.join(BUNDLE_DIR, "emulator.mjs")],
    codeServices: "run",
    reposDir: repo.reposDir,
  });
  const client = new AppRunnerClient({
    endpoint: emulator.endpoint,
    region: TEST_REGION,
    credentials: FAKE_CREDENTIALS,
  });
  try {
    // One instance, and no scaling: the bench measures the hop, not the scaler.
    const { AutoScalingConfiguration } = await client.send(
      new CreateAutoScalingConfigurationCommand({
        AutoScalingConfigurationName: "bench-one",
        MinSize: 1,
        MaxSize: 1,
        MaxConcurrency: 200,
      }),
    );
    const { Connection } = await client.send(
      new CreateConnectionCommand({ ConnectionName: "bench-gh", ProviderType: "GITHUB" }),
    );
    // The emulator makes a new connection AVAILABLE within its operation time.
    await new Promise((r) => setTimeout(r, 1_500));
    const service = await runningCodeService(client, {
      name: "bench-proxy",
      repositoryUrl: repo.repositoryUrl,
      connectionArn: Connection!.ConnectionArn!,
      autoScalingArn: AutoScalingConfiguration!.AutoScalingConfigurationArn!,
    });
    const emulatorPort = Number(new URL(emulator.endpoint).port);
    const agentOptions = { keepAlive: true, maxSockets: CONCURRENCY };
    const proxied: Target = {
      port: emulatorPort,
      host: service.ServiceUrl!,
      agent: new Agent(agentOptions),
    };
    // The app says which port its instance listens on, through the proxy.
    const appPort = await new Promise<number>((resolve, reject) => {
      request(
        { host: "127.0.0.1", port: emulatorPort, path: "/port", headers: { host: proxied.host } },
        (res) => {
          let body = "";
          res.on("data", (c: Buffer) => (body += c.toString()));
          res.on("end", () => resolve(Number(body)));
        },
      )
        .on("error", reject)
        .end();
    });
    const direct: Target = { port: appPort, agent: new Agent(agentOptions) };

    // Warm both paths, then alternate so drift hits them alike.
    await sequential(direct, 300);
    await sequential(proxied, 300);
    const directSamples: number[] = [];
    const proxiedSamples: number[] = [];
    for (let round = 0; round < 5; round++) {
      directSamples.push(...(await sequential(direct, REQUESTS / 5)));
      proxiedSamples.push(...(await sequential(proxied, REQUESTS / 5)));
    }
    const directRate = await throughput(direct);
    const proxiedRate = await throughput(proxied);

    const p = (s: number[], q: number) => percentile(s, q);
    console.log(
      markdownTable(
        ["path", "p50", "p99", `req/s with ${CONCURRENCY} in flight`],
        [
          [
            "straight to the app",
            ms(p(directSamples, 50)),
            ms(p(directSamples, 99)),
            directRate.toFixed(0),
          ],
          [
            "through the service URL (proxy)",
            ms(p(proxiedSamples, 50)),
            ms(p(proxiedSamples, 99)),
            proxiedRate.toFixed(0),
          ],
          [
            "**proxy overhead**",
            ms(p(proxiedSamples, 50) - p(directSamples, 50)),
            ms(p(proxiedSamples, 99) - p(directSamples, 99)),
            `${((1 - proxiedRate / directRate) * 100).toFixed(0)} % fewer`,
          ],
        ],
      ),
    );
    console.log(
      `\n${REQUESTS} requests one at a time per path (GET /port, a few bytes), ${SECONDS} s per concurrent run; ${machineSummary()}`,
    );
    direct.agent.destroy();
    proxied.agent.destroy();
  } finally {
    client.destroy();
    await emulator.dispose();
    repo.dispose();
  }
}
