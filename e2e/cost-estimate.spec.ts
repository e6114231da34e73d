import { CreateAutoScalingConfigurationCommand } from "@aws-sdk/client-apprunner";
import type { Page } from "@playwright/test";

import { expect, servicePath, test } from "./fixtures/apprunner";
import { expectNoAxeViolations } from "./fixtures/axe";
import { next } from "./wizard-helpers";

test.setTimeout(120_000);

/*
 * Figures worked by hand (us-east-1, the emulator's region; default assumptions: 8 active hours
 * a day, average 1 instance, 1 LCU an hour, a load balancer of its own; a 30-day month, so 240
 * active and 480 idle hours). App Runner: provisioned $0.007/GB-h, active $0.064/vCPU-h and
 * $0.007/GB-h. Fargate: $0.04048/vCPU-h, $0.004445/GB-h. ALB: $0.0225/h + $0.008/LCU-h, so
 * 720 h × $0.0225 = $16.20 and 720 LCU-h × $0.008 = $5.76 a month.
 *
 * 1 vCPU · 2 GB, App Runner's default auto scaling (MinSize 1, MaxSize 25):
 *   App Runner at MinSize: 960 GB-h idle ($6.72) + 240 vCPU-h ($15.36) + 480 GB-h ($3.36) = $25.44
 *   at MaxSize: $6.72 + 6,000 vCPU-h ($384.00) + 12,000 GB-h ($84.00) = $474.72
 *   Express Mode at MinSize: 720 vCPU-h ($29.15) + 1,440 GB-h ($6.40) + $16.20 + $5.76 = $57.51
 *   at MaxSize: 720 + 24 × 240 = 6,480 task-hours: $262.31 + $57.61 + $21.96 = $341.88
 * 2 vCPU · 4 GB, the same scaling:
 *   App Runner: 1,920 GB-h ($13.44) + 480 vCPU-h ($30.72) + 960 GB-h ($6.72) = $50.88;
 *   at MaxSize $13.44 + 12,000 vCPU-h ($768.00) + 24,000 GB-h ($168.00) = $949.44
 *   Express Mode: $58.29 + $12.80 + $21.96 = $93.05; at MaxSize $524.62 + $115.21 + $21.96 = $661.79
 */

function estimateCard(page: Page) {
  return page.getByRole("region", { name: "Monthly cost estimate" });
}

async function openInstanceStep(page: Page) {
  await page.goto("/services/new");
  await page.getByRole("button", { name: "Start blank" }).click();
  await page.getByLabel("Container image URI").fill("public.ecr.aws/nginx/nginx:latest");
  await next(page, "Build and run");
  await next(page, "Instance");
}

test("Instance step: the estimate follows the instance size, and a bad assumption is named with its rule", async ({
  page,
}) => {
  await openInstanceStep(page);
  const card = estimateCard(page);
  await expect(card.getByTestId("cost-app-runner")).toContainText("$25.44 – $474.72 a month");
  await expect(card.getByTestId("cost-express-mode")).toContainText("$57.51 – $341.88 a month");
  await expect(card).toContainText("An estimate, not a quote");
  await expect(card).toContainText("App Runner's default auto scaling");

  await page.getByLabel("CPU and memory").selectOption({ label: "2 vCPU · 4 GB" });
  await expect(card.getByTestId("cost-app-runner")).toContainText("$50.88 – $949.44 a month");
  await expect(card.getByTestId("cost-express-mode")).toContainText("$93.05 – $661.79 a month");

  // The breakdown: one row per charge.
  await card.getByText("Breakdown").click();
  const appRunner = card.getByRole("group", { name: "App Runner breakdown" });
  await expect(appRunner.getByRole("row", { name: /Active instances, vCPU/ })).toContainText(
    "$30.72",
  );
  await expectNoAxeViolations(page);

  // A bad value: the field and the rule are named; the figures keep the default.
  const hours = page.getByLabel("Active hours a day");
  await hours.fill("30");
  await expect(hours).toHaveAttribute("aria-invalid", "true");
  await expect(card).toContainText("Active hours a day must be a whole number from 0 to 24.");
  await expect(card.getByTestId("cost-app-runner")).toContainText("$50.88 – $949.44");

  // 12 hours a day (360 active, 360 idle): 4 GB × 360 h = 1,440 GB-h ($10.08) + 2 × 360 =
  // 720 vCPU-h ($46.08) + 4 × 360 = 1,440 GB-h ($10.08) = $66.24 at MinSize.
  await hours.fill("12");
  await expect(card.getByTestId("cost-app-runner")).toContainText("$66.24 –");

  // What was typed survives a reload.
  await page.reload();
  await expect(page.getByLabel("Active hours a day")).toHaveValue("12");
  await expect(estimateCard(page).getByTestId("cost-app-runner")).toContainText("$66.24 –");
  await page.getByLabel("Active hours a day").fill("8");
});

test("Review shows the estimate for the draft", async ({ page }) => {
  await openInstanceStep(page);
  await page.getByLabel("CPU and memory").selectOption({ label: "2 vCPU · 4 GB" });
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem("runnerdeck:wizard-draft:v1") ?? ""))
    .toContain('"cpu":"2048"');
  await page.goto("/services/new/review");
  await expect(page).toHaveURL(/\/services\/new\/review$/);
  const card = estimateCard(page);
  await expect(card.getByTestId("cost-app-runner")).toContainText("$50.88 – $949.44 a month");
  await expect(card.getByTestId("cost-express-mode")).toContainText("$93.05 – $661.79 a month");
  await expectNoAxeViolations(page);
});

test("The service page estimates from the service's own size and auto scaling configuration", async ({
  page,
  apprunner,
}) => {
  const scaling = apprunner.uniqueName("cost").slice(0, 32);
  const config = await apprunner.client.send(
    new CreateAutoScalingConfigurationCommand({
      AutoScalingConfigurationName: scaling,
      MinSize: 2,
      MaxSize: 4,
    }),
  );
  const service = await apprunner.createService({
    request: {
      InstanceConfiguration: { Cpu: "1024", Memory: "2048" },
      AutoScalingConfigurationArn: config.AutoScalingConfiguration!.AutoScalingConfigurationArn,
    },
  });
  await page.goto(servicePath(service));
  await expect(page).toHaveURL(new RegExp(`${servicePath(service)}$`));
  const card = estimateCard(page);
  // 1 vCPU · 2 GB, MinSize 2, MaxSize 4:
  // App Runner at MinSize: 2 GB × 2 × 480 h = 1,920 GB-h ($13.44) + 480 vCPU-h ($30.72) +
  //   960 GB-h ($6.72) = $50.88; at MaxSize: $13.44 + 960 vCPU-h ($61.44) + 1,920 GB-h ($13.44) = $88.32
  // Express Mode at MinSize: 1,440 task-hours: $58.29 + $12.80 + $21.96 = $93.05;
  //   at MaxSize 1,440 + 2 × 240 = 1,920: $77.72 + $17.07 + $21.96 = $116.75
  await expect(card.getByTestId("cost-app-runner")).toContainText("$50.88 – $88.32 a month");
  await expect(card.getByTestId("cost-express-mode")).toContainText("$93.05 – $116.75 a month");
  await expect(card).toContainText(`Instances: 2–4, from ${scaling}`);
  await card.getByText("Breakdown").click();
  await expectNoAxeViolations(page);

  // On a 360 px phone the card, its breakdown open, fits: its tables scroll inside themselves.
  await page.setViewportSize({ width: 360, height: 800 });
  await expect(card.getByTestId("cost-app-runner")).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});

test("A configuration of one's own: its MinSize and MaxSize are typed, checked and priced", async ({
  page,
  apprunner,
}) => {
  const scaling = apprunner.uniqueName("costc").slice(0, 32);
  await apprunner.client.send(
    new CreateAutoScalingConfigurationCommand({ AutoScalingConfigurationName: scaling }),
  );
  await openInstanceStep(page);
  await page.getByRole("radio", { name: "A configuration of mine" }).check();
  await page
    .getByLabel("Auto scaling configuration", { exact: true })
    .selectOption({ label: `${scaling} (revision 1)` });
  const card = estimateCard(page);
  await page.getByLabel("Minimum instances (MinSize)").fill("2");
  await page.getByLabel("Maximum instances (MaxSize)").fill("1");
  await expect(card).toContainText("MinSize (2) must be less than or equal to MaxSize (1).");
  await expect(page.getByLabel("Minimum instances (MinSize)")).toHaveAttribute(
    "aria-invalid",
    "true",
  );
  // 1 vCPU · 2 GB, 2–4 instances: as on the service page, $50.88 – $88.32.
  await page.getByLabel("Maximum instances (MaxSize)").fill("4");
  await expect(card.getByTestId("cost-app-runner")).toContainText("$50.88 – $88.32 a month");
  await expect(card).toContainText(`Instances: 2–4, as typed below for ${scaling}`);
});
