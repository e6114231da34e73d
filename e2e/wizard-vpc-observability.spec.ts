import { expect, test } from "./fixtures/apprunner";
import { expectNoAxeViolations } from "./fixtures/axe";
import { next } from "./wizard-helpers";

test.setTimeout(180_000);

test("custom VPC egress through a connector and X-Ray tracing, both created inline, to RUNNING", async ({
  page,
  apprunner,
}) => {
  const name = apprunner.uniqueName("vpc-svc");
  const connector = apprunner.uniqueName("conn").slice(0, 40);
  const tracing = apprunner.uniqueName("xray").slice(0, 32);
  await page.goto("/services/new");
  await page.getByRole("button", { name: "Start blank" }).click();
  await page.getByLabel("Container image URI").fill("public.ecr.aws/nginx/nginx:latest");
  await next(page, "Build and run");
  await next(page, "Instance");
  await next(page, "Network");

  await page.getByRole("radio", { name: "Custom VPC" }).check();
  await page.getByRole("button", { name: "Create VPC connector" }).click();
  const panel = page.getByRole("group", { name: "New VPC connector" });
  await expect(panel.getByLabel("VPC connector name")).toBeFocused();
  // A mistake is caught on the server by the API's validator and shown at its field.
  await panel.getByLabel("VPC connector name").fill(connector);
  await panel.getByRole("button", { name: "Create", exact: true }).click();
  await expect(panel.getByLabel("Subnet IDs")).toHaveAccessibleDescription(/subnet/i);
  await expect(panel.getByLabel("Subnet IDs")).toHaveAttribute("aria-invalid", "true");
  await panel.getByLabel("Subnet IDs").fill("subnet-0123456789abcdef0, subnet-0fedcba9876543210");
  await panel.getByLabel("Security group IDs (optional)").fill("sg-0123456789abcdef0");
  await expectNoAxeViolations(page);
  await panel.getByRole("button", { name: "Create", exact: true }).click();
  await expect(panel).toBeHidden();
  await expect(page.getByLabel("VPC connector").locator("option:checked")).toHaveText(
    `${connector} (revision 1)`,
  );

  await next(page, "Health check");
  await next(page, "Service");
  await page.getByLabel("Service name").fill(name);
  await page.getByLabel("Tracing with AWS X-Ray").check();
  await page.getByRole("button", { name: "Create observability configuration" }).click();
  const obs = page.getByRole("group", { name: "New observability configuration" });
  await obs.getByLabel("Observability configuration name").fill(tracing);
  await expectNoAxeViolations(page);
  await obs.getByLabel("Observability configuration name").press("Enter");
  await expect(obs).toBeHidden();
  await expect(page.getByLabel("Observability configuration").locator("option:checked")).toHaveText(
    `${tracing} (revision 1)`,
  );

  await next(page, "Review");
  const request = page.getByLabel("CreateService request as JSON");
  await expect(request).toContainText('"EgressType": "VPC"');
  await expect(request).toContainText(`vpcconnector/${connector}/1/`);
  await expect(request).toContainText(`observabilityconfiguration/${tracing}/1/`);
  await expect(page.getByRole("region", { name: "Network" })).toContainText(
    `${connector} (revision 1)`,
  );
  await page.getByRole("button", { name: "Create service" }).click();
  await expect(page).toHaveURL(new RegExp(`/services/${name}/[0-9a-f]{32}$`), { timeout: 30_000 });
  await expect(page.getByTestId("service-status")).toHaveText("Running", { timeout: 30_000 });
});
