"use server";

import { revalidatePath } from "next/cache";

import type {
  ResourceActionResult,
  ResourceFormState,
} from "@/components/resources/resource-action-result";
import { resourceNameFromArn } from "@/components/resources/resource-arn";
import {
  createAutoScalingConfiguration,
  deleteAutoScalingConfiguration,
} from "@/lib/apprunner/api/auto-scaling-configurations";
import { setDefaultAutoScalingConfiguration } from "@/lib/apprunner/api/auto-scaling-usage";
import { createResource, runResourceAction } from "@/lib/apprunner/api/resource-form-result";
import { validateOperationInput } from "@/lib/apprunner/validation";

import { numberOrText } from "./number-or-text";

export async function createAutoScalingAction(
  prev: ResourceFormState,
  form: FormData,
): Promise<ResourceFormState> {
  const input = {
    AutoScalingConfigurationName: String(form.get("AutoScalingConfigurationName") ?? "").trim(),
    MaxConcurrency: numberOrText(form.get("MaxConcurrency")),
    MinSize: numberOrText(form.get("MinSize")),
    MaxSize: numberOrText(form.get("MaxSize")),
  };
  const attempt = prev.status === "error" ? prev.attempt + 1 : 1;
  const state = await createResource(
    "CreateAutoScalingConfiguration",
    input,
    async (valid) => {
      const created = await createAutoScalingConfiguration(valid);
      const name = created?.AutoScalingConfigurationName ?? valid.AutoScalingConfigurationName;
      return {
        name,
        arn: created?.AutoScalingConfigurationArn ?? "",
        href: `/auto-scaling/${encodeURIComponent(name)}`,
        message: `Revision ${created?.AutoScalingConfigurationRevision ?? "?"} of ${name} created.`,
      };
    },
    attempt,
  );
  if (state.status === "created") revalidatePath("/auto-scaling", "layout");
  return state;
}

export async function setDefaultAutoScalingAction(arn: string): Promise<ResourceActionResult> {
  const checked = validateOperationInput("UpdateDefaultAutoScalingConfiguration", {
    AutoScalingConfigurationArn: arn,
  });
  if (!checked.ok) return { ok: false, message: checked.message };
  const result = await runResourceAction(
    () => setDefaultAutoScalingConfiguration(arn),
    "This revision is now the default.",
  );
  if (result.ok) revalidatePath("/auto-scaling", "layout");
  return result;
}

export async function deleteAutoScalingAction(
  arn: string,
  confirmName: string,
): Promise<ResourceActionResult> {
  const checked = validateOperationInput("DeleteAutoScalingConfiguration", {
    AutoScalingConfigurationArn: arn,
  });
  if (!checked.ok) return { ok: false, message: checked.message };
  if (resourceNameFromArn(arn) !== confirmName)
    return { ok: false, message: "Type the configuration's name exactly to delete it." };
  const result = await runResourceAction(
    () => deleteAutoScalingConfiguration(arn),
    "Revision deleted.",
  );
  if (result.ok) revalidatePath("/auto-scaling", "layout");
  return result;
}
