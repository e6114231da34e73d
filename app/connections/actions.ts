"use server";

import type { ProviderType } from "@aws-sdk/client-apprunner";

import type {
  ResourceActionResult,
  ResourceFormState,
} from "@/components/resources/resource-action-result";
import { createConnection, deleteConnection } from "@/lib/apprunner/api/connections";
import {
  createResourceAction,
  deleteResourceAction,
  formText,
} from "@/lib/apprunner/api/resource-actions";
import { auditedCreate, auditedResourceAction, resourceTarget } from "@/lib/audit/resource-audit";

export async function createConnectionAction(
  prev: ResourceFormState,
  form: FormData,
): Promise<ResourceFormState> {
  const input = {
    ConnectionName: formText(form, "ConnectionName"),
    ProviderType: formText(form, "ProviderType"),
  };
  return auditedCreate(
    { resourceName: input.ConnectionName, request: { CreateConnection: input } },
    prev,
    () =>
      createResourceAction("connection", "CreateConnection", input, prev, async (valid) => {
        const created = await createConnection({
          ...valid,
          ProviderType: valid.ProviderType as ProviderType,
        });
        const name = created?.ConnectionName ?? valid.ConnectionName;
        return { name, arn: created?.ConnectionArn, message: `Connection ${name} created.` };
      }),
  );
}

export async function deleteConnectionAction(
  arn: string,
  confirmName: string,
): Promise<ResourceActionResult> {
  return auditedResourceAction(resourceTarget(arn, "DeleteConnection", "ConnectionArn"), () =>
    deleteResourceAction(
      "connection",
      arn,
      confirmName,
      deleteConnection,
      `Connection ${confirmName} deleted.`,
    ),
  );
}
