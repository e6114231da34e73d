/**
 * A create whose answer never comes, against a real emulator behind a proxy that loses answers,
 * holds requests back (they arrive late) and leaves lookups unanswered. The action must say
 * "not created" only when App Runner said so, keep checking otherwise, and recognise the
 * person's own service when a retry is refused as "name taken".
 */
import { createServer, request, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

import { CreateServiceCommand, ListServicesCommand } from "@aws-sdk/client-apprunner";
import { afterAll, beforeAll, beforeEach, expect, it } from "vitest";

import { STILL_CHECKING, type CreateServiceState } from "@/app/services/new/create-service-state";
import { blankValues } from "@/lib/apprunner/form/defaults";
import type { WizardValues } from "@/lib/apprunner/form/wizard-values";

import { makeClients, type Clients } from "../support/clients";
import { startEmulator, type EmulatorProcess } from "../support/emulator-process";

type Mode = {
  /** CreateService: pass, forward then lose the answer, or hold it back (arrives on release). */
  create: "pass" | "lose-answer" | "hold";
  /** ListServices: pass, or never answer (the lookup times out). */
  list: "pass" | "hang";
};

let emulator: EmulatorProcess;
let clients: Clients;
let proxy: Server;
let dataDir: string;
let mode: Mode = { create: "pass", list: "pass" };
let held: { body: Buffer; req: IncomingMessage }[] = [];
let createService: typeof import("@/app/services/new/actions").createService;

function forward(req: IncomingMessage, body: Buffer): Promise<IncomingMessage> {
  const upstream = new URL(emulator.endpoint);
  return new Promise((resolve, reject) => {
    const out = request(
      {
        host: upstream.hostname,
        port: upstream.port,
        path: req.url,
        method: req.method,
        headers: req.headers,
      },
      resolve,
    );
    out.on("error", reject);
    out.end(body);
  });
}

/** Sends the held-back creates to App Runner now, in order, their answers going nowhere. */
async function releaseHeld(): Promise<void> {
  for (const { req, body } of held.splice(0)) (await forward(req, body)).resume();
}

beforeAll(async () => {
  emulator = await startEmulator({});
  clients = makeClients(emulator.endpoint);
  dataDir = mkdtempSync(path.join(tmpdir(), "runnerdeck-faults-create-"));
  proxy = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      void (async () => {
        const body = Buffer.concat(chunks);
        const target = String(req.headers["x-amz-target"] ?? "");
        if (target.endsWith(".ListServices") && mode.list === "hang") return;
        if (target.endsWith(".CreateService")) {
          if (mode.create === "hold") {
            held.push({ req, body });
            req.socket.destroy();
            return;
          }
          // A create held back earlier arrives first, as a slow network would deliver it.
          await releaseHeld();
          if (mode.create === "lose-answer") {
            (await forward(req, body)).resume();
            req.socket.destroy();
            return;
          }
        }
        const answer = await forward(req, body);
        res.writeHead(answer.statusCode ?? 500, answer.headers);
        answer.pipe(res);
      })();
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  process.env.RUNNERDECK_EMULATOR_ENDPOINT = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  process.env.RUNNERDECK_DATA_DIR = dataDir;
  ({ createService } = await import("@/app/services/new/actions"));
});

afterAll(async () => {
  proxy?.closeAllConnections();
  await new Promise((resolve) => proxy?.close(resolve));
  clients?.appRunner.destroy();
  clients?.logs.destroy();
  await emulator?.dispose();
  rmSync(dataDir, { recursive: true, force: true });
});

beforeEach(() => {
  mode = { create: "pass", list: "pass" };
  held = [];
});

function imageValues(name: string, image = "public.ecr.aws/nginx/nginx:latest"): WizardValues {
  const values = blankValues();
  values.source.imageIdentifier = image;
  values.service.name = name;
  return values;
}

function form(values: WizardValues, token: string): FormData {
  const data = new FormData();
  data.set("values", JSON.stringify(values));
  data.set("token", token);
  return data;
}

async function submit(data: FormData): Promise<CreateServiceState | { redirect: string }> {
  try {
    return await createService({ status: "idle" }, data);
  } catch (error) {
    const digest = (error as { digest?: string }).digest ?? "";
    if (digest.startsWith("NEXT_REDIRECT")) return { redirect: digest.split(";")[2]! };
    throw error;
  }
}

async function servicesNamed(name: string) {
  const out = await clients.appRunner.send(new ListServicesCommand({}));
  return (out.ServiceSummaryList ?? []).filter((s) => s.ServiceName === name);
}

it("says it is still checking when the lookup fails too, and the retry finds the service", async () => {
  const values = imageValues("unanswered");
  const token = crypto.randomUUID();
  mode = { create: "lose-answer", list: "hang" };
  const first = await submit(form(values, token));
  expect(first).toEqual({ status: "checking", message: STILL_CHECKING });
  expect(JSON.stringify(first)).not.toMatch(/not created/);

  // App Runner answers again; the form sends the same token to keep checking.
  mode = { create: "pass", list: "pass" };
  const again = await submit(form(values, token));
  const [only, ...more] = await servicesNamed("unanswered");
  expect(more).toEqual([]);
  expect(again).toEqual({ redirect: `/services/unanswered/${only!.ServiceId}` });
}, 60_000);

it("keeps checking (and sends no second create) while App Runner still doesn't answer", async () => {
  const values = imageValues("still-unanswered");
  const token = crypto.randomUUID();
  mode = { create: "lose-answer", list: "hang" };
  expect(await submit(form(values, token))).toMatchObject({ status: "checking" });
  mode = { create: "lose-answer", list: "hang" };
  const creates = (await statsCalls()).CreateService ?? 0;
  expect(await submit(form(values, token))).toMatchObject({ status: "checking" });
  expect((await statsCalls()).CreateService ?? 0).toBe(creates);
}, 60_000);

it("recognises its own service when a retry is refused as 'name taken'", async () => {
  const values = imageValues("arrives-late");
  const token = crypto.randomUUID();
  // The creates never reach App Runner in time; the lookup (which works) finds nothing.
  mode = { create: "hold", list: "pass" };
  const first = await submit(form(values, token));
  expect(first).toMatchObject({ status: "error", retry: true, message: /not created/ });

  // The person tries again; the held create arrives just before theirs, which App Runner
  // refuses as "name taken". That service is theirs: same configuration, just made.
  mode = { create: "pass", list: "pass" };
  const again = await submit(form(values, token));
  const [only, ...more] = await servicesNamed("arrives-late");
  expect(more).toEqual([]);
  expect(again).toEqual({ redirect: `/services/arrives-late/${only!.ServiceId}` });
}, 60_000);

it("still calls someone else's service with the name a conflict", async () => {
  await clients.appRunner.send(
    new CreateServiceCommand({
      ServiceName: "someone-elses",
      SourceConfiguration: {
        ImageRepository: {
          ImageIdentifier: "public.ecr.aws/aws-containers/hello-app-runner:latest",
          ImageRepositoryType: "ECR_PUBLIC",
        },
        AutoDeploymentsEnabled: false,
      },
    }),
  );
  const values = imageValues("someone-elses");
  const token = crypto.randomUUID();
  mode = { create: "hold", list: "pass" };
  expect(await submit(form(values, token))).toMatchObject({ status: "error" });
  mode = { create: "pass", list: "pass" };
  held = [];
  const again = await submit(form(values, token));
  expect(again).toMatchObject({
    status: "error",
    fieldErrors: [{ path: "service.name", message: expect.stringMatching(/already exists/) }],
  });
}, 60_000);

async function statsCalls(): Promise<Record<string, number>> {
  const stats = (await (await fetch(`${emulator.endpoint}/__emulator/stats`)).json()) as {
    calls: Record<string, number>;
  };
  return stats.calls;
}
