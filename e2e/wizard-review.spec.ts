import { CreateAutoScalingConfigurationCommand } from "@aws-sdk/client-apprunner";

import type { Page } from "@playwright/test";

import { expect, test } from "./fixtures/apprunner";
import { expectNoAxeViolations } from "./fixtures/axe";
import { next } from "./wizard-helpers";

test.setTimeout(120_000);

/** Opens Review by its address once the draft holds `text` (a reload reads the saved draft). */
async function reviewOnceSaved(page: Page, text: string) {
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem("runnerdeck:wizard-draft:v1") ?? ""))
    .toContain(text);
  await page.goto("/services/new/review");
  await expect(page).toHaveURL(/\/services\/new\/review$/);
}

test("Review names the auto scaling configuration, counts variables in words, and puts Back before Create service", async ({
  page,
  apprunner,
}) => {
  const scaling = apprunner.uniqueName("rev").slice(0, 32);
  await apprunner.client.send(
    new CreateAutoScalingConfigurationCommand({ AutoScalingConfigurationName: scaling }),
  );
  await page.goto("/services/new");
  await page.getByRole("button", { name: "Start blank" }).click();
  await page.getByLabel("Container image URI").fill("public.ecr.aws/nginx/nginx:latest");
  await next(page, "Build and run");
  await next(page, "Instance");
  await page.getByRole("radio", { name: "A configuration of mine" }).check();
  await page
    .getByLabel("Auto scaling configuration")
    .selectOption({ label: `${scaling} (revision 1)` });
  await reviewOnceSaved(page, scaling);

  const instance = page.getByRole("region", { name: "Instance" });
  await expect(instance).toContainText(`${scaling} (revision 1)`);
  await expect(instance).not.toContainText("arn:aws:apprunner");
  const build = page.getByRole("region", { name: "Build and run" });
  await expect(build).toContainText("No variables or secrets");

  // One plain variable and two secrets.
  await build.getByRole("link", { name: "Edit Build and run" }).click();
  await expect(page).toHaveURL(/\/services\/new\/build$/);
  for (const [i, [name, kind, value]] of [
    ["MODE", "plain", "demo"],
    ["DB_PASSWORD", "secret", "arn:aws:secretsmanager:us-east-1:123456789012:secret:db-AbCdEf"],
    ["API_KEY", "secret", "arn:aws:ssm:us-east-1:123456789012:parameter/api-key"],
  ].entries()) {
    await page.getByRole("button", { name: "Add variable" }).click();
    await page.getByLabel(`Name of variable ${i + 1}`).fill(name!);
    await page.getByLabel(`Kind of variable ${i + 1}`).selectOption(kind!);
    await page
      .getByLabel(new RegExp(`of variable ${i + 1}$`))
      .last()
      .fill(value!);
  }
  // A name too, so Review has no problems to list between Back and Create service.
  const name = apprunner.uniqueName("review");
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem("runnerdeck:wizard-draft:v1") ?? ""))
    .toContain("API_KEY");
  await page.goto("/services/new/service");
  await page.getByLabel("Service name").fill(name);
  await reviewOnceSaved(page, name);
  await expect(page.getByRole("region", { name: "Build and run" })).toContainText(
    "1 variable and 2 secrets: MODE, DB_PASSWORD, API_KEY",
  );

  // As on every step: Back first (left of, or above, the primary action), and first by Tab.
  const back = page.getByRole("link", { name: "Back" });
  const create = page.getByRole("button", { name: "Create service" });
  const [b, c] = [(await back.boundingBox())!, (await create.boundingBox())!];
  expect(b.x + b.width <= c.x || b.y + b.height <= c.y, "Back sits before Create service").toBe(
    true,
  );
  await back.focus();
  await page.keyboard.press("Tab");
  await expect(create).toBeFocused();
  await expectNoAxeViolations(page);
});
