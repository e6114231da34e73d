/**
 * The local App Runner runs code for real (issue 13): the sample-app preset builds, passes a real
 * health check and opens at its URL; its output reaches the Application log; a commit + Deploy
 * changes what the URL shows; Pause and Resume stop and start it; Delete leaves no process. And
 * the same app with a wrong port fails at the health check, which the page explains.
 *
 * The suite's shared emulator simulates code services (`--code-services simulate`), so this spec
 * starts its own emulator that runs them, and a dashboard pointed at it, on the suite's ports +25
 * (emulator) and +26 (dashboard), with a temporary data dir holding the seeded repositories.
 */
import { execFileSync } from "node:child_process";
import { readdirSync, readlinkSync, writeFileSync } from "node:fs";
import http from "node:http";
import path from "node:path";

import { expect, test, type Page } from "@playwright/test";

import { expectNoAxeViolations } from "./fixtures/axe";
import { LiveServers } from "./fixtures/live-servers";
import { next, uniqueName } from "./wizard-helpers";

const servers = new LiveServers(
  Number(process.env.E2E_APP_PORT) + 25,
  Number(process.env.E2E_APP_PORT) + 26,
  1000,
  { codeServices: "run", emulatorArgs: (dataDir) => ["--repos-dir", path.join(dataDir, "repos")] },
);
const sampleRepo = () =>
  path.join(servers.dataDir, "repos", "github.com", "runnerdeck", "hello-app");

/** Processes whose working directory is inside this spec's data dir: the app's instances. */
function processesUnderDataDir(): number[] {
  const { dataDir } = servers;
  const found: number[] = [];
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const cwd = readlinkSync(`/proc/${entry}/cwd`);
      if (cwd === dataDir || cwd.startsWith(`${dataDir}/`)) found.push(Number(entry));
    } catch {
      // gone, or not ours to read
    }
  }
  return found;
}

function commitToSample(message: string): void {
  writeFileSync(path.join(sampleRepo(), "message.txt"), `${message}\n`);
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: "Runnerdeck e2e",
    GIT_AUTHOR_EMAIL: "e2e@example.com",
    GIT_COMMITTER_NAME: "Runnerdeck e2e",
    GIT_COMMITTER_EMAIL: "e2e@example.com",
    GIT_CONFIG_NOSYSTEM: "1",
  };
  execFileSync("git", ["-c", "commit.gpgsign=false", "commit", "-qam", message], {
    cwd: sampleRepo(),
    env,
  });
}

test.describe.configure({ mode: "serial" });
test.use({ baseURL: servers.appUrl });
test.setTimeout(300_000);

test.beforeAll(async () => {
  test.setTimeout(120_000);
  await servers.startEmulator();
  await servers.startApp();
});

test.afterAll(async () => {
  await servers.stopAll();
});

/** The sample-app preset through the wizard, with a connection made inline; returns on the live page. */
async function createFromPreset(
  page: Page,
  name: string,
  adjust?: (page: Page) => Promise<void>,
): Promise<void> {
  await page.goto("/services/new");
  await page.getByRole("button", { name: "Use preset: Sample app (runs locally)" }).click();
  await expect(page).toHaveURL(/\/services\/new\/source$/);
  await expect(page.getByLabel("Repository URL")).toHaveValue(
    "https://github.com/runnerdeck/hello-app",
  );
  await page.getByRole("button", { name: "Create connection" }).click();
  await page.getByLabel("Connection name").fill(uniqueName("gh").slice(0, 30));
  await page.getByLabel("Provider").selectOption("GITHUB");
  await page.getByRole("button", { name: "Create", exact: true }).click();
  const picker = page.getByLabel("Connection", { exact: true });
  await expect(picker.locator("option:checked")).toHaveText(/available\)$/, { timeout: 30_000 });

  await next(page, "Build and run");
  await expect(page.getByLabel("Start command")).toHaveValue("node server.js");
  if (adjust) await adjust(page);
  await next(page, "Instance");
  await next(page, "Network");
  await next(page, "Health check");
  await next(page, "Service");
  await page.getByLabel("Service name").fill(name);
  await next(page, "Review");
  await page.getByRole("button", { name: "Create service" }).click();
  await expect(page).toHaveURL(new RegExp(`/services/${name}/[0-9a-f]{32}$`), { timeout: 30_000 });
}

function serviceUrlCell(page: Page) {
  return page
    .getByRole("term")
    .filter({ hasText: /^Service URL$/ })
    .locator("xpath=following-sibling::dd[1]");
}

/**
 * GET a service URL from this process. Node's resolver doesn't send `*.localhost` to loopback as
 * browsers do, so the request goes to 127.0.0.1 on the URL's port with the URL's host as `Host`.
 */
function fetchText(url: string): Promise<{ status: number; body: string }> {
  const { hostname, port, pathname } = new URL(url);
  return new Promise((resolve) => {
    const request = http.get(
      {
        host: "127.0.0.1",
        port: Number(port),
        path: pathname,
        headers: { host: `${hostname}:${port}` },
        timeout: 5_000,
      },
      (response) => {
        let body = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => (body += chunk));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
      },
    );
    request.on("timeout", () => request.destroy(new Error("timed out")));
    request.on("error", (error) => resolve({ status: 0, body: String(error) }));
  });
}

test("the sample app builds, runs, answers at its URL, logs, redeploys, pauses and goes away", async ({
  page,
}) => {
  const name = uniqueName("hello-real").slice(0, 30);
  await createFromPreset(page, name);
  const status = page.getByTestId("service-status");

  // The real build's output arrives in the current deployment log as it happens.
  await page.getByRole("tab", { name: "Current deployment log" }).click();
  const deploymentLog = page.getByRole("log", { name: "Current deployment log" });
  await expect(deploymentLog).toContainText("node --check server.js", { timeout: 60_000 });
  // RUNNING only after the real health check passes.
  await expect(status).toHaveText("Running", { timeout: 120_000 });
  await expect(deploymentLog).toContainText(/Health check on .* is successful/);

  // The URL is a link (http, *.localhost) that opens the app's own page.
  const link = serviceUrlCell(page).getByRole("link");
  const href = (await link.getAttribute("href"))!;
  expect(href).toMatch(/^http:\/\/[a-z0-9]{10}\.[a-z0-9-]+\.localhost:\d+$/);
  const popupPromise = page.waitForEvent("popup");
  await link.click();
  const appPage = await popupPromise;
  await expect(appPage.getByRole("heading", { level: 1 })).toHaveText("Hello from App Runner");

  // The app's request line is in the Application log, with the instance that wrote it.
  await page.getByRole("tab", { name: "Application log" }).click();
  const appLog = page.getByRole("log", { name: "Application log" });
  await expect(appLog).toContainText(/GET \/ 200/, { timeout: 30_000 });
  await expect(appLog).toContainText(/\[[0-9a-f]{8}\]/);
  // The tabs follow the WAI-ARIA pattern: arrow keys move the selection and the focus.
  await page.keyboard.press("ArrowLeft");
  const deploymentTab = page.getByRole("tab", { name: "Current deployment log" });
  await expect(deploymentTab).toBeFocused();
  await expect(deploymentTab).toHaveAttribute("aria-selected", "true");
  await page.keyboard.press("End");
  await expect(page.getByRole("tab", { name: "Application log" })).toBeFocused();
  await expect(appLog).toBeVisible();
  // The instance count comes from CloudWatch's ActiveInstances.
  await expect(page.getByTestId("instance-count")).toHaveText("Instances: 1", { timeout: 30_000 });
  await expectNoAxeViolations(page);
  await page.getByRole("heading", { name: "Logs" }).scrollIntoViewIfNeeded();
  await page.screenshot({ path: "docs/screenshots/runs-for-real.png" });
  await page.setViewportSize({ width: 360, height: 780 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(
    true,
  );
  await page.setViewportSize({ width: 1280, height: 720 });

  // A new commit on the branch, then Deploy: the URL shows the new text.
  commitToSample("Hello from a new commit");
  await page.getByRole("button", { name: "Deploy", exact: true }).click();
  await expect
    .poll(async () => (await fetchText(href)).body, { timeout: 120_000 })
    .toContain("Hello from a new commit");
  await expect(status).toHaveText("Running", { timeout: 60_000 });
  await appPage.reload();
  await expect(appPage.getByRole("heading", { level: 1 })).toHaveText("Hello from a new commit");

  // Paused, the URL answers as App Runner does for a paused service; resumed, the app is back.
  await page.getByRole("button", { name: "Pause", exact: true }).click();
  await expect(status).toHaveText("Paused", { timeout: 60_000 });
  const paused = await fetchText(href);
  expect(paused.status).toBe(503);
  expect(paused.body).toContain("paused");
  await expect.poll(processesUnderDataDir, { timeout: 20_000 }).toEqual([]);
  await page.getByRole("button", { name: "Resume", exact: true }).click();
  await expect(status).toHaveText("Running", { timeout: 120_000 });
  await appPage.reload();
  await expect(appPage.getByRole("heading", { level: 1 })).toHaveText("Hello from a new commit");
  expect(processesUnderDataDir().length).toBeGreaterThan(0);

  // Delete stops the app: nothing of it keeps running and its URL no longer reaches it.
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  const dialog = page.getByRole("dialog", { name: `Delete ${name}?` });
  await dialog.getByLabel(/Type .* to confirm/).fill(name);
  await dialog.getByRole("button", { name: "Delete service" }).click();
  await expect(status).toHaveText("Deleted", { timeout: 60_000 });
  await expect.poll(processesUnderDataDir, { timeout: 20_000 }).toEqual([]);
  const gone = await fetchText(href);
  expect(gone.body).not.toContain("Hello from a new commit");
  await appPage.close();
});

test("the same app with a wrong port fails at the health check, and the page says so", async ({
  page,
}) => {
  const name = uniqueName("hello-port").slice(0, 30);
  // App Runner checks port 3000; the app insists on 8080.
  await createFromPreset(page, name, async (p) => {
    await p.getByLabel("Start command").fill("PORT=8080 node server.js");
    await p.getByLabel("Port", { exact: true }).fill("3000");
  });
  const status = page.getByTestId("service-status");
  await expect(status).toHaveText("Create failed", { timeout: 180_000 });
  const failure = page.getByRole("region", { name: /Failed during: Health check/ });
  await expect(failure).toBeVisible();
  await expect(failure.getByTestId("failure-summary")).toContainText(
    "did not pass its health check",
  );
  await expect(failure.getByTestId("failure-lines")).toContainText("3000");
  await expect.poll(processesUnderDataDir, { timeout: 20_000 }).toEqual([]);
  await expectNoAxeViolations(page);
});
