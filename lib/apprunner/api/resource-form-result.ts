import "server-only";

import type { ResourceFormState } from "@/components/resources/resource-action-result";
import { toAppRunnerFailure } from "@/lib/apprunner/errors";
import type { OperationInput, OperationName } from "@/lib/apprunner/schema/operations.generated";
import { validateOperationInput } from "@/lib/apprunner/validation";

import type { ResourceActionResult } from "@/components/resources/resource-action-result";

import { failureResult } from "./failure-result";

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

/** What a create call made, for the form to say so and link to it. */
export type Created = { name: string; arn: string; href: string; message: string };

/**
 * A create form's answer: the input checked by the shared validator (the browser is never
 * trusted), then sent; a problem is tied to the form control named like the API member, App
 * Runner's refusal is shown in its words through the one failure table.
 */
export async function createResource<O extends OperationName>(
  operation: O,
  input: unknown,
  send: (valid: OperationInput<O>) => Promise<Created>,
  attempt: number,
): Promise<ResourceFormState> {
  const checked = validateOperationInput(operation, input);
  if (!checked.ok) {
    const fieldErrors: Partial<Record<string, string>> = {};
    for (const issue of checked.issues) fieldErrors[controlName(issue.path)] ??= issue.message;
    return { status: "error", message: checked.message, fieldErrors, attempt };
  }
  try {
    return { status: "created", ...(await send(checked.value)) };
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
}

/** A delete or set-default call's answer; App Runner's refusal in words, nothing internal. */
export async function runResourceAction(
  send: () => Promise<void>,
  done: string,
): Promise<ResourceActionResult> {
  try {
    await send();
    return { ok: true, message: done };
  } catch (error) {
    const { message } = failureResult(toAppRunnerFailure(error));
    return { ok: false, message };
  }
}
