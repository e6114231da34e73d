"use server";

import type {
  ResourceActionResult,
  ResourceFormState,
} from "@/components/resources/resource-action-result";
import {
  createAutoScalingConfiguration,
  deleteAutoScalingConfiguration,
} from "@/lib/apprunner/api/auto-scaling-configurations";
import { setDefaultAutoScalingConfiguration } from "@/lib/apprunner/api/auto-scaling-usage";
import {
  createResourceAction,
  deleteResourceAction,
  formText,
  runResourceAction,
} from "@/lib/apprunner/api/resource-actions";
import { auditedCreate, auditedResourceAction, resourceTarget } from "@/lib/audit/resource-audit";

import { numberOrText } from "./number-or-text";

export async function createAutoScalingAction(
  prev: ResourceFormState,
  form: FormData,
): Promise<ResourceFormState> {
  const input = {
    AutoScalingConfigurationName: formText(form, "AutoScalingConfigurationName"),
    MaxConcurrency: numberOrText(form.get("MaxConcurrency")),
    MinSize: numberOrText(form.get("MinSize")),
    MaxSize: numberOrText(form.get("MaxSize")),
  };
  const target = {
    resourceName: input.AutoScalingConfigurationName,
    request: { CreateAutoScalingConfiguration: input },
  };
  return auditedCreate(target, prev, () =>
    createResourceAction(
      "auto-scaling",
      "CreateAutoScalingConfiguration",
      input,
      prev,
      async (valid) => {
        const created = await createAutoScalingConfiguration(valid);
        const name = created?.AutoScalingConfigurationName ?? valid.AutoScalingConfigurationName;
        const revision = created?.AutoScalingConfigurationRevision ?? "?";
        const message = `Revision ${revision} of ${name} created.`;
        return { name, arn: created?.AutoScalingConfigurationArn, message };
      },
    ),
  );
}

export async function setDefaultAutoScalingAction(arn: string): Promise<ResourceActionResult> {
  const target = resourceTarget(
    arn,
    "UpdateDefaultAutoScalingConfiguration",
    "AutoScalingConfigurationArn",
  );
  return auditedResourceAction(target, () =>
    runResourceAction(
      "auto-scaling",
      "UpdateDefaultAutoScalingConfiguration",
      { AutoScalingConfigurationArn: arn },
      () => setDefaultAutoScalingConfiguration(arn),
      "This revision is now the default.",
    ),
  );
}

/** The page stays: it still shows the name's other revisions. */
export async function deleteAutoScalingAction(
  arn: string,
  confirmName: string,
): Promise<ResourceActionResult> {
  const target = resourceTarget(
    arn,
    "DeleteAutoScalingConfiguration",
    "AutoScalingConfigurationArn",
  );
  return auditedResourceAction(target, () =>
    deleteResourceAction(
      "auto-scaling",
      arn,
      confirmName,
      deleteAutoScalingConfiguration,
      "Revision deleted.",
      { stay: true },
    ),
  );
}
