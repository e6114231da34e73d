import { readFileSync } from "node:fs";
import { join } from "node:path";

import { expect, test } from "@playwright/test";

import { expectNoAxeViolations } from "./fixtures/axe";
import { next, uniqueName } from "./wizard-helpers";

test.setTimeout(120_000);

const example = readFileSync(
  join(process.cwd(), "reference/aws/apprunner/examples/image-repository-request.json"),
  "utf8",
);

test("importing the AWS docs' example lists the fixes and creates the service", async ({
  page,
}) => {
  await page.goto("/services/new");
  await page.getByLabel("CreateService request or DescribeService output").fill(example);
  await page.getByRole("button", { name: "Import" }).click();

  const fixes = page.getByRole("list", { name: "Fixes made" });
  await expect(page.getByText("Imported. 2 fixes made:")).toBeVisible();
  await expect(fixes.getByRole("listitem")).toHaveText([
    /Turned the list at .*RuntimeEnvironmentVariables into a map/,
    'Renamed "CPU" to "Cpu" at InstanceConfiguration.',
  ]);
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Continue to the wizard" }).click();
  await expect(page).toHaveURL(/\/services\/new\/source$/);

  await expect(page.getByRole("radio", { name: "Amazon ECR", exact: true })).toBeChecked();
  await expect(page.getByLabel("Container image URI")).toHaveValue(
    "123456789012.dkr.ecr.us-east-1.amazonaws.com/golang-app:latest",
  );
  await expect(page.getByLabel("ECR access role ARN")).toHaveValue(
    "arn:aws:iam::123456789012:role/my-ecr-role",
  );
  await expect(page.getByRole("radio", { name: "Automatic" })).toBeChecked();
  await next(page, "Build and run");
  await expect(page.getByLabel("Name of variable 1")).toHaveValue("NAME");
  await expect(page.getByLabel("Value of variable 1")).toHaveValue("Jane");
  await next(page, "Instance");
  await expect(page.getByLabel("CPU and memory")).toHaveValue("1024/3072");
  await next(page, "Network");
  await next(page, "Health check");
  await next(page, "Service");
  // The example's name may already be taken by an earlier run; keep it unique.
  const name = uniqueName("golang-container-app");
  await page.getByLabel("Service name").fill(name);
  await next(page, "Review");
  await expect(page.getByLabel("CreateService request as JSON")).toContainText('"Memory": "3072"');
  await page.getByRole("button", { name: "Create service" }).click();
  await expect(page).toHaveURL(new RegExp(`/services/${name}/[0-9a-f]{32}$`), { timeout: 30_000 });
});
