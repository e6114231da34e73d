"use server";

import type { ProviderType } from "@aws-sdk/client-apprunner";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import type {
  ResourceActionResult,
  ResourceFormState,
} from "@/components/resources/resource-action-result";
import { resourceNameFromArn } from "@/components/resources/resource-arn";
import { createConnection, deleteConnection } from "@/lib/apprunner/api/connections";
import { createResource, runResourceAction } from "@/lib/apprunner/api/resource-form-result";
import { validateOperationInput } from "@/lib/apprunner/validation";

export async function createConnectionAction(
  prev: ResourceFormState,
  form: FormData,
): Promise<ResourceFormState> {
  const input = {
    ConnectionName: String(form.get("ConnectionName") ?? "").trim(),
    ProviderType: String(form.get("ProviderType") ?? ""),
  };
  const attempt = prev.status === "error" ? prev.attempt + 1 : 1;
  const state = await createResource(
    "CreateConnection",
    input,
    async (valid) => {
      const created = await createConnection({
        ...valid,
        ProviderType: valid.ProviderType as ProviderType,
      });
      const name = created?.ConnectionName ?? valid.ConnectionName;
      return {
        name,
        arn: created?.ConnectionArn ?? "",
        href: `/connections/${encodeURIComponent(name)}`,
        message: `Connection ${name} created.`,
      };
    },
    attempt,
  );
  if (state.status === "created") revalidatePath("/connections", "layout");
  return state;
}

export async function deleteConnectionAction(
  arn: string,
  confirmName: string,
): Promise<ResourceActionResult> {
  const checked = validateOperationInput("DeleteConnection", { ConnectionArn: arn });
  if (!checked.ok) return { ok: false, message: checked.message };
  if (resourceNameFromArn(arn) !== confirmName)
    return { ok: false, message: "Type the connection's name exactly to delete it." };
  const result = await runResourceAction(
    () => deleteConnection(arn),
    `Connection ${confirmName} deleted.`,
  );
  if (!result.ok) return result;
  revalidatePath("/connections", "layout");
  redirect("/connections");
}
