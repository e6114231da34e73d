import {
  CreateObservabilityConfigurationCommand,
  CreateVpcConnectorCommand,
} from "@aws-sdk/client-apprunner";

import { expect, test } from "./fixtures/apprunner";
import { expectNoAxeViolations } from "./fixtures/axe";
import { createServiceUsing, deleteToList, openPath, submitCreate } from "./resources-helpers";

test("a VPC connector is created and deleted", async ({ page, apprunner }) => {
  const name = apprunner.uniqueName("vpcc");
  await openPath(page, "/vpc");
  await page.getByLabel("VPC connector name").fill(name);
  await page.getByLabel("Subnet IDs").fill("subnet-0a1b2c3d, subnet-4e5f6a7b");
  await page.getByLabel("Security group IDs (optional)").fill("sg-0123abcd");
  await submitCreate(page, "Create VPC connector", `/vpc/connectors/${name}`);
  const revision = page.getByRole("region", { name: "Revision 1" });
  await expect(revision).toContainText("subnet-4e5f6a7b");
  await expect(revision).toContainText("sg-0123abcd");
  await expect(revision).toContainText("Active");
  await expectNoAxeViolations(page);

  await deleteToList(page, revision, { name, button: "Delete revision 1", list: "/vpc" });
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
  const service = await createServiceUsing(apprunner, apprunner.uniqueName("vpc-user"), {
    vpcConnectorArn: connector!.VpcConnectorArn,
  });
  await openPath(page, `/vpc/connectors/${name}`);
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
  await openPath(page, "/vpc");
  await page.getByLabel("Ingress connection name").fill(name);
  await page.getByLabel("Service", { exact: true }).selectOption({ label: service.ServiceName! });
  await page.getByLabel("VPC ID").fill("vpc-0a1b2c3d4e5f6a7b8");
  await page.getByLabel("VPC endpoint ID").fill("vpce-0a1b2c3d4e5f6a7b8");
  await submitCreate(page, "Create ingress connection", `/vpc/ingress/${name}`);
  await expect(page.getByText("Available", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: service.ServiceName })).toBeVisible();
  await expectNoAxeViolations(page);

  // Being deleted, then gone: the list follows App Runner without a reload.
  await deleteToList(page, page, { name, button: "Delete ingress connection", list: "/vpc" });
});

test("an observability configuration is created and deleted; one in use can't be", async ({
  page,
  apprunner,
}) => {
  const name = apprunner.uniqueName("obs").slice(0, 32);
  await openPath(page, "/observability");
  await page.getByLabel("Observability configuration name").fill(name);
  await page.getByLabel("Tracing").selectOption({ label: "AWS X-Ray" });
  await submitCreate(page, "Create observability configuration", `/observability/${name}`);
  const revision = page.getByRole("region", { name: /^Revision 1/ });
  await expect(revision).toContainText("AWS X-Ray");
  await expectNoAxeViolations(page);
  await deleteToList(page, revision, { name, button: "Delete revision 1", list: "/observability" });
  await expectNoAxeViolations(page);

  const used = apprunner.uniqueName("obs").slice(0, 32);
  const { ObservabilityConfiguration: config } = await apprunner.client.send(
    new CreateObservabilityConfigurationCommand({
      ObservabilityConfigurationName: used,
      TraceConfiguration: { Vendor: "AWSXRAY" },
    }),
  );
  const service = await createServiceUsing(apprunner, apprunner.uniqueName("obs-user"), {
    observabilityArn: config!.ObservabilityConfigurationArn,
  });
  await openPath(page, `/observability/${used}`);
  const remove = page.getByRole("button", { name: "Delete revision 1" });
  await expect(remove).toBeDisabled();
  await expect(remove).toHaveAccessibleDescription(
    new RegExp(`^Service ${service.ServiceName} uses this observability configuration`),
  );
});
