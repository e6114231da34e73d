/**
 * The multi-service live stream (`/api/live`) against a real emulator, called as a browser's
 * EventSource calls it: several services on one connection, each checked and capped as on the
 * single-service route, refusals in-band, per-service last event ids honoured.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { CreateServiceCommand } from "@aws-sdk/client-apprunner";
import { afterAll, beforeAll, expect, it } from "vitest";

import { liveQuery, type LiveEntry } from "@/lib/live/protocol";

import { makeClients, TEST_REGION, type Clients } from "../support/clients";
import { startEmulator, TEST_ACCOUNT_ID, type EmulatorProcess } from "../support/emulator-process";
import { publicImageService } from "../support/service-requests";

type Route = { GET(request: Request): Promise<Response> };
type Frame = { event: string; data: Record<string, unknown> };

let emulator: EmulatorProcess;
let clients: Clients;
let dataDir: string;
let route: Route;
const arns: string[] = [];

const ours = (name: string, id: string) =>
  `arn:aws:apprunner:${TEST_REGION}:${TEST_ACCOUNT_ID}:service/${name}/${id}`;

beforeAll(async () => {
  emulator = await startEmulator({ operationMs: 1_500 });
  clients = makeClients(emulator.endpoint);
  dataDir = mkdtempSync(path.join(tmpdir(), "runnerdeck-live-"));
  process.env.RUNNERDECK_EMULATOR_ENDPOINT = emulator.endpoint;
  process.env.RUNNERDECK_DATA_DIR = dataDir;
  for (const name of ["live-one", "live-two"]) {
    const created = await clients.appRunner.send(
      new CreateServiceCommand(publicImageService(name)),
    );
    arns.push(created.Service!.ServiceArn!);
  }
  route = (await import("@/app/api/live/route")) as Route;
});

afterAll(async () => {
  await emulator?.dispose();
  clients?.appRunner.destroy();
  clients?.logs.destroy();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Opens the stream and reads frames until `done` says so (or 20 s pass). */
async function read(
  entries: LiveEntry[],
  done: (frames: Frame[]) => boolean,
): Promise<{ status: number; frames: Frame[] }> {
  const aborts = new AbortController();
  const answer = await route.GET(
    new Request(`http://127.0.0.1/api/live?${liveQuery(entries)}`, { signal: aborts.signal }),
  );
  const frames: Frame[] = [];
  if (answer.status !== 200) return { status: answer.status, frames };
  expect(answer.headers.get("content-type")).toMatch(/^text\/event-stream/);
  const reader = answer.body!.getReader();
  const decoder = new TextDecoder();
  let text = "";
  const deadline = Date.now() + 20_000;
  while (!done(frames) && Date.now() < deadline) {
    const { value, done: ended } = await reader.read();
    if (ended) break;
    text += decoder.decode(value, { stream: true });
    let end: number;
    while ((end = text.indexOf("\n\n")) >= 0) {
      const block = text.slice(0, end);
      text = text.slice(end + 2);
      const event = /^event: (.*)$/m.exec(block)?.[1];
      const data = /^data: (.*)$/m.exec(block)?.[1];
      if (event && data) frames.push({ event, data: JSON.parse(data) as Record<string, unknown> });
    }
  }
  aborts.abort();
  await reader.cancel();
  return { status: 200, frames };
}

const statusOf = (frame: Frame) =>
  (frame.data.data as { service?: { Status?: string } }).service?.Status;

it("carries two deploying services on one connection, each to RUNNING, each in id order", async () => {
  const running = (frames: Frame[], arn: string) =>
    frames.some((f) => f.event === "service" && f.data.arn === arn && statusOf(f) === "RUNNING");
  const { frames } = await read(
    arns.map((arn) => ({ arn })),
    (fs) => arns.every((arn) => running(fs, arn)),
  );
  for (const arn of arns) {
    expect(running(frames, arn), arn).toBe(true);
    const ids = frames.filter((f) => f.data.arn === arn).map((f) => f.data.id as number);
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
  }
  expect(frames.filter((f) => f.event === "refused")).toEqual([]);
});

it("after a service's last event id, sends its current state and no log line again", async () => {
  const first = await read([{ arn: arns[0]! }], (fs) => fs.some((f) => f.event === "log"));
  const seen = first.frames.filter((f) => f.event === "log");
  const last = Math.max(...first.frames.map((f) => f.data.id as number));
  const again = await read([{ arn: arns[0]!, lastEventId: last }], (fs) =>
    fs.some((f) => f.event === "service"),
  );
  expect(seen.length).toBeGreaterThan(0);
  expect(again.frames.filter((f) => f.event === "log" && (f.data.id as number) <= last)).toEqual(
    [],
  );
  expect(again.frames.find((f) => f.event === "service")?.data.arn).toBe(arns[0]);
});

it("refuses in-band what it can't stream, and streams the rest on the same connection", async () => {
  const garbage = "not-an-arn";
  const missing = ours("never-made", "f".repeat(32));
  const otherAccount = `arn:aws:apprunner:${TEST_REGION}:999999999999:service/live-one/${"a".repeat(32)}`;
  const entries = [garbage, missing, otherAccount, arns[1]!].map((arn) => ({ arn }));
  const { frames } = await read(
    entries,
    (fs) =>
      fs.filter((f) => f.event === "refused").length >= 3 && fs.some((f) => f.event === "service"),
  );
  const refused = new Map(
    frames.filter((f) => f.event === "refused").map((f) => [f.data.arn, f.data]),
  );
  expect(refused.get(garbage)).toMatchObject({ reason: "invalid-request" });
  expect(refused.get(missing)).toMatchObject({ reason: "gone", retryAfterSeconds: 60 });
  expect(refused.get(otherAccount)).toMatchObject({ reason: "not-found" });
  expect(refused.has(arns[1])).toBe(false);
  expect(frames.find((f) => f.event === "service")?.data.arn).toBe(arns[1]);
});

it("carries at most 20 services; the rest are refused, not dropped", async () => {
  const entries = [
    { arn: arns[0]! },
    ...Array.from({ length: 21 }, (_, i) => ({ arn: `not-an-arn-${i}` })),
  ];
  const { frames } = await read(
    entries,
    (fs) => fs.filter((f) => f.event === "refused").length >= 21,
  );
  const over = frames.filter((f) => f.event === "refused" && f.data.reason === "too-many-services");
  expect(over.map((f) => f.data.arn)).toEqual(["not-an-arn-19", "not-an-arn-20"]);
  expect(over[0]!.data.message).toMatch(/at most 20 services/);
});

it("answers a stream of no services 400", async () => {
  const answer = await route.GET(new Request("http://127.0.0.1/api/live"));
  expect(answer.status).toBe(400);
  expect(await answer.json()).toMatchObject({ kind: "invalid-request" });
});
