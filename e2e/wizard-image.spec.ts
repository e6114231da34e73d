import { expect, test } from "@playwright/test";

import { expectNoAxeViolations } from "./fixtures/axe";
import { next, uniqueName } from "./wizard-helpers";

test.setTimeout(180_000);

test("an ECR Public image service, from a blank form to its live page", async ({ page }) => {
  const name = uniqueName("nginx-e2e");
  await page.goto("/services/new");
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Start blank" }).click();
  await expect(page).toHaveURL(/\/services\/new\/source$/);
  // The URL changes before the step replaces the loading state; check the page once it is there.
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Source");
  await expectNoAxeViolations(page);

  await expect(page.getByRole("radio", { name: "Container image" })).toBeChecked();
  await expect(page.getByRole("radio", { name: "Amazon ECR Public" })).toBeChecked();
  // Automatic deployment is not offered for ECR Public, and the page says why.
  const automatic = page.getByRole("radio", { name: "Automatic" });
  await expect(automatic).toBeDisabled();
  await expect(page.getByText("can't watch ECR Public repositories")).toBeVisible();
  await page.getByLabel("Container image URI").fill("public.ecr.aws/nginx/nginx:latest");

  await next(page, "Build and run", true);
  await expect(page.getByLabel("Port")).toHaveValue("8080");
  await next(page, "Instance", true);
  await expect(page.getByLabel("CPU and memory")).toHaveValue("1024/2048");
  await page.getByLabel("CPU and memory").selectOption({ label: "0.25 vCPU · 0.5 GB" });
  await next(page, "Network", true);
  await next(page, "Health check", true);
  await expect(page.getByText("Unhealthy after 5 failed checks, 5 s apart: ~25 s.")).toBeVisible();
  await next(page, "Service", true);
  await page.getByLabel("Service name").fill(name);
  await expect(page.getByText(`${name} is available.`)).toBeVisible();
  await next(page, "Review", true);

  const request = page.getByLabel("CreateService request as JSON");
  await expect(request).toContainText(`"ServiceName": "${name}"`);
  await expect(request).toContainText('"ImageRepositoryType": "ECR_PUBLIC"');
  await expect(request).toContainText('"Cpu": "256"');
  await expect(page.getByText("can't be changed later").first()).toBeVisible();
  await page.screenshot({ path: "docs/screenshots/wizard.png", fullPage: true });

  const create = page.getByRole("button", { name: "Create service" });
  // A double click must not create two services: the server joins the second to the first.
  await create.dblclick();
  await expect(page).toHaveURL(new RegExp(`/services/${name}/[0-9a-f]{32}$`));
});
