/**
 * The live stream and the service routes against a real emulator over HTTP, called as a browser
 * (or someone scripting one) calls them. Upstream calls are counted at the emulator
 * (`/__emulator/stats`), the way DESIGN.md says benchmarks count them.
 *
 * Measure with more ARNs and a longer window:
 *   FAULTS_ARNS=2000 FAULTS_WINDOW_MS=15000 npx vitest run tests/unit/faults-live-stream.test.ts
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { CreateServiceCommand } from "@aws-sdk/client-apprunner";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { makeClients, TEST_REGION, type Clients } from "../support/clients";
import { startEmulator, TEST_ACCOUNT_ID, type EmulatorProcess } from "../support/emulator-process";
import { publicImageService } from "../support/service-requests";

type Route = { GET(request: Request): Promise<Response> | Response };

const ARNS = Number(process.env.FAULTS_ARNS ?? 200);
const WINDOW_MS = Number(process.env.FAULTS_WINDOW_MS ?? 3_000);

let emulator: EmulatorProcess;
let clients: Clients;
let dataDir: string;
const routes: Record<string, Route> = {};
let realArn = "";

const ours = (name: string, id: string) =>
  `arn:aws:apprunner:${TEST_REGION}:${TEST_ACCOUNT_ID}:service/${name}/${id}`;
const madeUp = (i: number) => ours(`made-up-${i}`, i.toString(16).padStart(32, "0"));

beforeAll(async () => {
  emulator = await startEmulator({});
  clients = makeClients(emulator.endpoint);
  dataDir = mkdtempSync(path.join(tmpdir(), "runnerdeck-faults-"));
  process.env.RUNNERDECK_EMULATOR_ENDPOINT = emulator.endpoint;
  process.env.RUNNERDECK_DATA_DIR = dataDir;
  const created = await clients.appRunner.send(
    new CreateServiceCommand(publicImageService("real-one")),
  );
  realArn = created.Service!.ServiceArn!;
  for (const name of ["events", "logs", "tags", "snapshot", "operations", "custom-domains"])
    routes[name] = (await import(`@/app/api/services/${name}/route`)) as Route;
});

afterAll(async () => {
  await emulator?.dispose();
  clients?.appRunner.destroy();
  clients?.logs.destroy();
  rmSync(dataDir, { recursive: true, force: true });
});

async function upstreamCalls(): Promise<number> {
  const stats = (await (await fetch(`${emulator.endpoint}/__emulator/stats`)).json()) as {
    calls: Record<string, number>;
  };
  return Object.values(stats.calls).reduce((a, b) => a + b, 0);
}

function get(route: string, query: Record<string, string>, signal?: AbortSignal) {
  const url = `http://127.0.0.1/api/services/${route}?${new URLSearchParams(query)}`;
  return routes[route]!.GET(new Request(url, signal ? { signal } : {}));
}

describe("the live stream and made-up ARNs", () => {
  // First: the made-up ARNs below use up the (one, local) viewer's services for a minute.
  it("still streams a service that exists", async () => {
    const aborts = new AbortController();
    const answer = await get("events", { arn: realArn }, aborts.signal);
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toMatch(/^text\/event-stream/);
    const reader = answer.body!.getReader();
    let text = "";
    while (!text.includes("event: service")) {
      const { value, done } = await reader.read();
      if (done) break;
      text += new TextDecoder().decode(value);
    }
    aborts.abort();
    await reader.cancel();
    expect(text).toContain("real-one");
    // Its loop outlives the viewer by the linger (5 s); let it end before calls are counted.
    await new Promise((resolve) => setTimeout(resolve, 6_000));
  });
  it(`${ARNS} made-up ARNs of this account cost a few upstream calls, not a poll loop each`, async () => {
    await get("snapshot", { arn: realArn }); // the dashboard learns its account once
    const before = await upstreamCalls();
    const aborts = new AbortController();
    const answers = await Promise.all(
      Array.from({ length: ARNS }, (_, i) => get("events", { arn: madeUp(i) }, aborts.signal)),
    );
    await new Promise((resolve) => setTimeout(resolve, WINDOW_MS));
    const calls = (await upstreamCalls()) - before;
    aborts.abort();
    const bodies = await Promise.all(
      answers.map((a) => (a.status === 200 ? a.body?.cancel() : a.json())),
    );
    console.log(`${ARNS} made-up ARNs: ${calls} upstream calls in ${WINDOW_MS} ms`);

    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s === 200)).toEqual([]);
    // The first (up to 20 services a minute, the real one included) are asked about, with
    // DescribeService and ListOperations, and found gone; the rest are over the viewer's cap
    // and refused without asking.
    const notFound = statuses.filter((s) => s === 404).length;
    expect(notFound).toBeLessThanOrEqual(20);
    expect(statuses.filter((s) => s === 429).length).toBe(ARNS - notFound);
    expect(calls).toBeLessThanOrEqual(2 * notFound);
    const refused = answers.findIndex((a) => a.status === 429);
    expect(answers[refused]!.headers.get("retry-after")).toMatch(/^\d+$/);
    expect(bodies[refused]).toMatchObject({ message: expect.stringMatching(/close some pages/i) });
    expect(bodies[answers.findIndex((a) => a.status === 404)]).toMatchObject({
      kind: "not-found",
      message: expect.stringMatching(/no such service/),
    });
  });
});

describe("every service route refuses what is not a service of this account and region", () => {
  const otherAccount = `arn:aws:apprunner:${TEST_REGION}:999999999999:service/real-one/${"a".repeat(32)}`;
  const otherRegion = `arn:aws:apprunner:eu-west-1:${TEST_ACCOUNT_ID}:service/real-one/${"a".repeat(32)}`;
  const otherPartition = `arn:aws-cn:apprunner:${TEST_REGION}:${TEST_ACCOUNT_ID}:service/real-one/${"a".repeat(32)}`;

  it.each(["events", "logs", "tags", "snapshot", "operations", "custom-domains"])(
    "%s: 404 for another account, region or partition, without asking App Runner",
    async (route) => {
      await get("snapshot", { arn: realArn });
      const before = await upstreamCalls();
      for (const arn of [otherAccount, otherRegion, otherPartition]) {
        const answer = await get(route, { arn, stream: "events" });
        expect(answer.status, arn).toBe(404);
        expect(await answer.json()).toMatchObject({ kind: "not-found" });
      }
      expect(await upstreamCalls()).toBe(before);
    },
  );

  it("logs: the events of this account's service with the same name and id stay out of reach", async () => {
    const parts = realArn.split(":");
    parts[4] = "999999999999";
    const answer = await get("logs", { arn: parts.join(":"), stream: "events" });
    expect(answer.status).toBe(404);
    const own = await get("logs", { arn: realArn, stream: "events" });
    expect(own.status).toBe(200);
  });

  it.each(["tags", "snapshot", "operations", "custom-domains"])(
    "%s: 404 for a service of this account that doesn't exist",
    async (route) => {
      const answer = await get(route, { arn: ours("never-made", "f".repeat(32)) });
      expect(answer.status).toBe(404);
      expect(await answer.json()).toMatchObject({ kind: "not-found" });
    },
  );

  it("tags: 200 with the tags of a service that exists", async () => {
    const answer = await get("tags", { arn: realArn });
    expect(answer.status).toBe(200);
    expect(await answer.json()).toEqual({ tags: expect.any(Array) });
  });
});
