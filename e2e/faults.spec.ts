import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { createServer, request, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { expect, test } from "@playwright/test";

import { expectNoAxeViolations } from "./fixtures/axe";
import { next, uniqueName } from "./wizard-helpers";

/**
 * A dashboard of this spec's own, talking to the suite's emulator through a proxy the tests
 * steer: it passes calls through, or never answers them (a hung App Runner), or lets a create
 * happen and loses its answer.
 */
type Mode = { all: "pass" | "hang"; create: "pass" | "lose-answer"; list: "pass" | "hang" };
let mode: Mode = { all: "pass", create: "pass", list: "pass" };

const emulatorUrl = new URL(`http://127.0.0.1:${process.env.E2E_EMULATOR_PORT}`);
// Offset 20: 2, 7, 10 and 11 are other specs' own servers (a clash fails both at random).
const appPort = Number(process.env.E2E_APP_PORT) + 20;
const appUrl = `http://127.0.0.1:${appPort}`;
let proxy: Server;
let app: ChildProcess | undefined;

function forward(req: IncomingMessage, body: Buffer): Promise<IncomingMessage> {
  return new Promise((resolve, reject) => {
    const out = request(
      {
        host: emulatorUrl.hostname,
        port: emulatorUrl.port,
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

async function waitForHttp(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      if ((await fetch(url, { signal: AbortSignal.timeout(10_000) })).ok) return;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`${url} did not answer within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

test.describe.configure({ mode: "serial" });
test.use({ baseURL: appUrl });
test.setTimeout(120_000);

test.beforeAll(async () => {
  proxy = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      void (async () => {
        const target = String(req.headers["x-amz-target"] ?? "");
        if (mode.all === "hang") return;
        if (target.endsWith(".ListServices") && mode.list === "hang") return;
        const answer = await forward(req, Buffer.concat(chunks));
        if (target.endsWith(".CreateService") && mode.create === "lose-answer") {
          answer.resume();
          req.socket.destroy();
          return;
        }
        res.writeHead(answer.statusCode ?? 500, answer.headers);
        answer.pipe(res);
      })();
    });
  });
  await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
  const proxyUrl = `http://127.0.0.1:${(proxy.address() as AddressInfo).port}`;
  app = spawn(
    process.execPath,
    ["node_modules/next/dist/bin/next", "start", "-H", "127.0.0.1", "-p", String(appPort)],
    {
      env: {
        ...process.env,
        NEXT_TELEMETRY_DISABLED: "1",
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: "true",
        RUNNERDECK_EMULATOR_ENDPOINT: proxyUrl,
        RUNNERDECK_DATA_DIR: mkdtempSync(join(tmpdir(), "runnerdeck-faults-e2e-")),
      },
      stdio: "ignore",
    },
  );
  await waitForHttp(`${appUrl}/api/services`, 60_000);
});

test.afterAll(async () => {
  if (app && app.exitCode === null) {
    const exited = new Promise((resolve) => app!.once("exit", resolve));
    app.kill("SIGTERM");
    await exited;
  }
  proxy.closeAllConnections();
  await new Promise((resolve) => proxy.close(resolve));
});

test.beforeEach(() => {
  mode = { all: "pass", create: "pass", list: "pass" };
});

test("with App Runner hung, the services page says so within seconds", async ({ page }) => {
  mode.all = "hang";
  const start = Date.now();
  await page.goto("/services");
  await expect(page).toHaveURL(/\/services$/);
  // Next.js adds its own (empty) role=alert route announcer.
  await expect(page.getByRole("alert").filter({ hasText: "App Runner" })).toBeVisible({
    timeout: 20_000,
  });
  // Before, every read took three 20-second attempts: about a minute for the server render.
  expect(Date.now() - start).toBeLessThan(15_000);
});

test("with App Runner hung, a service page says so within seconds", async ({ page }) => {
  mode.all = "hang";
  const start = Date.now();
  await page.goto(`/services/web-app/${"a".repeat(32)}`);
  await expect(page).toHaveURL(/\/services\/web-app\/a{32}$/);
  await expect(page.getByRole("heading", { name: "The service could not be loaded" })).toBeVisible({
    timeout: 20_000,
  });
  await expect(page.getByRole("alert").filter({ hasText: "App Runner" })).toBeVisible();
  expect(Date.now() - start).toBeLessThan(10_000);
  await expectNoAxeViolations(page);
});

test("a create whose answer is lost keeps checking, then goes to the service", async ({ page }) => {
  const name = uniqueName("faults-unanswered");
  await page.goto("/services/new");
  await page.getByRole("button", { name: "Start blank" }).click();
  await expect(page).toHaveURL(/\/services\/new\/source$/);
  await page.getByLabel("Container image URI").fill("public.ecr.aws/nginx/nginx:latest");
  await next(page, "Build and run");
  await next(page, "Instance");
  await next(page, "Network");
  await next(page, "Health check");
  await next(page, "Service");
  await page.getByLabel("Service name").fill(name);
  await expect(page.getByText(`${name} is available.`)).toBeVisible();
  await next(page, "Review");

  // The create happens, its answer is lost, and the lookup that would tell gets no answer.
  mode = { all: "pass", create: "lose-answer", list: "hang" };
  await page.getByRole("button", { name: "Create service" }).click();
  const status = page.getByRole("status").filter({ hasText: "still checking" });
  await expect(status).toContainText(
    "App Runner hasn't answered whether the service was created; Runnerdeck is still checking.",
    { timeout: 30_000 },
  );
  await expect(page.getByText("was not created")).toHaveCount(0);
  await expectNoAxeViolations(page);

  // App Runner answers again: the form's next check finds the service it made.
  mode = { all: "pass", create: "pass", list: "pass" };
  await expect(page).toHaveURL(new RegExp(`/services/${name}/[0-9a-f]{32}$`), {
    timeout: 30_000,
  });
});
