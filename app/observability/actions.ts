"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import type {
  ResourceActionResult,
  ResourceFormState,
} from "@/components/resources/resource-action-result";
import { resourceNameFromArn } from "@/components/resources/resource-arn";
import {
  createObservabilityConfiguration,
  deleteObservabilityConfiguration,
} from "@/lib/apprunner/api/observability-configurations";
import { createResource, runResourceAction } from "@/lib/apprunner/api/resource-form-result";
import { validateOperationInput } from "@/lib/apprunner/validation";

export async function createObservabilityAction(
  prev: ResourceFormState,
  form: FormData,
): Promise<ResourceFormState> {
  const vendor = String(form.get("Vendor") ?? "");
  const input = {
    ObservabilityConfigurationName: String(form.get("ObservabilityConfigurationName") ?? "").trim(),
    ...(vendor ? { TraceConfiguration: { Vendor: vendor } } : {}),
  };
  const state = await createResource(
    "CreateObservabilityConfiguration",
    input,
    async (valid) => {
      const created = await createObservabilityConfiguration(valid);
      const name = created?.ObservabilityConfigurationName ?? valid.ObservabilityConfigurationName;
      return {
        name,
        arn: created?.ObservabilityConfigurationArn ?? "",
        href: `/observability/${encodeURIComponent(name)}`,
        message: `Revision ${created?.ObservabilityConfigurationRevision ?? "?"} of ${name} created.`,
      };
    },
    prev.status === "error" ? prev.attempt + 1 : 1,
  );
  if (state.status === "created") revalidatePath("/observability", "layout");
  return state;
}

export async function deleteObservabilityAction(
  arn: string,
  confirmName: string,
): Promise<ResourceActionResult> {
  const checked = validateOperationInput("DeleteObservabilityConfiguration", {
    ObservabilityConfigurationArn: arn,
  });
  if (!checked.ok) return { ok: false, message: checked.message };
  if (resourceNameFromArn(arn) !== confirmName)
    return { ok: false, message: "Type the configuration's name exactly to delete it." };
  const result = await runResourceAction(
    () => deleteObservabilityConfiguration(arn),
    "Revision deleted.",
  );
  if (!result.ok) return result;
  revalidatePath("/observability", "layout");
  redirect("/observability");
}
