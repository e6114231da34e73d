import { readFile } from "node:fs/promises";

import { PauseServiceCommand } from "@aws-sdk/client-apprunner";

import { expectNoAxeViolations } from "./fixtures/axe";
import { expect, noteOrStatus, openRunningService, servicePath, test } from "./fixtures/apprunner";

test("a failed health check ends CREATE_FAILED; the page names the phase and shows the log lines", async ({
  page,
  apprunner,
}) => {
  const service = await apprunner.createService({ outcome: "fail-health-check" });
  await page.goto(servicePath(service));
  await expect(page.getByTestId("service-status")).toHaveText("Create failed", { timeout: 30_000 });
  const failure = page.getByRole("region", { name: /Failed during: Health check/ });
  await expect(failure).toBeVisible();
  await expect(page.getByTestId("failure-summary")).toContainText("did not pass its health check");
  await expect(page.getByTestId("failure-lines")).toContainText("Health check failed");
  await expect(page.locator('[data-phase="health-check"]')).toHaveAttribute(
    "data-status",
    "failed",
  );
  await expect(page.getByRole("button", { name: "Deploy", exact: true })).toBeDisabled();
  await expect(page.getByText("A service that failed to create can't deploy.")).toBeVisible();
  await expectNoAxeViolations(page);
});

test("pause, then resume, from the buttons", async ({ page, apprunner }) => {
  await openRunningService(page, apprunner);
  const status = page.getByTestId("service-status");
  await expect(status).toHaveText("Running");
  await expect(page.getByRole("button", { name: "Resume", exact: true })).toBeDisabled();
  await expect(page.getByText("Only a paused service can be resumed.")).toBeVisible();

  await page.getByRole("button", { name: "Pause", exact: true }).click();
  await expect
    .poll(() => noteOrStatus(page), { timeout: 20_000 })
    .toMatch(/^(Pausing the service\.|Paused)$/);
  await expect(status).toHaveText("Paused", { timeout: 20_000 });
  await expect(page.getByRole("button", { name: "Deploy", exact: true })).toBeDisabled();
  await expect(page.getByText("A paused service can't deploy. Resume it first.")).toBeVisible();

  await page.getByRole("button", { name: "Resume", exact: true }).click();
  await expect(status).toHaveText("Running", { timeout: 20_000 });
  const activity = page.getByRole("region", { name: "Activity" });
  await expect(activity.locator('tr[data-operation="PAUSE_SERVICE"]')).toContainText("Succeeded");
  await expect(activity.locator('tr[data-operation="RESUME_SERVICE"]')).toContainText("Succeeded");
});

test("deploy from the button; the timeline picks it up live and the operation's log opens", async ({
  page,
  apprunner,
}) => {
  await openRunningService(page, apprunner);
  await expect(page.getByTestId("service-status")).toHaveText("Running");
  await page.getByRole("button", { name: "Deploy", exact: true }).click();
  await expect(page.getByTestId("service-status")).toHaveText("Operation in progress");
  await expect(page.getByRole("region", { name: "Current operation" })).toContainText("Deployment");
  await expect(page.getByTestId("service-status")).toHaveText("Running", { timeout: 20_000 });

  const activity = page.getByRole("region", { name: "Activity" });
  await activity.getByRole("button", { name: /Deployment/ }).click();
  await expect(
    activity
      .getByRole("region", { name: "Deployment log" })
      .or(activity.getByLabel("Deployment log")),
  ).toContainText("MANUAL_DEPLOYMENT");

  // The event log filter keeps only matching lines.
  await page.getByLabel("Filter", { exact: true }).fill("health check is successful");
  const log = page.getByRole("log", { name: "Service events" });
  await expect(log.getByRole("listitem")).not.toHaveCount(0);
  for (const line of await log.getByRole("listitem").allTextContents()) {
    expect(line.toLowerCase()).toContain("health check is successful");
  }
});

test("delete asks for the typed name, then the page shows DELETED and the history", async ({
  page,
  apprunner,
}) => {
  const service = await openRunningService(page, apprunner);
  await page.getByRole("button", { name: "Delete", exact: true }).click();

  const dialog = page.getByRole("dialog", { name: `Delete ${service.ServiceName}?` });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page);
  const confirm = dialog.getByRole("button", { name: "Delete service" });
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(/Type .* to confirm/).fill(`${service.ServiceName}x`);
  await expect(confirm).toBeDisabled();
  await dialog.getByLabel(/Type .* to confirm/).fill(service.ServiceName!);
  await confirm.click();
  await expect(dialog).toBeHidden();

  await expect(page.getByTestId("service-status")).toHaveText("Deleted", { timeout: 20_000 });
  for (const name of ["Deploy", "Pause", "Resume", "Delete"]) {
    await expect(page.getByRole("button", { name, exact: true })).toBeDisabled();
  }
  await expect(page.getByText("The service is deleted.").first()).toBeVisible();
  const activity = page.getByRole("region", { name: "Activity" });
  await expect(activity.locator('tr[data-operation="DELETE_SERVICE"]')).toContainText("Succeeded");
  await expect(activity.locator('tr[data-operation="CREATE_SERVICE"]')).toContainText("Succeeded");
});

test("an unknown service shows a not-found page", async ({ page }) => {
  await page.goto("/services/no-such-service/0123456789abcdef0123456789abcdef");
  await expect(page.getByRole("heading", { name: "Service not found" })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("the live page works 360 px wide", async ({ page, apprunner }) => {
  await page.setViewportSize({ width: 360, height: 800 });
  const service = await apprunner.createService();
  await page.goto(servicePath(service));
  await expect(page.getByTestId("service-status")).toHaveText("Running", { timeout: 30_000 });
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});

test("the configuration is shown read-only with its tags, and Export JSON carries them", async ({
  page,
  apprunner,
}) => {
  const tags = [
    { Key: "team", Value: "payments" },
    { Key: "cost-center", Value: "4711" },
  ];
  const service = await apprunner.createService({ tags });
  await page.goto(servicePath(service));
  const config = page.getByRole("region", { name: "Configuration" });
  await expect(config).toContainText("public.ecr.aws/nginx/nginx:latest");
  await expect(config).toContainText("1 vCPU");
  await expect(config).toContainText("2 GB");
  const tagRow = config.getByRole("definition").filter({ hasText: "team=payments" });
  await expect(tagRow).toContainText("cost-center=4711");
  await expect(config.getByRole("link", { name: "Duplicate" })).toHaveAttribute(
    "href",
    `/services/new?from=${encodeURIComponent(service.ServiceArn!)}`,
  );
  const download = page.waitForEvent("download");
  await config.getByRole("button", { name: "Export JSON" }).click();
  const file = await (await download).path();
  const exported = JSON.parse(await readFile(file, "utf8")) as {
    Service: { ServiceArn: string; Tags?: unknown };
    Tags: { Key: string; Value: string }[];
  };
  expect(exported.Service.ServiceArn).toBe(service.ServiceArn);
  // Beside the Service, as DescribeService's output has no tags member.
  expect(exported.Service.Tags).toBeUndefined();
  expect(exported.Tags).toEqual(expect.arrayContaining(tags));
  expect(exported.Tags).toHaveLength(2);
});

test("a service without tags says so", async ({ page, apprunner }) => {
  const service = await apprunner.createService();
  await page.goto(servicePath(service));
  const config = page.getByRole("region", { name: "Configuration" });
  const tagsRow = config
    .locator("dl > div")
    .filter({ has: page.getByRole("term").filter({ hasText: /^Tags$/ }) });
  await expect(tagsRow.getByRole("definition")).toHaveText("None");
});

test("Duplicate carries the service's tags into the wizard", async ({ page, apprunner }) => {
  // The outcome tag steers how the emulator deploys: a copy without it would deploy differently.
  const service = await apprunner.createService({
    outcome: "fail-health-check",
    tags: [{ Key: "team", Value: "payments" }],
  });
  await page.goto(servicePath(service));
  await page
    .getByRole("region", { name: "Configuration" })
    .getByRole("link", { name: "Duplicate" })
    .click();
  await expect(page).toHaveURL(/\/services\/new\/source$/);
  await expect(page.getByLabel("Container image URI")).toHaveValue(
    "public.ecr.aws/nginx/nginx:latest",
  );
  await page.goto("/services/new/service");
  await expect(page).toHaveURL(/\/services\/new\/service$/);
  await expect(page.getByLabel("Service name")).toHaveValue(
    `${service.ServiceName}-copy`.slice(0, 40),
  );
  const pairs: string[] = [];
  for (let i = 1; i <= 2; i++) {
    pairs.push(
      `${await page.getByLabel(`Key of tag ${i}`).inputValue()}=${await page.getByLabel(`Value of tag ${i}`).inputValue()}`,
    );
  }
  expect(pairs.sort()).toEqual(["emulator:outcome=fail-health-check", "team=payments"]);
  await expect(page.getByLabel("Key of tag 3")).toHaveCount(0);
});

test("the event log follows new lines, pauses when scrolled up, and jumps to the latest", async ({
  page,
  apprunner,
}) => {
  const service = await apprunner.runningService();
  // A couple of deployments make the log longer than its box.
  for (let i = 0; i < 2; i++) await apprunner.deploy(service.ServiceArn!);
  await page.goto(servicePath(service));
  const log = page.getByRole("log", { name: "Service events" });
  await expect(log).toContainText("Deployment completed.");
  const atBottom = () =>
    log.evaluate((el) => el.scrollHeight - el.scrollTop - el.clientHeight <= 24);
  await expect.poll(atBottom).toBe(true);

  await log.evaluate((el) => {
    el.scrollTop = 0;
    el.dispatchEvent(new Event("scroll"));
  });
  await page.getByRole("button", { name: "Deploy", exact: true }).click();
  const jump = page.getByRole("button", { name: /Jump to latest \(\d+ new\)/ });
  await expect(jump).toBeVisible({ timeout: 20_000 });
  expect(await log.evaluate((el) => el.scrollTop)).toBe(0);

  await jump.click();
  await expect.poll(atBottom).toBe(true);
  await expect(jump).toBeHidden();
});

test("an action App Runner refuses shows its reason in words", async ({ page, apprunner }) => {
  const service = await openRunningService(page, apprunner);
  // The stream's first state has arrived; the next look at a stable service is seconds away.
  await expect(page.getByTestId("live-indicator")).toContainText("Last update");
  // Someone else pauses the service; this page has not heard yet.
  await apprunner.client.send(new PauseServiceCommand({ ServiceArn: service.ServiceArn }));
  await page.getByRole("button", { name: "Deploy", exact: true }).click({ timeout: 5_000 });
  await expect(page.getByTestId("action-result")).toContainText(/You can't .* while its status is/);
  // The refused action makes the page look again, so it catches up at once.
  await expect(page.getByTestId("service-status")).toHaveText(/Operation in progress|Paused/);
});
