import { CreateServiceCommand } from "@aws-sdk/client-apprunner";
import { expect, test } from "@playwright/test";

import { emulatorClient, next, uniqueName } from "./wizard-helpers";

test.setTimeout(120_000);

test("every step fits a 360 px wide screen", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto("/services/new");
  await page
    .getByRole("button", { name: "Use preset: Python service from a code repository" })
    .click();
  await expect(page).toHaveURL(/\/services\/new\/source$/);
  const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(await fits()).toBe(true);
  for (const path of ["build", "instance", "network", "health-check", "service", "review"]) {
    await page.goto(`/services/new/${path}`);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    expect(await fits(), `/services/new/${path} scrolls sideways`).toBe(true);
  }
});

test("the first steps work with the keyboard alone", async ({ page }) => {
  await page.goto("/services/new");
  const blank = page.getByRole("button", { name: "Start blank" });
  await blank.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/services\/new\/source$/);

  await page.getByRole("radio", { name: "Amazon ECR Public" }).focus();
  // Arrow keys move within a radio group: ECR Public → (wraps to) Amazon ECR.
  await page.keyboard.press("ArrowLeft");
  await expect(page.getByRole("radio", { name: "Amazon ECR", exact: true })).toBeChecked();
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("Container image URI")).toBeFocused();
  await page.keyboard.type("123456789012.dkr.ecr.us-east-1.amazonaws.com/app:1");
  await page.keyboard.press("Tab");
  await expect(page.getByLabel("ECR access role ARN")).toBeFocused();
  await page.keyboard.type("arn:aws:iam::123456789012:role/ecr-pull");
  // Enter in a field submits the step, as in any form.
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/services\/new\/build$/);
  await page.getByLabel("Start command (optional)").focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/services\/new\/instance$/);
});

test("Duplicate opens the wizard prefilled from an existing service", async ({ page }) => {
  const name = uniqueName("dup-src");
  const out = await emulatorClient().send(
    new CreateServiceCommand({
      ServiceName: name,
      SourceConfiguration: {
        ImageRepository: {
          ImageIdentifier: "public.ecr.aws/nginx/nginx:1.27",
          ImageRepositoryType: "ECR_PUBLIC",
          ImageConfiguration: { Port: "80", RuntimeEnvironmentVariables: { MODE: "demo" } },
        },
        AutoDeploymentsEnabled: false,
      },
      InstanceConfiguration: { Cpu: "2 vCPU", Memory: "4 GB" },
      HealthCheckConfiguration: { Protocol: "HTTP", Path: "/healthz" },
    }),
  );
  await page.goto(`/services/new?from=${encodeURIComponent(out.Service!.ServiceArn!)}`);
  await expect(page).toHaveURL(/\/services\/new\/source$/);
  await expect(page.getByLabel("Container image URI")).toHaveValue(
    "public.ecr.aws/nginx/nginx:1.27",
  );
  await next(page, "Build and run");
  await expect(page.getByLabel("Port")).toHaveValue("80");
  await expect(page.getByLabel("Name of variable 1")).toHaveValue("MODE");
  await next(page, "Instance");
  await expect(page.getByLabel("CPU and memory")).toHaveValue("2048/4096");
  await page.goto("/services/new/health-check");
  await expect(page.getByLabel("Path")).toHaveValue("/healthz");
  await page.goto("/services/new/service");
  await expect(page.getByLabel("Service name")).toHaveValue(`${name}-copy`.slice(0, 40));
});

test("on a phone each variable row keeps its visible labels", async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto("/services/new");
  await page.getByRole("button", { name: "Use preset: Go container from private ECR" }).click();
  await next(page, "Build and run");
  await page.getByLabel("Kind of variable 1").selectOption("secret");
  const row = page.getByRole("listitem").filter({ has: page.getByLabel("Name of variable 1") });
  // Read as text on the screen, not only by a screen reader: a label clipped to 1 px is hidden.
  for (const label of ["Name", "Kind", "Secret reference"]) {
    const text = row.locator("label").filter({ hasText: new RegExp(`^${label}`) });
    await expect(text).toBeVisible();
    expect((await text.boundingBox())!.width, `${label} label`).toBeGreaterThan(20);
  }
});
