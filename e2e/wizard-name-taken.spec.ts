import { expect, test } from "./fixtures/apprunner";
import { expectNoAxeViolations } from "./fixtures/axe";
import { next, uniqueName } from "./wizard-helpers";

test.setTimeout(120_000);

test("a taken name may go on to Review, which warns beside the name", async ({
  page,
  apprunner,
}) => {
  const name = uniqueName("taken-review");
  await apprunner.createService({ name });

  await page.goto("/services/new");
  await page.getByRole("button", { name: "Start blank" }).click();
  await page.getByLabel("Container image URI").fill("public.ecr.aws/nginx/nginx:latest");
  for (const step of ["Build and run", "Instance", "Network", "Health check", "Service"] as const)
    await next(page, step);
  const field = page.getByLabel("Service name");
  await field.fill(name);
  await expect(field).toHaveAccessibleDescription(/already exists/);

  // The server is the judge of names, so Next still proceeds.
  await next(page, "Review");
  const service = page.getByRole("region", { name: "Service", exact: true });
  await expect(service).toContainText(name);
  await expect(service).toContainText(`Warning: a service named ${name} already exists`);
  await expectNoAxeViolations(page);

  // A free name clears the warning.
  await service.getByRole("link", { name: "Edit Service" }).click();
  await expect(page).toHaveURL(/\/services\/new\/service$/);
  const free = uniqueName("free-review");
  await page.getByLabel("Service name").fill(free);
  await expect(page.getByText(`${free} is available.`)).toBeVisible();
  await next(page, "Review");
  await expect(page.getByRole("region", { name: "Service", exact: true })).toContainText(free);
  await expect(page.getByText(/Warning: a service named/)).toHaveCount(0);
});
