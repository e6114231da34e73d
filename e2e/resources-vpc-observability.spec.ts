import {
  CreateObservabilityConfigurationCommand,
  CreateVpcConnectorCommand,
} from "@aws-sdk/client-apprunner";

import { expect, test } from "./fixtures/apprunner";
import { expectNoAxeViolations } from "./fixtures/axe";
import { confirmDelete, createServiceUsing } from "./resources-helpers";

test("a VPC connector is created and deleted", async ({ page, apprunner }) => {
  const name = apprunner.uniqueName("vpcc");
  await page.goto("/vpc");
  await expect(page).toHaveURL(/\/vpc$/);
  await page.getByLabel("VPC connector name").fill(name);
  await page.getByLabel("Subnet IDs").fill("subnet-0a1b2c3d, subnet-4e5f6a7b");
  await page.getByLabel("Security group IDs (optional)").fill("sg-0123abcd");
  await page.getByRole("button", { name: "Create VPC connector" }).click();

  await expect(page).toHaveURL(new RegExp(`/vpc/connectors/${name}$`));
  const revision = page.getByRole("region", { name: "Revision 1" });
  await expect(revision).toContainText("subnet-4e5f6a7b");
  await expect(revision).toContainText("sg-0123abcd");
  await expect(revision).toContainText("Active");
  await expectNoAxeViolations(page);

  await revision.getByRole("button", { name: "Delete revision 1" }).click();
  await confirmDelete(page, name, "Delete revision 1");
  await expect(page).toHaveURL(/\/vpc$/);
  await expect(page.getByRole("link", { name })).toHaveCount(0);
  await expectNoAxeViolations(page);
});

test("a VPC connector a service uses can't be deleted, and says which service", async ({
  page,
  apprunner,
}) => {
  const name = apprunner.uniqueName("vpcc");
  const { VpcConnector: connector } = await apprunner.client.send(
    new CreateVpcConnectorCommand({ VpcConnectorName: name, Subnets: ["subnet-0a1b2c3d"] }),
  );
  const service = await createServiceUsing(apprunner.client, apprunner.uniqueName("vpc-user"), {
    vpcConnectorArn: connector!.VpcConnectorArn,
  });
  await page.goto(`/vpc/connectors/${name}`);
  await expect(page).toHaveURL(new RegExp(`/vpc/connectors/${name}$`));
  const remove = page.getByRole("button", { name: "Delete revision 1" });
  await expect(remove).toBeDisabled();
  await expect(remove).toHaveAccessibleDescription(
    new RegExp(`^Service ${service.ServiceName} uses this VPC connector`),
  );
});

test("a VPC ingress connection is created for a service, becomes Available, and is deleted", async ({
  page,
  apprunner,
}) => {
  const service = await apprunner.createService();
  await apprunner.waitForStatus(service.ServiceArn!, "RUNNING");
  const name = apprunner.uniqueName("ingress");
  await page.goto("/vpc");
  await expect(page).toHaveURL(/\/vpc$/);
  await page.getByLabel("Ingress connection name").fill(name);
  await page.getByLabel("Service", { exact: true }).selectOption({ label: service.ServiceName! });
  await page.getByLabel("VPC ID").fill("vpc-0a1b2c3d4e5f6a7b8");
  await page.getByLabel("VPC endpoint ID").fill("vpce-0a1b2c3d4e5f6a7b8");
  await page.getByRole("button", { name: "Create ingress connection" }).click();

  await expect(page).toHaveURL(new RegExp(`/vpc/ingress/${name}$`));
  await expect(page.getByText("Available", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: service.ServiceName })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole("button", { name: "Delete ingress connection" }).click();
  await confirmDelete(page, name, "Delete ingress connection");
  await expect(page).toHaveURL(/\/vpc$/);
  // Being deleted, then gone: the list follows App Runner without a reload.
  await expect(page.getByRole("link", { name })).toHaveCount(0);
});

test("an observability configuration is created and deleted; one in use can't be", async ({
  page,
  apprunner,
}) => {
  const name = apprunner.uniqueName("obs").slice(0, 32);
  await page.goto("/observability");
  await expect(page).toHaveURL(/\/observability$/);
  await page.getByLabel("Observability configuration name").fill(name);
  await page.getByLabel("Tracing").selectOption({ label: "AWS X-Ray" });
  await page.getByRole("button", { name: "Create observability configuration" }).click();

  await expect(page).toHaveURL(new RegExp(`/observability/${name}$`));
  const revision = page.getByRole("region", { name: /^Revision 1/ });
  await expect(revision).toContainText("AWS X-Ray");
  await expectNoAxeViolations(page);
  await revision.getByRole("button", { name: "Delete revision 1" }).click();
  await confirmDelete(page, name, "Delete revision 1");
  await expect(page).toHaveURL(/\/observability$/);
  await expect(page.getByRole("link", { name })).toHaveCount(0);
  await expectNoAxeViolations(page);

  const used = apprunner.uniqueName("obs").slice(0, 32);
  const { ObservabilityConfiguration: config } = await apprunner.client.send(
    new CreateObservabilityConfigurationCommand({
      ObservabilityConfigurationName: used,
      TraceConfiguration: { Vendor: "AWSXRAY" },
    }),
  );
  const service = await createServiceUsing(apprunner.client, apprunner.uniqueName("obs-user"), {
    observabilityArn: config!.ObservabilityConfigurationArn,
  });
  await page.goto(`/observability/${used}`);
  await expect(page).toHaveURL(new RegExp(`/observability/${used}$`));
  const remove = page.getByRole("button", { name: "Delete revision 1" });
  await expect(remove).toBeDisabled();
  await expect(remove).toHaveAccessibleDescription(
    new RegExp(`^Service ${service.ServiceName} uses this observability configuration`),
  );
});
