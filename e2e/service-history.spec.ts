import { expect } from "@playwright/test";

import { servicePath } from "./fixtures/apprunner";
import { expectNoAxeViolations } from "./fixtures/axe";
import { withOwnServers } from "./fixtures/own-servers";

// A long history takes many operations one after another; this spec runs its own emulator with
// very short operations (and a dashboard on it) on the suite's ports + 2.
const { servers, test } = withOwnServers(2, 40);
test.setTimeout(120_000);

test("Activity reads older operations page by page, with none missing or twice", async ({
  page,
  apprunner,
}) => {
  const service = await apprunner.runningService();
  // 1 create + 40 deployments: App Runner lists 20 per page, so three pages. Polled every 20 ms:
  // operations here take a few tens of milliseconds.
  for (let i = 0; i < 40; i++) await apprunner.deploy(service.ServiceArn!, 20);

  await page.goto(`${servers.appUrl}${servicePath(service)}`);
  await expect(page).toHaveURL(
    new RegExp(`/services/${service.ServiceName}/${service.ServiceId}$`),
  );
  const activity = page.getByRole("region", { name: "Activity" });
  const rows = activity.locator("tbody tr[data-operation]");
  await expect(rows).toHaveCount(20);
  await expect(activity.locator('tr[data-operation="CREATE_SERVICE"]')).toHaveCount(0);

  const older = activity.getByRole("button", { name: "Show older operations" });
  await older.click();
  await expect(rows).toHaveCount(40);
  await expect(older).toBeVisible();

  // A new operation pushes one off the live page; the one pushed off stays in the list.
  await apprunner.deploy(service.ServiceArn!, 20);
  await expect(rows).toHaveCount(41, { timeout: 20_000 });

  await older.click();
  await expect(rows).toHaveCount(42);
  await expect(activity.getByTestId("operations-history")).toHaveText(
    "All 42 operations are shown.",
  );
  await expect(older).toBeHidden();
  await expect(activity.locator('tr[data-operation="CREATE_SERVICE"]')).toHaveCount(1);
  await expect(activity.locator('tr[data-operation="START_DEPLOYMENT"]')).toHaveCount(41);
  for (const row of await rows.all()) await expect(row).toContainText("Succeeded");

  // The oldest operation's log opens like any other.
  await activity.getByRole("button", { name: /Create service/ }).click();
  await expect(activity.getByRole("region", { name: "Deployment log" })).toContainText(
    "SERVICE_CREATE",
  );
  await expectNoAxeViolations(page);
});
