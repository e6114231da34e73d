"use server";

import type {
  ResourceActionResult,
  ResourceFormState,
} from "@/components/resources/resource-action-result";
import {
  createObservabilityConfiguration,
  deleteObservabilityConfiguration,
} from "@/lib/apprunner/api/observability-configurations";
import {
  createResourceAction,
  deleteResourceAction,
  formText,
} from "@/lib/apprunner/api/resource-actions";
import { auditedCreate, auditedResourceAction, resourceTarget } from "@/lib/audit/resource-audit";

export async function createObservabilityAction(
  prev: ResourceFormState,
  form: FormData,
): Promise<ResourceFormState> {
  const vendor = formText(form, "Vendor");
  const input = {
    ObservabilityConfigurationName: formText(form, "ObservabilityConfigurationName"),
    ...(vendor ? { TraceConfiguration: { Vendor: vendor } } : {}),
  };
  const target = {
    resourceName: input.ObservabilityConfigurationName,
    request: { CreateObservabilityConfiguration: input },
  };
  return auditedCreate(target, prev, () =>
    createResourceAction(
      "observability",
      "CreateObservabilityConfiguration",
      input,
      prev,
      async (valid) => {
        const created = await createObservabilityConfiguration(valid);
        const name =
          created?.ObservabilityConfigurationName ?? valid.ObservabilityConfigurationName;
        const revision = created?.ObservabilityConfigurationRevision ?? "?";
        const message = `Revision ${revision} of ${name} created.`;
        return { name, arn: created?.ObservabilityConfigurationArn, message };
      },
    ),
  );
}

export async function deleteObservabilityAction(
  arn: string,
  confirmName: string,
): Promise<ResourceActionResult> {
  const target = resourceTarget(
    arn,
    "DeleteObservabilityConfiguration",
    "ObservabilityConfigurationArn",
  );
  return auditedResourceAction(target, () =>
    deleteResourceAction(
      "observability",
      arn,
      confirmName,
      deleteObservabilityConfiguration,
      "Revision deleted.",
    ),
  );
}
