import { CreateServiceCommand, type AppRunnerClient } from "@aws-sdk/client-apprunner";
import { expect, type Page } from "@playwright/test";

/** Confirms the open delete dialog by typing the resource's name, as a person would. */
export async function confirmDelete(page: Page, name: string, button: string) {
  const dialog = page.getByRole("dialog");
  await expect(dialog).toBeVisible();
  await dialog.getByLabel(`Type ${name} to confirm`).fill(name);
  await dialog.getByRole("button", { name: button }).click();
}

/** A service created through the SDK that points at account resources. */
export async function createServiceUsing(
  client: AppRunnerClient,
  name: string,
  uses: {
    autoScalingArn?: string;
    vpcConnectorArn?: string;
    observabilityArn?: string;
  },
) {
  const out = await client.send(
    new CreateServiceCommand({
      ServiceName: name,
      SourceConfiguration: {
        ImageRepository: {
          ImageIdentifier: "public.ecr.aws/nginx/nginx:latest",
          ImageRepositoryType: "ECR_PUBLIC",
          ImageConfiguration: { Port: "80" },
        },
        AutoDeploymentsEnabled: false,
      },
      AutoScalingConfigurationArn: uses.autoScalingArn,
      NetworkConfiguration: uses.vpcConnectorArn
        ? { EgressConfiguration: { EgressType: "VPC", VpcConnectorArn: uses.vpcConnectorArn } }
        : undefined,
      ObservabilityConfiguration: uses.observabilityArn
        ? { ObservabilityEnabled: true, ObservabilityConfigurationArn: uses.observabilityArn }
        : undefined,
    }),
  );
  return out.Service!;
}
