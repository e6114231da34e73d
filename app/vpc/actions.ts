"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import type {
  ResourceActionResult,
  ResourceFormState,
} from "@/components/resources/resource-action-result";
import { resourceNameFromArn } from "@/components/resources/resource-arn";
import { splitIds } from "@/components/resources/split-ids";
import { createResource, runResourceAction } from "@/lib/apprunner/api/resource-form-result";
import { createVpcConnector, deleteVpcConnector } from "@/lib/apprunner/api/vpc-connectors";
import {
  createVpcIngressConnection,
  deleteVpcIngressConnection,
} from "@/lib/apprunner/api/vpc-ingress-connections";
import { validateOperationInput } from "@/lib/apprunner/validation";

const nextAttempt = (prev: ResourceFormState) => (prev.status === "error" ? prev.attempt + 1 : 1);

export async function createVpcConnectorAction(
  prev: ResourceFormState,
  form: FormData,
): Promise<ResourceFormState> {
  const securityGroups = splitIds(form.get("SecurityGroups"));
  const input = {
    VpcConnectorName: String(form.get("VpcConnectorName") ?? "").trim(),
    Subnets: splitIds(form.get("Subnets")),
    ...(securityGroups.length ? { SecurityGroups: securityGroups } : {}),
  };
  const state = await createResource(
    "CreateVpcConnector",
    input,
    async (valid) => {
      const created = await createVpcConnector(valid);
      const name = created?.VpcConnectorName ?? valid.VpcConnectorName;
      return {
        name,
        arn: created?.VpcConnectorArn ?? "",
        href: `/vpc/connectors/${encodeURIComponent(name)}`,
        message: `Revision ${created?.VpcConnectorRevision ?? "?"} of VPC connector ${name} created.`,
      };
    },
    nextAttempt(prev),
  );
  if (state.status === "created") revalidatePath("/vpc", "layout");
  return state;
}

export async function deleteVpcConnectorAction(
  arn: string,
  confirmName: string,
): Promise<ResourceActionResult> {
  const checked = validateOperationInput("DeleteVpcConnector", { VpcConnectorArn: arn });
  if (!checked.ok) return { ok: false, message: checked.message };
  if (resourceNameFromArn(arn) !== confirmName)
    return { ok: false, message: "Type the connector's name exactly to delete it." };
  const result = await runResourceAction(() => deleteVpcConnector(arn), "Revision deleted.");
  if (!result.ok) return result;
  revalidatePath("/vpc", "layout");
  redirect("/vpc");
}

export async function createVpcIngressAction(
  prev: ResourceFormState,
  form: FormData,
): Promise<ResourceFormState> {
  const input = {
    VpcIngressConnectionName: String(form.get("VpcIngressConnectionName") ?? "").trim(),
    ServiceArn: String(form.get("ServiceArn") ?? ""),
    IngressVpcConfiguration: {
      VpcId: String(form.get("VpcId") ?? "").trim(),
      VpcEndpointId: String(form.get("VpcEndpointId") ?? "").trim(),
    },
  };
  const state = await createResource(
    "CreateVpcIngressConnection",
    input,
    async (valid) => {
      const created = await createVpcIngressConnection(valid);
      const name = created?.VpcIngressConnectionName ?? valid.VpcIngressConnectionName;
      return {
        name,
        arn: created?.VpcIngressConnectionArn ?? "",
        href: `/vpc/ingress/${encodeURIComponent(name)}`,
        message: `VPC ingress connection ${name} created.`,
      };
    },
    nextAttempt(prev),
  );
  if (state.status === "created") revalidatePath("/vpc", "layout");
  return state;
}

export async function deleteVpcIngressAction(
  arn: string,
  confirmName: string,
): Promise<ResourceActionResult> {
  const checked = validateOperationInput("DeleteVpcIngressConnection", {
    VpcIngressConnectionArn: arn,
  });
  if (!checked.ok) return { ok: false, message: checked.message };
  if (resourceNameFromArn(arn) !== confirmName)
    return { ok: false, message: "Type the connection's name exactly to delete it." };
  const result = await runResourceAction(
    () => deleteVpcIngressConnection(arn),
    "Deleting the VPC ingress connection.",
  );
  if (!result.ok) return result;
  revalidatePath("/vpc", "layout");
  // The list shows it as "Being deleted" until App Runner finishes, then it leaves the list.
  redirect("/vpc");
}
