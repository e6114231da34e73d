import { expect, test } from "@playwright/test";

import { expectNoAxeViolations } from "./fixtures/axe";

test("the shell names the product, links the sections and says it runs on the local emulator", async ({
  page,
}) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/services$/);
  await expect(page.getByRole("link", { name: "Runnerdeck" })).toBeVisible();
  const nav = page.getByRole("navigation", { name: "Main" });
  await expect(nav.getByRole("link", { name: "Services" })).toHaveAttribute("aria-current", "page");
  await expect(page.getByTestId("connection-badge")).toHaveText("Local emulator");
  await expectNoAxeViolations(page);

  await nav.getByRole("link", { name: "Create service" }).click();
  await expect(page).toHaveURL(/\/services\/new/);
});

test("the shell follows the OS colour scheme", async ({ page }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/services");
  const dark = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  await page.emulateMedia({ colorScheme: "light" });
  const light = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(dark).not.toBe(light);
  await expectNoAxeViolations(page);
});
