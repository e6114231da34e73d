import "server-only";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";

import type {
  ResourceActionResult,
  ResourceFormState,
} from "@/components/resources/resource-action-result";
import { resourceNameFromArn } from "@/components/resources/resource-arn";
import {
  RESOURCE_KINDS,
  listOf,
  resourceHref,
  type ResourceKind,
} from "@/components/resources/resource-kinds";
import { toAppRunnerFailure } from "@/lib/apprunner/errors";
import type { OperationInput, OperationName } from "@/lib/apprunner/schema/operations.generated";
import { validateOperationInput } from "@/lib/apprunner/validation";

import { failureResult } from "./failure-result";

/** How each kind is deleted: the operation and the member that carries the ARN. */
const DELETE = {
  connection: { operation: "DeleteConnection", member: "ConnectionArn" },
  "auto-scaling": {
    operation: "DeleteAutoScalingConfiguration",
    member: "AutoScalingConfigurationArn",
  },
  "vpc-connector": { operation: "DeleteVpcConnector", member: "VpcConnectorArn" },
  "vpc-ingress": { operation: "DeleteVpcIngressConnection", member: "VpcIngressConnectionArn" },
  observability: {
    operation: "DeleteObservabilityConfiguration",
    member: "ObservabilityConfigurationArn",
  },
} as const satisfies Record<ResourceKind, { operation: OperationName; member: string }>;

/**
 * The form control a member path is about: its last member, without list indices
 * (`IngressVpcConfiguration.VpcId` → `VpcId`, `Subnets[0]` → `Subnets`). Create forms name
 * their controls so.
 */
function controlName(path: string): string {
  return (
    path
      .replace(/\[\d+\]/g, "")
      .split(".")
      .at(-1) ?? path
  );
}

/** What a create call made, and the sentence that says so. */
type Made = { name: string; arn: string | undefined; message: string };

/**
 * A create form's action: the input checked by the shared validator (the browser is never
 * trusted), then sent; a problem is tied to the form control named like the API member, App
 * Runner's refusal is shown in its words through the one failure table. A success re-renders
 * the kind's pages and links to the new resource's page.
 */
export async function createResourceAction<O extends OperationName>(
  kind: ResourceKind,
  operation: O,
  input: unknown,
  prev: ResourceFormState,
  send: (valid: OperationInput<O>) => Promise<Made>,
): Promise<ResourceFormState> {
  const attempt = prev.status === "error" ? prev.attempt + 1 : 1;
  const checked = validateOperationInput(operation, input);
  if (!checked.ok) {
    const fieldErrors: Partial<Record<string, string>> = {};
    for (const issue of checked.issues) fieldErrors[controlName(issue.path)] ??= issue.message;
    return { status: "error", message: checked.message, fieldErrors, attempt };
  }
  let made: Made;
  try {
    made = await send(checked.value);
  } catch (error) {
    const failure = toAppRunnerFailure(error);
    const member = failure.field && controlName(failure.field);
    return {
      status: "error",
      message: failureResult(failure).message,
      fieldErrors: member ? { [member]: failure.message } : {},
      attempt,
    };
  }
  revalidatePath(listOf(kind).href, "layout");
  const { name, arn = "", message } = made;
  return { status: "created", name, arn, message, href: resourceHref(kind, name) };
}

/**
 * A one-click action (set default, or a delete once confirmed): the input checked by the shared
 * validator, then `refuse` for a reason of the dashboard's own, then sent; App Runner's refusal
 * in words, nothing internal. A success re-renders the kind's pages.
 */
export async function runResourceAction<O extends OperationName>(
  kind: ResourceKind,
  operation: O,
  input: OperationInput<O>,
  send: () => Promise<void>,
  done: string,
  refuse: () => string | undefined = () => undefined,
): Promise<ResourceActionResult> {
  const checked = validateOperationInput(operation, input);
  if (!checked.ok) return { ok: false, message: checked.message };
  const refusal = refuse();
  if (refusal) return { ok: false, message: refusal };
  try {
    await send();
  } catch (error) {
    return { ok: false, message: failureResult(toAppRunnerFailure(error)).message };
  }
  revalidatePath(listOf(kind).href, "layout");
  return { ok: true, message: done };
}

/**
 * Delete, once the name typed to confirm is the resource's own; then the kind's list, unless
 * `stay` (the page still shows what is left, e.g. a name's other revisions).
 */
export async function deleteResourceAction(
  kind: ResourceKind,
  arn: string,
  confirmName: string,
  send: (arn: string) => Promise<void>,
  done: string,
  { stay = false }: { stay?: boolean } = {},
): Promise<ResourceActionResult> {
  const { operation, member } = DELETE[kind];
  const result = await runResourceAction(
    kind,
    operation,
    { [member]: arn } as OperationInput<typeof operation>,
    () => send(arn),
    done,
    () =>
      resourceNameFromArn(arn) === confirmName
        ? undefined
        : `Type the ${RESOURCE_KINDS[kind].short}'s name exactly to delete it.`,
  );
  if (result.ok && !stay) redirect(listOf(kind).href);
  return result;
}

/** A text field of a submitted form, trimmed; missing reads as empty (the validator says so). */
export function formText(form: FormData, name: string): string {
  return String(form.get(name) ?? "").trim();
}
