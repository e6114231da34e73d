import { expect, test, type Page } from "@playwright/test";

import { expectNoAxeViolations } from "./fixtures/axe";
import { errorSummary, next } from "./wizard-helpers";

/** Next fails; the summary takes focus and links to the field, which says what is wrong. */
async function expectProblem(page: Page, label: string, message: RegExp) {
  await page.getByRole("button", { name: /^Next:/ }).click();
  const summary = errorSummary(page);
  await expect(summary).toBeFocused();
  await expect(summary.getByRole("heading")).toHaveText(/There (is 1 problem|are \d+ problems)/);
  await summary.getByRole("link", { name: message }).click();
  const field = page.getByLabel(label, { exact: true });
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute("aria-invalid", "true");
  await expect(field).toHaveAccessibleDescription(message);
  return field;
}

test.setTimeout(120_000);

test("each step shows invalid input at the field and in a focused summary", async ({ page }) => {
  await page.goto("/services/new");
  await page.getByRole("button", { name: "Start blank" }).click();
  await expect(page).toHaveURL(/\/services\/new\/source$/);
  // Nothing is validated before the person has had a chance to type.
  await expect(errorSummary(page)).toHaveCount(0);

  const image = await expectProblem(page, "Container image URI", /Enter the image URI/);
  await expectNoAxeViolations(page);
  await image.fill("nginx:latest");
  await expect(image).toHaveAccessibleDescription(/public\.ecr\.aws\/nginx\/nginx:latest/);
  await image.fill("public.ecr.aws/nginx/nginx:latest");
  // Fixed as typed: the field and the summary clear without pressing Next again.
  await expect(image).not.toHaveAttribute("aria-invalid", "true");
  await expect(errorSummary(page)).toHaveCount(0);
  await next(page, "Build and run");

  const port = page.getByLabel("Port");
  await port.fill("http");
  const portField = await expectProblem(page, "Port", /port your application listens on/);
  await portField.fill("8080");
  await next(page, "Instance");

  await page.getByRole("radio", { name: "A configuration of mine" }).check();
  await expectProblem(page, "Auto scaling configuration", /Choose an auto scaling configuration/);
  await page.getByRole("radio", { name: "Default" }).check();
  await next(page, "Network");

  await page.getByRole("radio", { name: "Private endpoint" }).check();
  await expect(page.getByRole("radio", { name: /Dual-stack/ })).toBeDisabled();
  await expect(page.getByText("Dual-stack needs a public endpoint")).toBeVisible();
  await page.getByRole("radio", { name: "Custom VPC" }).check();
  await expectProblem(page, "VPC connector", /Choose the VPC connector/);
  await page.getByRole("radio", { name: "Public internet" }).check();
  await next(page, "Health check");

  await page.getByLabel("Interval (seconds)").fill("0");
  await page.getByLabel("Unhealthy threshold").fill("21");
  await page.getByRole("button", { name: /^Next:/ }).click();
  await expect(errorSummary(page).getByRole("heading")).toHaveText("There are 2 problems");
  await expect(errorSummary(page)).toBeFocused();
  await page.getByLabel("Interval (seconds)").fill("5");
  await page.getByLabel("Unhealthy threshold").fill("5");
  await next(page, "Service");

  const nameField = page.getByLabel("Service name");
  await nameField.fill("a");
  await expectProblem(page, "Service name", /Use 4–40 letters/);
  await page.getByRole("button", { name: "Add tag" }).click();
  await page.getByLabel("Key of tag 1").fill("aws:team");
  await nameField.fill("valid-name-but-bad-tag");
  await expectProblem(page, "Key of tag 1", /aws: are reserved/);
});
