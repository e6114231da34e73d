import { PauseServiceCommand } from "@aws-sdk/client-apprunner";

import { expect, test } from "./fixtures/apprunner";
import { expectNoAxeViolations } from "./fixtures/axe";

test("the list shows every service and stays current without a reload", async ({
  page,
  apprunner,
}) => {
  const service = await apprunner.createService();
  await page.goto("/services");
  await expect(page).toHaveURL(/\/services$/);
  await expect(page.getByRole("heading", { level: 1, name: "Services" })).toBeVisible();
  let loads = 0;
  page.on("load", () => (loads += 1));

  const row = page.locator(`tr[data-service="${service.ServiceName}"]`);
  await expect(row.getByRole("link", { name: service.ServiceName })).toHaveAttribute(
    "href",
    `/services/${service.ServiceName}/${service.ServiceId}`,
  );
  await expect(row).toContainText("public.ecr.aws/nginx/nginx:latest");
  await expect(row).toContainText(service.ServiceUrl!);
  // Created moments ago, it is deploying; the list follows it to Running, then (slow poll) Paused.
  await expect(row).toContainText("Running", { timeout: 30_000 });
  await apprunner.client.send(new PauseServiceCommand({ ServiceArn: service.ServiceArn }));
  await expect(row).toContainText("Paused", { timeout: 30_000 });
  expect(loads).toBe(0);

  const counts = page.getByRole("list", { name: "Services by status" });
  await expect(counts).toContainText("total");
  await expect(counts.locator('[data-count-status="PAUSED"]')).toContainText("Paused");
  await expectNoAxeViolations(page);
});

test("the list filters by name and by status", async ({ page, apprunner }) => {
  const paused = await apprunner.createService({ name: apprunner.uniqueName("flt-paused") });
  const failed = await apprunner.createService({
    name: apprunner.uniqueName("flt-failed"),
    outcome: "fail-image-pull",
  });
  await apprunner.waitForStatus(paused.ServiceArn!, "RUNNING");
  await apprunner.client.send(new PauseServiceCommand({ ServiceArn: paused.ServiceArn }));
  await apprunner.waitForStatus(paused.ServiceArn!, "PAUSED");
  await apprunner.waitForStatus(failed.ServiceArn!, "CREATE_FAILED");

  await page.goto("/services");
  await page.getByLabel("Filter by name").fill("flt-");
  const rows = page.locator("tbody tr");
  await expect(rows.filter({ hasText: paused.ServiceName! })).toHaveCount(1);
  await expect(rows.filter({ hasText: failed.ServiceName! })).toHaveCount(1);
  for (const name of await rows.locator("th").allTextContents()) expect(name).toContain("flt-");

  await page.getByLabel("Status", { exact: true }).selectOption({ label: "Create failed" });
  await expect(rows.filter({ hasText: failed.ServiceName! })).toHaveCount(1);
  await expect(rows.filter({ hasText: paused.ServiceName! })).toHaveCount(0);
  for (const status of await rows.locator("td:nth-of-type(1)").allTextContents()) {
    expect(status).toBe("Create failed");
  }

  await page.getByLabel("Filter by name").fill("no-service-has-this-name");
  await expect(page.getByText("No services match these filters.")).toBeVisible();
});

test("the list works 360 px wide", async ({ page, apprunner }) => {
  await apprunner.createService();
  await page.setViewportSize({ width: 360, height: 800 });
  await page.goto("/services");
  await expect(page.locator("tbody tr").first()).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - window.innerWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});
