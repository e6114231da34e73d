/**
 * An App Runner endpoint that accepts connections and never answers. Reads (what pages and
 * routes do while someone waits) must give up within a few seconds, retries included; calls
 * that change something keep their long timeouts, since giving up early leaves them unknown.
 */
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import {
  CreateServiceCommand,
  DescribeServiceCommand,
  ListServicesCommand,
} from "@aws-sdk/client-apprunner";
import { afterAll, beforeAll, expect, it } from "vitest";

import { createAppRunnerClient, createLogsClient, READ_DEADLINE_MS } from "@/lib/apprunner/client";
import { toAppRunnerFailure } from "@/lib/apprunner/errors";
import { parseSettings, type Settings } from "@/lib/env";
import { GetLogEventsCommand } from "@aws-sdk/client-cloudwatch-logs";

import { publicImageService } from "../support/service-requests";

let hung: Server;
let endpoint: string;
let settings: Settings;
/** Requests the hung endpoint received, by X-Amz-Target. */
const received: string[] = [];

beforeAll(async () => {
  hung = createServer((req) => {
    received.push(String(req.headers["x-amz-target"] ?? ""));
  });
  await new Promise<void>((resolve) => hung.listen(0, "127.0.0.1", resolve));
  endpoint = `http://127.0.0.1:${(hung.address() as AddressInfo).port}`;
  process.env.APPRUNNER_ENDPOINT = endpoint;
  const parsed = parseSettings({ APPRUNNER_ENDPOINT: endpoint });
  if (!parsed.ok) throw new Error(parsed.error);
  settings = parsed.settings;
});

afterAll(async () => {
  delete process.env.APPRUNNER_ENDPOINT;
  hung.closeAllConnections();
  await new Promise((resolve) => hung.close(resolve));
});

async function timed<T>(run: () => Promise<T>): Promise<{ ms: number; error: unknown }> {
  const start = Date.now();
  const error = await run().then(
    () => undefined,
    (e: unknown) => e,
  );
  return { ms: Date.now() - start, error };
}

it("a read gives up within its deadline, retries included, and says App Runner did not answer", async () => {
  const client = createAppRunnerClient(settings);
  received.length = 0;
  const { ms, error } = await timed(() => client.send(new ListServicesCommand({})));
  client.destroy();
  expect(ms).toBeGreaterThanOrEqual(READ_DEADLINE_MS - 100);
  expect(ms).toBeLessThan(READ_DEADLINE_MS + 1_500);
  expect(toAppRunnerFailure(error)).toMatchObject({ kind: "no-answer" });
  // The attempts after the deadline are not sent at all.
  expect(received).toEqual(["AppRunner.ListServices"]);
});

it("CloudWatch Logs reads have the same deadline", async () => {
  const client = createLogsClient(settings);
  const { ms, error } = await timed(() =>
    client.send(new GetLogEventsCommand({ logGroupName: "g", logStreamName: "s" })),
  );
  client.destroy();
  expect(ms).toBeLessThan(READ_DEADLINE_MS + 1_500);
  expect(toAppRunnerFailure(error)).toMatchObject({ kind: "no-answer" });
});

it("a call that changes something keeps waiting past the read deadline", async () => {
  const client = createAppRunnerClient(settings);
  const stop = new AbortController();
  let settled = false;
  const create = client
    .send(new CreateServiceCommand(publicImageService("slow-create")), {
      abortSignal: stop.signal,
    })
    .then(
      () => (settled = true),
      () => (settled = true),
    );
  await new Promise((resolve) => setTimeout(resolve, READ_DEADLINE_MS + 1_500));
  expect(settled).toBe(false);
  stop.abort();
  await create;
  client.destroy();
});

it("the services route answers a clean 504 within a few seconds instead of a minute", async () => {
  const { GET } = await import("@/app/api/services/route");
  const start = Date.now();
  const answer = await GET();
  expect(Date.now() - start).toBeLessThan(READ_DEADLINE_MS + 1_500);
  expect(answer.status).toBe(504);
  expect(await answer.json()).toMatchObject({ kind: "no-answer", message: expect.any(String) });
});

it("a service route answers within a few seconds too (its ARN check reads first)", async () => {
  const { GET } = await import("@/app/api/services/snapshot/route");
  const arn = `arn:aws:apprunner:us-east-1:123456789012:service/web-app/${"a".repeat(32)}`;
  const start = Date.now();
  const answer = await GET(new Request(`http://127.0.0.1/api/services/snapshot?arn=${arn}`));
  expect(Date.now() - start).toBeLessThan(READ_DEADLINE_MS + 1_500);
  expect(answer.status).toBe(504);
});

it("reads in flight together each keep their own deadline", async () => {
  const client = createAppRunnerClient(settings);
  const arn = `arn:aws:apprunner:us-east-1:123456789012:service/web-app/${"a".repeat(32)}`;
  const start = Date.now();
  const first = timed(() => client.send(new DescribeServiceCommand({ ServiceArn: arn })));
  await new Promise((resolve) => setTimeout(resolve, 2_000));
  const second = await timed(() => client.send(new DescribeServiceCommand({ ServiceArn: arn })));
  const firstDone = await first;
  client.destroy();
  expect(firstDone.ms).toBeLessThan(READ_DEADLINE_MS + 1_000);
  expect(Date.now() - start).toBeGreaterThanOrEqual(2_000 + READ_DEADLINE_MS - 100);
  expect(second.ms).toBeGreaterThanOrEqual(READ_DEADLINE_MS - 100);
}, 20_000);

it("the services page's server render reads the list once, not once per retry", async () => {
  const { getQueryClient } = await import("@/lib/query/get-query-client");
  const { serviceQueries } = await import("@/lib/query/service-queries");
  const { loadServiceList } = await import("@/lib/apprunner/api/load-service-list");
  const start = Date.now();
  // As app/services/page.tsx prefetches: the list's own options, read directly.
  await getQueryClient().prefetchQuery({ ...serviceQueries.list(), queryFn: loadServiceList });
  expect(Date.now() - start).toBeLessThan(READ_DEADLINE_MS + 1_500);
}, 40_000);
