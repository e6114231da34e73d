"use server";

import type {
  ResourceActionResult,
  ResourceFormState,
} from "@/components/resources/resource-action-result";
import { splitIds } from "@/components/resources/split-ids";
import {
  createResourceAction,
  deleteResourceAction,
  formText,
} from "@/lib/apprunner/api/resource-actions";
import { auditedCreate, auditedResourceAction, resourceTarget } from "@/lib/audit/resource-audit";
import { createVpcConnector, deleteVpcConnector } from "@/lib/apprunner/api/vpc-connectors";
import {
  createVpcIngressConnection,
  deleteVpcIngressConnection,
} from "@/lib/apprunner/api/vpc-ingress-connections";

export async function createVpcConnectorAction(
  prev: ResourceFormState,
  form: FormData,
): Promise<ResourceFormState> {
  const securityGroups = splitIds(form.get("SecurityGroups"));
  const input = {
    VpcConnectorName: formText(form, "VpcConnectorName"),
    Subnets: splitIds(form.get("Subnets")),
    ...(securityGroups.length ? { SecurityGroups: securityGroups } : {}),
  };
  const target = { resourceName: input.VpcConnectorName, request: { CreateVpcConnector: input } };
  return auditedCreate(target, prev, () =>
    createResourceAction("vpc-connector", "CreateVpcConnector", input, prev, async (valid) => {
      const created = await createVpcConnector(valid);
      const name = created?.VpcConnectorName ?? valid.VpcConnectorName;
      const revision = created?.VpcConnectorRevision ?? "?";
      const message = `Revision ${revision} of VPC connector ${name} created.`;
      return { name, arn: created?.VpcConnectorArn, message };
    }),
  );
}

export async function deleteVpcConnectorAction(
  arn: string,
  confirmName: string,
): Promise<ResourceActionResult> {
  return auditedResourceAction(resourceTarget(arn, "DeleteVpcConnector", "VpcConnectorArn"), () =>
    deleteResourceAction(
      "vpc-connector",
      arn,
      confirmName,
      deleteVpcConnector,
      "Revision deleted.",
    ),
  );
}

export async function createVpcIngressAction(
  prev: ResourceFormState,
  form: FormData,
): Promise<ResourceFormState> {
  const input = {
    VpcIngressConnectionName: formText(form, "VpcIngressConnectionName"),
    ServiceArn: formText(form, "ServiceArn"),
    IngressVpcConfiguration: {
      VpcId: formText(form, "VpcId"),
      VpcEndpointId: formText(form, "VpcEndpointId"),
    },
  };
  const target = {
    resourceName: input.VpcIngressConnectionName,
    request: { CreateVpcIngressConnection: input },
  };
  return auditedCreate(target, prev, () =>
    createResourceAction(
      "vpc-ingress",
      "CreateVpcIngressConnection",
      input,
      prev,
      async (valid) => {
        const created = await createVpcIngressConnection(valid);
        const name = created?.VpcIngressConnectionName ?? valid.VpcIngressConnectionName;
        const message = `VPC ingress connection ${name} created.`;
        return { name, arn: created?.VpcIngressConnectionArn, message };
      },
    ),
  );
}

/** The list shows it as "Being deleted" until App Runner finishes, then it leaves the list. */
export async function deleteVpcIngressAction(
  arn: string,
  confirmName: string,
): Promise<ResourceActionResult> {
  const target = resourceTarget(arn, "DeleteVpcIngressConnection", "VpcIngressConnectionArn");
  return auditedResourceAction(target, () =>
    deleteResourceAction(
      "vpc-ingress",
      arn,
      confirmName,
      deleteVpcIngressConnection,
      "Deleting the VPC ingress connection.",
    ),
  );
}
