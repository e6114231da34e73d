import path from "node:path";

import { StartDeploymentCommand } from "@aws-sdk/client-apprunner";
import { expect, type Page } from "@playwright/test";

import { servicePath } from "./fixtures/apprunner";
import { expectNoAxeViolations } from "./fixtures/axe";
import { withOwnServers } from "./fixtures/own-servers";
import { recordRendered, rendered } from "./fixtures/rendered";

const SCREENSHOT = path.resolve(__dirname, "../docs/screenshots/live-service.png");

// This spec runs its own emulator and dashboard, next to the suite's: on the suite's ports + 1.
// Operations are slow enough to watch phases go by even on a loaded machine, where the page may
// take ten seconds to load and go live.
const OPERATION_MS = 30_000;
const { servers, test } = withOwnServers(1, OPERATION_MS);
test.setTimeout(3 * OPERATION_MS + 60_000);

/** A phase shown under way, other than waiting in the queue. */
const UNDER_WAY = '[data-status="active"][data-phase]:not([data-phase="queued"])';

/** Each line of the event log as shown, to check that a catch-up shows no line twice. */
async function eventLines(page: Page): Promise<string[]> {
  return page.getByRole("log", { name: "Service events" }).getByRole("listitem").allTextContents();
}

test("with no services yet, the list leads to Create service", async ({ page }) => {
  await page.goto(`${servers.appUrl}/services`);
  await expect(page.getByText("No services yet.")).toBeVisible();
  const create = page.getByRole("main").getByRole("link", { name: "Create service" });
  await expect(create.first()).toHaveAttribute("href", "/services/new");
  await expectNoAxeViolations(page);
});

test("a new service is watched through its phases to RUNNING with no reload", async ({
  page,
  apprunner,
}) => {
  await recordRendered(page, "phase", UNDER_WAY, "data-phase");
  const service = await apprunner.createService();
  await page.goto(`${servers.appUrl}${servicePath(service)}`);
  await expect(page).toHaveURL(
    new RegExp(`/services/${service.ServiceName}/${service.ServiceId}$`),
  );
  await expect(page.getByRole("heading", { level: 1, name: service.ServiceName })).toBeVisible();
  let loads = 0;
  page.on("load", () => (loads += 1));

  const status = page.getByTestId("service-status");
  await expect(status).toHaveText("Operation in progress");
  // Some phase after "queued" is shown under way while the operation runs…
  await expect(page.locator(UNDER_WAY)).toBeVisible({ timeout: OPERATION_MS });
  await expect(page.getByTestId("live-state")).toHaveText("Live");
  await page.screenshot({ path: SCREENSHOT, fullPage: true });

  await expect(status).toHaveText("Running", { timeout: OPERATION_MS });
  expect(loads).toBe(0);
  // …and the timeline moved on to a later one without a reload (recorded in the page, so a
  // phase shown while the test was taking the screenshot counts).
  expect(new Set(await rendered(page, "phase")).size).toBeGreaterThanOrEqual(2);
  const phases = page.getByRole("list", { name: "Phases" }).getByRole("listitem");
  await expect(phases).toHaveCount(6);
  for (const item of await phases.all()) await expect(item).toHaveAttribute("data-status", "done");
  await expect(page.getByTestId("operation-total")).toHaveText(/^\d+(\.\d)? s$/);
  await expect(page.getByTestId("live-indicator")).toContainText("Last update");
  await expect(page.getByRole("log", { name: "Service events" })).toContainText(
    "Service status is set to RUNNING.",
  );
  await expectNoAxeViolations(page);
});

test("the stream survives a dropped connection and catches up", async ({ page, apprunner }) => {
  const service = await apprunner.createService();
  await page.goto(`${servers.appUrl}${servicePath(service)}`);
  const state = page.getByTestId("live-state");
  await expect(state).toHaveText("Live");
  await expect(page.getByTestId("service-status")).toHaveText("Operation in progress");

  // Drop every connection: the dashboard process goes away and comes back. Told to stop, it
  // ends its open live streams and exits by itself rather than waiting on them to be killed.
  expect(await servers.stopApp()).toEqual({ killed: false });
  await expect(state).not.toHaveText("Live");
  await servers.startApp();

  await expect(state).toHaveText("Live", { timeout: 30_000 });
  await expect(page.getByTestId("service-status")).toHaveText("Running", {
    timeout: OPERATION_MS,
  });
  await expect(page.getByRole("log", { name: "Service events" })).toContainText(
    "Service status is set to RUNNING.",
  );
  const lines = await eventLines(page);
  expect(lines.filter((l) => l.includes("Deployment started.")).length).toBe(1);
  expect(lines.filter((l) => l.includes("Health check is successful.")).length).toBe(1);
});

test("the stream survives an emulator restart and catches up", async ({ page, apprunner }) => {
  const service = await apprunner.createService();
  await apprunner.waitForStatus(service.ServiceArn!, "RUNNING", OPERATION_MS + 15_000);
  await page.goto(`${servers.appUrl}${servicePath(service)}`);
  await expect(page.getByTestId("live-state")).toHaveText("Live");
  await apprunner.client.send(new StartDeploymentCommand({ ServiceArn: service.ServiceArn }));
  // Started by another client: the dashboard notices within its idle poll (12 s).
  await expect(page.getByTestId("service-status")).toHaveText("Operation in progress", {
    timeout: 25_000,
  });

  await servers.stopEmulator();
  // The dashboard is still there; it says App Runner is not answering and keeps trying.
  await expect(page.getByTestId("live-indicator")).toContainText("could not be reached", {
    timeout: 20_000,
  });
  await servers.startEmulator();

  await expect(page.getByTestId("service-status")).toHaveText("Running", {
    timeout: OPERATION_MS + 15_000,
  });
  await expect(page.getByTestId("live-indicator")).not.toContainText("could not be reached");
  const activity = page.getByRole("region", { name: "Activity" });
  await expect(activity.locator('tr[data-operation="START_DEPLOYMENT"]')).toContainText(
    "Succeeded",
  );
  const lines = await eventLines(page);
  expect(lines.filter((l) => l.includes("Deployment completed.")).length).toBe(2);
});
