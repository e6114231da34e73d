import "server-only";

import type {
  ResourceActionResult,
  ResourceFormState,
} from "@/components/resources/resource-action-result";
import { resourceNameFromArn } from "@/components/resources/resource-arn";

import { authorizeAudited, type AuditOutcome, type AuditTarget } from "./authorize-audited";

/**
 * The audited frame of the resource pages' actions (connections, auto scaling, VPC,
 * observability): admins only. A refusal answers in the action's own shape; otherwise `run`
 * does the work and its answer (or its redirect) is recorded.
 */
export async function auditedCreate(
  target: AuditTarget,
  prev: ResourceFormState,
  run: () => Promise<ResourceFormState>,
): Promise<ResourceFormState> {
  const audit = await authorizeAudited("manageResources", target);
  if (!audit.ok) {
    const attempt = prev.status === "error" ? prev.attempt + 1 : 1;
    return { status: "error", message: audit.message, fieldErrors: {}, attempt };
  }
  return audit.track(run, (state) =>
    state.status === "created"
      ? { result: "ok", resourceArn: state.arn || null, resourceName: state.name }
      : { result: "error", message: state.status === "error" ? state.message : "Not created." },
  );
}

export async function auditedResourceAction(
  target: AuditTarget,
  run: () => Promise<ResourceActionResult>,
): Promise<ResourceActionResult> {
  const audit = await authorizeAudited("manageResources", target);
  if (!audit.ok) return { ok: false, message: audit.message };
  return audit.track(run, (result): AuditOutcome =>
    result.ok ? { result: "ok" } : { result: "error", message: result.message },
  );
}

/** One resource by ARN, and the request that names it: `{ DeleteConnection: { ConnectionArn } }`. */
export function resourceTarget(arn: unknown, operation: string, member: string): AuditTarget {
  const resourceArn = typeof arn === "string" ? arn : null;
  return {
    resourceArn,
    resourceName: (resourceArn && resourceNameFromArn(resourceArn)) ?? null,
    request: { [operation]: { [member]: arn } },
  };
}
