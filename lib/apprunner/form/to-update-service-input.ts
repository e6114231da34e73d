import type {
  CreateServiceCommandInput,
  UpdateServiceCommandInput,
} from "@aws-sdk/client-apprunner";

import { EDIT_LOCKS, UPDATE_SERVICE_MEMBERS } from "./edit-locks";
import { sentValues, valueAt } from "./service-diff";
import { toCreateServiceInput } from "./to-create-service-input";
import type { FieldIssue, WizardValues } from "./wizard-values";

// Types only: `import type` keeps the SDK out of the browser bundle.

type Member = Exclude<keyof UpdateServiceCommandInput, "ServiceArn"> &
  keyof CreateServiceCommandInput;

/** The members an edit can send besides ServiceArn, as the model lists them. */
const MEMBERS = UPDATE_SERVICE_MEMBERS.filter(
  (member): member is Member => member !== "ServiceArn",
);

/** Equal as API values: key order and members set to undefined don't matter. */
function sameApiValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const x = a as Record<string, unknown>;
  const y = b as Record<string, unknown>;
  return [...new Set([...Object.keys(x), ...Object.keys(y)])].every((key) =>
    sameApiValue(x[key], y[key]),
  );
}

/** A changed field the edit can't apply; one issue per reason (a KMS key and its kind are one). */
function lockedChanges(base: WizardValues, next: WizardValues): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const [path, message] of Object.entries(EDIT_LOCKS)) {
    if (valueAt(base, path) === valueAt(next, path)) continue;
    if (issues.some((issue) => issue.message === message)) continue;
    issues.push({ path, message });
  }
  return issues;
}

const NO_DEFAULT_ARN =
  "Going back to the default auto scaling needs the default configuration's ARN, and it isn't known here; choose a configuration instead.";

/**
 * The UpdateService request that takes the service from `base` to `next`: ServiceArn and each
 * member whose API value changes, whole (App Runner replaces a member with what is sent). Values
 * are compared as sent (sentValues), and a changed member is sent with App Runner's defaults
 * written out, so nothing is left for UpdateService to read as "keep the current value".
 * Changes App Runner refuses come back as issues on their fields and are left out of the request.
 */
export function toUpdateServiceInput(
  serviceArn: string,
  base: WizardValues,
  next: WizardValues,
  options: { defaultAutoScalingArn?: string } = {},
): { input: UpdateServiceCommandInput; issues: FieldIssue[] } {
  const was = sentValues(base);
  const now = sentValues(next);
  const before = toCreateServiceInput(was);
  const after = toCreateServiceInput(now);
  const issues = lockedChanges(was, now);
  const input: UpdateServiceCommandInput = { ServiceArn: serviceArn };

  for (const member of MEMBERS) {
    if (sameApiValue(before[member], after[member])) continue;
    if (member === "SourceConfiguration" && was.source.type !== now.source.type) continue;
    if (member === "AutoScalingConfigurationArn" && after[member] === undefined) {
      // The request leaves the default out; an update has to name it to go back to it.
      if (options.defaultAutoScalingArn)
        input.AutoScalingConfigurationArn = options.defaultAutoScalingArn;
      else issues.push({ path: "instance.autoScaling", message: NO_DEFAULT_ARN });
      continue;
    }
    Object.assign(input, { [member]: after[member] });
  }
  return { input, issues };
}

/** True when the request changes nothing (only ServiceArn). */
export function isEmptyUpdate(input: UpdateServiceCommandInput): boolean {
  return Object.entries(input).every(([key, value]) => key === "ServiceArn" || value === undefined);
}
