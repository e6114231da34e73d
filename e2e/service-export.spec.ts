import { readFile } from "node:fs/promises";

import type { Page } from "@playwright/test";
import { parse as parseYaml } from "yaml";

import { expect, openRunningService, servicePath, test } from "./fixtures/apprunner";
import { expectNoAxeViolations } from "./fixtures/axe";

test.setTimeout(120_000);

/** Every Download button of the view, clicked in turn: each file's name and text. */
async function downloadAll(page: Page): Promise<{ name: string; text: string }[]> {
  const buttons = page.getByRole("button", { name: /^Download / });
  const count = await buttons.count();
  const files: { name: string; text: string }[] = [];
  for (let i = 0; i < count; i++) {
    const [download] = await Promise.all([page.waitForEvent("download"), buttons.nth(i).click()]);
    files.push({
      name: download.suggestedFilename(),
      text: await readFile((await download.path())!, "utf8"),
    });
  }
  return files;
}

test("Export from the service page downloads each format, naming the service, with no axe findings", async ({
  page,
  apprunner,
}) => {
  const name = apprunner.uniqueName("export");
  const service = await openRunningService(page, apprunner, {
    name,
    tags: [{ Key: "team", Value: "checkout" }],
    imageConfiguration: {
      Port: "8080",
      StartCommand: "node server.js",
      RuntimeEnvironmentVariables: { GREETING: "it's 'quoted'" },
    },
  });
  await page.getByRole("link", { name: "Export" }).click();
  await expect(page).toHaveURL(new RegExp(`${servicePath(service)}/export$`));
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Export ${name}`);

  const files = await downloadAll(page);
  expect(files.map((f) => f.name.replace(name, "<name>")).sort()).toEqual([
    "<name>-apprunner.cfn.json",
    "<name>-apprunner.cfn.yaml",
    "<name>-apprunner.tf",
    "<name>-express-create.sh",
    "<name>-express-request.json",
    "<name>-express.cfn.json",
    "<name>-express.cfn.yaml",
    "<name>-express.tf",
    "<name>-migration.md",
  ]);
  const text = (suffix: string) => files.find((f) => f.name === `${name}-${suffix}`)!.text;
  const props = (template: { Resources: { Service: { Properties: Record<string, unknown> } } }) =>
    template.Resources.Service.Properties;
  expect(props(JSON.parse(text("apprunner.cfn.json"))).ServiceName).toBe(name);
  expect(props(parseYaml(text("apprunner.cfn.yaml"))).ServiceName).toBe(name);
  expect(props(JSON.parse(text("express.cfn.json"))).ServiceName).toBe(name);
  expect(props(parseYaml(text("express.cfn.yaml"))).ServiceName).toBe(name);
  expect(JSON.parse(text("express-request.json"))).toMatchObject({
    serviceName: name,
    primaryContainer: { containerPort: 8080, command: ["node", "server.js"] },
    tags: [{ key: "team", value: "checkout" }],
  });
  expect(text("express-create.sh")).toMatch(/^aws ecs create-express-gateway-service /);
  expect(text("express-create.sh")).toContain(`"serviceName": "${name}"`);
  expect(text("apprunner.tf")).toMatch(new RegExp(`^  service_name += "${name}"$`, "m"));
  expect(text("express.tf")).toMatch(new RegExp(`^  service_name +=.*"${name}"$`, "m"));
  expect(text("migration.md")).toContain(`# Moving ${name} from App Runner to ECS Express Mode`);

  const report = page.getByRole("group", { name: /^Migration report/ });
  await expect(
    report.getByRole("row", { name: /HealthCheckConfiguration\.Protocol/ }),
  ).toContainText("Changed");
  await page.getByText("Show App Runner CloudFormation (YAML)").click();
  await expect(
    page.getByRole("listitem", { name: "App Runner CloudFormation (YAML)" }).locator("pre"),
  ).toContainText("AWS::AppRunner::Service");
  await expectNoAxeViolations(page);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.screenshot({ path: "docs/screenshots/export.png" });
});

test.describe("on a 360 px phone", () => {
  test.use({ viewport: { width: 360, height: 780 } });

  test("the Export page is no wider than the screen", async ({ page, apprunner }) => {
    const service = await openRunningService(page, apprunner);
    await page.goto(`${servicePath(service)}/export`);
    await expect(
      page.getByRole("heading", { name: "Migration report", exact: true }),
    ).toBeVisible();
    expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(
      360,
    );
  });
});

test("the wizard's Review step exports the draft", async ({ page }) => {
  const image = "public.ecr.aws/nginx/nginx:1.27";
  await page.goto("/services/new");
  await page.getByRole("button", { name: "Start blank" }).click();
  await page.getByLabel("Container image URI").fill(image);
  await expect
    .poll(() => page.evaluate(() => localStorage.getItem("runnerdeck:wizard-draft:v1") ?? ""))
    .toContain(image);
  await page.goto("/services/new/review");
  await expect(page).toHaveURL(/\/services\/new\/review$/);
  await page.getByText(/^Export this draft/).click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page
      .getByRole("button", {
        name: "Download Express Mode request (CreateExpressGatewayService JSON)",
      })
      .click(),
  ]);
  const request = JSON.parse(await readFile((await download.path())!, "utf8"));
  expect(request.primaryContainer.image).toBe(image);
  await expectNoAxeViolations(page);
});
