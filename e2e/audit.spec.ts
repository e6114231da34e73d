import { readFile } from "node:fs/promises";

import { expectNoAxeViolations } from "./fixtures/axe";
import { expect, noteOrStatus, openRunningService, test } from "./fixtures/apprunner";

// Sign-in is off here (the one local person, an admin); who is refused what is tested with
// real sign-in in the auth specs and on the server in tests/unit/authorize-actions.test.ts.

test("a pause says who did it on the service page and in the audit log, which downloads", async ({
  page,
  apprunner,
}) => {
  const service = await openRunningService(page, apprunner);
  const name = service.ServiceName!;
  await page.getByRole("button", { name: "Pause", exact: true }).click();
  await expect(page.getByTestId("service-status")).toHaveText("Paused", { timeout: 20_000 });

  const activity = page.getByRole("region", { name: "Activity" });
  await expect(
    activity.locator('tr[data-operation="PAUSE_SERVICE"]').getByTestId("operation-actor"),
  ).toHaveText("Paused by local user");
  const recent = page.getByRole("region", { name: "Recent changes through Runnerdeck" });
  await expect(recent.getByRole("listitem").first()).toContainText(
    /^Pause by local user, .+, went through\.$/,
  );

  await recent
    .getByRole("link", { name: "All of this service's entries in the audit log" })
    .click();
  await expect(page).toHaveURL(/\/audit\?resource=arn%3Aaws%3Aapprunner/);
  const rows = page.getByTestId("audit-entry");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("local user");
  await expect(rows.first()).toContainText("Pause");
  await expect(rows.first()).toContainText("PauseService");
  await expect(rows.first()).toContainText("Went through");
  await expect(rows.first().getByRole("link", { name })).toHaveAttribute(
    "href",
    `/services/${name}/${service.ServiceId}`,
  );

  // The filters are a plain GET form: the address says what is shown.
  await page.goto("/audit");
  await page.getByLabel("Resource").fill(name);
  await page.getByLabel("Action").selectOption({ label: "Pause" });
  await page.getByRole("button", { name: "Show entries" }).click();
  await expect(page).toHaveURL(new RegExp(`/audit\\?.*action=pauseService&resource=${name}&`));
  await expect(rows).toHaveCount(1);
  await page.getByLabel("Action").selectOption({ label: "Resume" });
  await page.getByRole("button", { name: "Show entries" }).click();
  await expect(page).toHaveURL(/action=resumeService/);
  await expect(page.getByText("No entries match these filters.")).toBeVisible();
  await page.getByLabel("Action").selectOption({ label: "Pause" });
  await page.getByRole("button", { name: "Show entries" }).click();

  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: "Download CSV" }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^runnerdeck-audit-\d{4}-\d{2}-\d{2}\.csv$/);
  const csv = (await readFile((await download.path())!, "utf8")).split("\r\n").filter(Boolean);
  expect(csv).toHaveLength(2);
  expect(csv[0]).toMatch(/^id,at,actor_id,actor_name,action,/);
  expect(csv[1]).toContain(`,local,local user,pauseService,${service.ServiceArn},${name},ok,`);
  await expectNoAxeViolations(page);
});

test.describe("at phone width", () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test("the audit page fits; its table scrolls in its own box", async ({ page, apprunner }) => {
    await openRunningService(page, apprunner);
    await page.getByRole("button", { name: "Pause", exact: true }).click();
    // The pause went through (its note may be skipped when the stream is quicker).
    await expect
      .poll(() => noteOrStatus(page), { timeout: 20_000 })
      .toMatch(/^(Pausing the service\.|Paused)$/);

    await page.goto("/audit");
    await expect(page).toHaveURL(/\/audit$/);
    await expect(page.getByTestId("audit-entry").first()).toBeVisible();
    const pageWidth = await page.evaluate(() => document.scrollingElement!.scrollWidth);
    expect(pageWidth).toBeLessThanOrEqual(360);
    const box = page.getByRole("group", { name: "Audit log entries" });
    const [scroll, client] = await box.evaluate((el) => [el.scrollWidth, el.clientWidth]);
    expect(scroll).toBeGreaterThan(client);
    await expectNoAxeViolations(page);
  });
});
