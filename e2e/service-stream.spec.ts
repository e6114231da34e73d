import path from "node:path";

import { StartDeploymentCommand } from "@aws-sdk/client-apprunner";
import { expect, type Page } from "@playwright/test";

import { servicePath } from "./fixtures/apprunner";
import { expectNoAxeViolations } from "./fixtures/axe";
import { withOwnServers } from "./fixtures/own-servers";

const SCREENSHOT = path.resolve(__dirname, "../docs/screenshots/live-service.png");

// This spec runs its own emulator (slow enough to watch phases) and dashboard, next to the
// suite's: on the suite's ports + 1.
const { servers, test } = withOwnServers(1, 15_000);
test.setTimeout(90_000);

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
  const underWay = page.locator('[data-status="active"][data-phase]:not([data-phase="queued"])');
  await expect(underWay).toBeVisible({ timeout: 20_000 });
  const first = await underWay.getAttribute("data-phase");
  await expect(page.getByTestId("live-state")).toHaveText("Live");
  await page.screenshot({ path: SCREENSHOT, fullPage: true });
  // …and the timeline moves on to a later one without a reload.
  await expect(underWay).not.toHaveAttribute("data-phase", first!, { timeout: 20_000 });

  await expect(status).toHaveText("Running", { timeout: 30_000 });
  expect(loads).toBe(0);
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

  // Drop every connection: the dashboard process goes away and comes back.
  await servers.stopApp();
  await expect(state).not.toHaveText("Live");
  await servers.startApp();

  await expect(state).toHaveText("Live", { timeout: 30_000 });
  await expect(page.getByTestId("service-status")).toHaveText("Running", { timeout: 30_000 });
  await expect(page.getByRole("log", { name: "Service events" })).toContainText(
    "Service status is set to RUNNING.",
  );
  const lines = await eventLines(page);
  expect(lines.filter((l) => l.includes("Deployment started.")).length).toBe(1);
  expect(lines.filter((l) => l.includes("Health check is successful.")).length).toBe(1);
});

test("the stream survives an emulator restart and catches up", async ({ page, apprunner }) => {
  const service = await apprunner.createService();
  await apprunner.waitForStatus(service.ServiceArn!, "RUNNING", 30_000);
  await page.goto(`${servers.appUrl}${servicePath(service)}`);
  await expect(page.getByTestId("live-state")).toHaveText("Live");
  await apprunner.client.send(new StartDeploymentCommand({ ServiceArn: service.ServiceArn }));
  await expect(page.getByTestId("service-status")).toHaveText("Operation in progress");

  await servers.stopEmulator();
  // The dashboard is still there; it says App Runner is not answering and keeps trying.
  await expect(page.getByTestId("live-indicator")).toContainText("could not be reached", {
    timeout: 20_000,
  });
  await servers.startEmulator();

  await expect(page.getByTestId("service-status")).toHaveText("Running", { timeout: 40_000 });
  await expect(page.getByTestId("live-indicator")).not.toContainText("could not be reached");
  const activity = page.getByRole("region", { name: "Activity" });
  await expect(activity.locator('tr[data-operation="START_DEPLOYMENT"]')).toContainText(
    "Succeeded",
  );
  const lines = await eventLines(page);
  expect(lines.filter((l) => l.includes("Deployment completed.")).length).toBe(2);
});
