import {
  CreateConnectionCommand,
  CreateObservabilityConfigurationCommand,
  CreateVpcConnectorCommand,
  CreateVpcIngressConnectionCommand,
} from "@aws-sdk/client-apprunner";
import { readFileSync } from "node:fs";
import { join } from "node:path";

import type { Locator, Page } from "@playwright/test";

import { STEPS } from "../lib/apprunner/form/steps";

import { expect, servicePath, test } from "./fixtures/apprunner";
import { STEP_TITLES, uniqueName } from "./wizard-helpers";

const WIDTH = 360;

test.use({ viewport: { width: WIDTH, height: 780 } });

/** The page itself never scrolls sideways (a table may, inside its own scroll box). */
async function expectNoSidewaysScroll(page: Page) {
  const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
  expect(width, `${page.url()} is ${width} px wide`).toBeLessThanOrEqual(WIDTH);
}

/** Visible and wholly within the screen's width, so a thumb can reach it. */
async function expectReachable(target: Locator) {
  await target.scrollIntoViewIfNeeded();
  await expect(target).toBeVisible();
  const box = (await target.boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(WIDTH);
}

test("the root and the services list fit a phone and offer Create service", async ({
  page,
  apprunner,
}) => {
  const service = await apprunner.createService();
  // The root address is the services list.
  await page.goto("/");
  await expect(page).toHaveURL(/\/services$/);
  // A list with a service in it: its table is what could widen the page.
  await expect(page.getByRole("link", { name: service.ServiceName })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectReachable(
    page.getByRole("main").getByRole("link", { name: "Create service" }).first(),
  );
});

test("the wizard's start and every step fit a phone, with the step's main action reachable", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto("/services/new");
  await expect(page).toHaveURL(/\/services\/new$/);
  await expectNoSidewaysScroll(page);
  const preset = page.getByRole("button", { name: "Use preset: Go container from private ECR" });
  await expectReachable(preset);
  await preset.click();

  for (const [i, title] of STEP_TITLES.entries()) {
    await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
    await expectNoSidewaysScroll(page);
    const following = STEP_TITLES[i + 1];
    if (title === "Service") await page.getByLabel("Service name").fill(uniqueName("phone"));
    if (!following) {
      await expectReachable(page.getByRole("button", { name: "Create service" }));
      break;
    }
    const next = page.getByRole("button", { name: `Next: ${following}` });
    await expectReachable(next);
    await next.click();
  }
  await expect(page).toHaveURL(/\/services\/new\/review$/);
});

test("Import JSON's list of fixes fits a phone, with Continue reachable and pressable", async ({
  page,
}) => {
  // AWS's own example: its fixes name long member paths with no place to break.
  const example = readFileSync(
    join(process.cwd(), "reference/aws/apprunner/examples/image-repository-request.json"),
    "utf8",
  );
  await page.goto("/services/new");
  await expect(page).toHaveURL(/\/services\/new$/);
  await page.getByLabel("CreateService request or DescribeService output").fill(example);
  await page.getByRole("button", { name: "Import" }).click();
  await expect(page.getByRole("list", { name: "Fixes made" })).toBeVisible();
  await expectNoSidewaysScroll(page);
  const proceed = page.getByRole("button", { name: "Continue to the wizard" });
  await expectReachable(proceed);
  await proceed.click();
  await expect(page).toHaveURL(/\/services\/new\/source$/);
});

test("a service page fits a phone, with its actions reachable", async ({ page, apprunner }) => {
  const service = await apprunner.createService();
  await apprunner.waitForStatus(service.ServiceArn!, "RUNNING");
  await page.goto(servicePath(service));
  await expect(page).toHaveURL(new RegExp(`${servicePath(service)}$`));
  await expect(page.getByTestId("service-status")).toHaveText("Running");
  await expectNoSidewaysScroll(page);
  for (const name of ["Deploy", "Pause", "Delete"]) {
    await expectReachable(page.getByRole("button", { name, exact: true }));
  }
});

test("the not-found pages fit a phone and lead back to the services", async ({ page }) => {
  await page.goto("/services/no-such-service/0123456789abcdef0123456789abcdef");
  await expect(page.getByRole("heading", { name: "Service not found" })).toBeVisible();
  await expectNoSidewaysScroll(page);
  await expectReachable(page.getByRole("link", { name: "See all services" }));

  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expectNoSidewaysScroll(page);
  await expectReachable(page.getByRole("link", { name: "Runnerdeck" }));
});

test("the resource pages fit a phone, with their main action reachable", async ({
  page,
  apprunner,
}) => {
  test.setTimeout(120_000);
  const name = apprunner.uniqueName("phone");
  await apprunner.client.send(
    new CreateVpcConnectorCommand({
      VpcConnectorName: name,
      Subnets: ["subnet-0123456789abcdef0", "subnet-0fedcba9876543210"],
      SecurityGroups: ["sg-0123456789abcdef0"],
    }),
  );
  await apprunner.client.send(
    new CreateObservabilityConfigurationCommand({
      ObservabilityConfigurationName: name.slice(0, 32),
      TraceConfiguration: { Vendor: "AWSXRAY" },
    }),
  );
  await apprunner.client.send(
    new CreateConnectionCommand({ ConnectionName: name.slice(0, 32), ProviderType: "GITHUB" }),
  );
  const service = await apprunner.runningService();
  await apprunner.client.send(
    new CreateVpcIngressConnectionCommand({
      ServiceArn: service.ServiceArn,
      VpcIngressConnectionName: name.slice(0, 32),
      IngressVpcConfiguration: {
        VpcId: "vpc-0a1b2c3d4e5f6a7b8",
        VpcEndpointId: "vpce-0a1b2c3d4e5f6a7b8",
      },
    }),
  );
  const pages: [string, string][] = [
    ["/connections", "Create connection"],
    [`/connections/${name.slice(0, 32)}`, "Delete connection"],
    ["/auto-scaling", "Create configuration"],
    ["/auto-scaling/DefaultConfiguration", "Create revision"],
    ["/vpc", "Create VPC connector"],
    [`/vpc/connectors/${name}`, "Delete revision 1"],
    [`/vpc/ingress/${name.slice(0, 32)}`, "Delete ingress connection"],
    ["/observability", "Create observability configuration"],
    [`/observability/${name.slice(0, 32)}`, "Delete revision 1"],
  ];
  for (const [path, action] of pages) {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`${path}$`));
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await expectNoSidewaysScroll(page);
    await expectReachable(page.getByRole("button", { name: action, exact: true }));
  }
});

test("an edit's steps and its review, and a service's History, fit a phone", async ({
  page,
  apprunner,
}) => {
  test.setTimeout(120_000);
  const service = await apprunner.runningService();
  await page.goto(`${servicePath(service)}/edit/build`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Build and run");
  await page.getByLabel("Port").fill("9090");
  // Kept in this browser before the next address loads.
  await expect(page.getByText(/Changes saved in this browser/)).toBeVisible();
  for (const [i, title] of STEP_TITLES.entries()) {
    await page.goto(`${servicePath(service)}/edit/${STEPS[i]!.id}`);
    await expect(page.getByRole("heading", { level: 1 })).toContainText(title);
    await expectNoSidewaysScroll(page);
  }
  // The review's long request JSON scrolls inside its own box; Apply stays within reach.
  await expectReachable(page.getByRole("button", { name: "Apply 1 change" }));

  await page.goto(`${servicePath(service)}/history`);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("History");
  await expectNoSidewaysScroll(page);
  // One revision so far (the create's): its Restore is the page's action.
  await expectReachable(page.getByRole("button", { name: "Restore this configuration" }).first());
});
